// Pages hand their translator and locale to components through this context, so components stay free of browser APIs.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../core/translate';

export type { Translate };

export interface I18n {
  t: Translate;
  locale: string;
}

export const I18nContext = createContext<I18n>({ t: (key) => key, locale: 'en' });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
