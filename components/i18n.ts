// Pages hand their translator, locale and reading direction to components through this context, so components stay free of browser APIs.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ReadingDirection } from '../core/reading-direction';
import type { Translate } from '../core/translate';

export type { Translate };

export interface I18n {
  t: Translate;
  locale: string;
  /** The page's `dir`: charts draw their rows from the right and arrow keys follow it when it is 'rtl'. Left to right unless given. */
  dir?: ReadingDirection;
}

export const I18nContext = createContext<I18n>({ t: (key) => key, locale: 'en' });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** The page's reading direction: what the page was given, left to right otherwise. */
export function useDirection(): ReadingDirection {
  return useContext(I18nContext).dir ?? 'ltr';
}
