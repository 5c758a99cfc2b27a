// Mounts a page's app with the browser's language, its reading direction and translations, and titles the document.
import { render, type VNode } from 'preact';
import { I18nContext } from '../components/i18n';
import { t, uiDirection, uiLanguage } from '../platform/i18n';

export function mountPage(titleKey: string, app: VNode): void {
  const locale = uiLanguage();
  document.documentElement.lang = locale;
  // Right-to-left languages lay every page out from the right; the CSS uses logical properties only.
  const dir = uiDirection();
  document.documentElement.dir = dir;
  document.title = t(titleKey);
  // Components read the direction from the context too: SVG charts place their bars by it, arrow keys follow it.
  render(<I18nContext.Provider value={{ t, locale, dir }}>{app}</I18nContext.Provider>, document.getElementById('app')!);
}
