// Launches Debian's Firefox ESR with the built add-on installed as a temporary add-on, over WebDriver BiDi.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Puppeteer's WebDriver BiDi frame exposes its browsing context, though its public type does not say so. */
interface BidiFrame {
  browsingContext: {
    navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<unknown>;
    traverseHistory(delta: number): Promise<void>;
  };
}

/**
 * The browser's Back in `page`, over WebDriver BiDi. page.goBack() also waits for a navigation event, which a
 * step back to another fragment of the same page may not bring.
 */
export async function goBack(page: Page): Promise<void> {
  await (page.mainFrame() as unknown as BidiFrame).browsingContext.traverseHistory(-1);
}

export const FIREFOX_BUILD = resolve('.output/firefox-mv3');
export const GECKO_ID = 'unknot@unknot.app';

export interface FirefoxRun {
  browser: Browser;
  uuid: string;
  /** Opens an extension page (e.g. "popup.html") in a new tab. */
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Firefox's own download preferences: every download is saved, without asking, into `dir`. */
const downloadPrefs = (dir: string) => ({
  'browser.download.dir': dir,
  // 2: the folder in browser.download.dir, not the user's Downloads folder.
  'browser.download.folderList': 2,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
  // No downloads panel popping up over the page.
  'browser.download.alwaysOpenPanel': false,
});

/**
 * With `profile`, the same folder and `uuid` can be launched again: the temporary add-on is installed
 * anew, and Firefox is told to keep its storage and origin across that reinstall. With `downloadDir`,
 * downloads are saved there, as a user's browser saves them into the Downloads folder. With `viewport`, every page
 * opens at that size (Puppeteer's default is 800×600): set before a page loads, not resized after it.
 */
export async function launchFirefox(
  options: { profile?: string; uuid?: string; downloadDir?: string; viewport?: { width: number; height: number } } = {},
): Promise<FirefoxRun> {
  const home = options.profile ?? (await mkdtemp(join(tmpdir(), 'unknot-firefox-')));
  const uuid = options.uuid ?? randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    ...(options.viewport ? { defaultViewport: options.viewport } : {}),
    userDataDir: join(home, 'profile'),
    env: { ...process.env, HOME: home },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // A fixed internal UUID, so the test knows the add-on's moz-extension:// origin.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'extensions.webextensions.keepStorageOnUninstall': true,
      // The tests read English text, whatever the machine's language.
      'intl.locale.requested': 'en-US',
      'extensions.webextensions.keepUuidOnUninstall': true,
      ...(options.downloadDir ? downloadPrefs(options.downloadDir) : {}),
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return {
    browser,
    uuid,
    async open(path) {
      const page = await browser.newPage();
      // page.goto() hangs on moz-extension:// URLs; navigating the browsing context directly works.
      const frame = page.mainFrame() as unknown as BidiFrame;
      await frame.browsingContext.navigate(`moz-extension://${uuid}/${path}`, 'complete');
      return page;
    },
    async close() {
      await browser.close();
      if (!options.profile) await rm(home, { recursive: true, force: true });
    },
  };
}
