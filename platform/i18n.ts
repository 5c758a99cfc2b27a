// Translated strings from public/_locales through the browser's i18n API.
import { browser } from 'wxt/browser';
import { pageLocale } from '../core/locale';
import type { Translate } from '../core/translate';

export const t: Translate = (key, substitutions) => {
  const message = browser.i18n.getMessage(key as never, substitutions);
  // An empty answer means the key is missing: show the key so the gap is seen, not hidden.
  return message || key;
};

/** The language the pages format, pick plural forms and speak in: the browser's, or the messages' when they differ. */
export function uiLanguage(): string {
  return pageLocale(browser.i18n.getUILanguage(), browser.i18n.getMessage('locale_tag' as never));
}

/** The reading direction of the language the extension's strings are shown in (Chrome's and Firefox's `@@bidi_dir`). */
export function uiDirection(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('@@bidi_dir' as never) === 'rtl' ? 'rtl' : 'ltr';
}
