// Launches Debian's Chromium with the built extension loaded, and reaches its worker over CDP.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumArgs } from '../../../scripts/chromium-extension.mjs';

export const CHROME_BUILD = resolve('.output/chrome-mv3');

export interface ChromiumRun {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profile: string;
  /** Opens an extension page (e.g. "popup.html") in a new tab. */
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * With `display`, a real window on that X display instead of headless. With `language`, the browser's
 * interface language, which the extension's i18n follows (English unless asked). On Linux Chromium takes
 * it from LANGUAGE, and needs Debian's chromium-l10n for any language but English. `args`: flags added to
 * the usual ones.
 */
export async function launchChromium(
  options: { profile?: string; extensionDir?: string; display?: string; language?: string; args?: string[] } = {},
): Promise<ChromiumRun> {
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'unknot-chromium-')));
  const dir = options.extensionDir ?? CHROME_BUILD;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: !options.display,
    locale: options.language ?? 'en-US',
    // Lets Playwright report the service worker's own requests too (the privacy test records them).
    env: {
      ...process.env,
      HOME: profile,
      PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS: '1',
      ...(options.display ? { DISPLAY: options.display } : {}),
      LANGUAGE: options.language ?? 'en',
    },
    args: [...chromiumArgs(dir), ...(options.args ?? [])],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    profile,
    async open(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async close() {
      await context.close();
      if (!options.profile) await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Stops every service worker through CDP and waits until Chrome reports ours stopped. */
export async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const stopped = new Promise<void>((done) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v: { runningStatus: string }) => v.runningStatus === 'stopped')) done();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}
