// Which id each browser's policy names Unknot by, and where each browser installs it from (docs/deploying.md).

/** The browsers a policy is written for: Chrome (and Chromium), Microsoft Edge, Firefox. */
export const BROWSER_FAMILIES = ['chrome', 'edge', 'firefox'] as const;
export type BrowserFamily = (typeof BROWSER_FAMILIES)[number];

/** What docs/deploying.md writes where a store id is not published yet. */
export const ID_PLACEHOLDER = 'EXTENSION_ID';

/** Unknot's Firefox id, fixed in the manifest (wxt.config.ts GECKO_ID). */
export const GECKO_ID = 'unknot@unknot.app';

/**
 * The stores' ids as docs/deploying.md gives them. Chrome Web Store and Edge Add-ons ids are not published yet
 * (undefined): a file for those browsers names the placeholder, unless it is the browser this copy runs in.
 */
export const STORE_IDS: Readonly<Record<BrowserFamily, string | undefined>> = { chrome: undefined, edge: undefined, firefox: GECKO_ID };

export const CHROME_WEB_STORE_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';
export const EDGE_ADD_ONS_UPDATE_URL = 'https://edge.microsoft.com/extensionwebstorebase/v1/crx';
export const AMO_INSTALL_URL = 'https://addons.mozilla.org/firefox/downloads/latest/unknot/latest.xpi';

export interface ExtensionId {
  id: string;
  /** The id is ID_PLACEHOLDER: the administrator replaces it with the store's. */
  placeholder: boolean;
}

export type ExtensionIds = Readonly<Record<BrowserFamily, ExtensionId>>;

/**
 * A running copy knows only its own id: that id for the browser family it runs in (an unpacked or
 * self-hosted copy has its own), the store's id for the others, or the placeholder where none is published.
 */
export function extensionIds(runningIn: BrowserFamily, ownId: string): ExtensionIds {
  const idFor = (family: BrowserFamily): ExtensionId => {
    const id = family === runningIn ? ownId : STORE_IDS[family];
    return id ? { id, placeholder: false } : { id: ID_PLACEHOLDER, placeholder: true };
  };
  return { chrome: idFor('chrome'), edge: idFor('edge'), firefox: idFor('firefox') };
}
