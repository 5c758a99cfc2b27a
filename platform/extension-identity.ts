// Which browser this copy of Unknot runs in, and its own id: the policy exporter names Unknot by them.
import { browser } from 'wxt/browser';
import { extensionIds, type BrowserFamily, type ExtensionIds } from '../core/policy-export/extension-ids';

export function browserFamily(userAgent = navigator.userAgent): BrowserFamily {
  if (import.meta.env.FIREFOX) return 'firefox';
  // Edge runs the Chrome build; its user agent names it "Edg/" (Chrome's never does).
  return /\bEdg\//.test(userAgent) ? 'edge' : 'chrome';
}

/** This copy's own id for its browser family, the store's (or the placeholder) for the others. */
export const exportIds = (): ExtensionIds => extensionIds(browserFamily(), browser.runtime.id);
