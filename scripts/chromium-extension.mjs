// What the store-assets and bench scripts share: building the Chrome extension, launching Debian's headless
// Chromium with it loaded, and importing a history file through the options page as a user would.
// (The e2e tests launch it the same way from tests/e2e/support/chromium.ts.)
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');

/** `wxt build -b chrome`, its output on stderr so that stdout holds only what the script prints. */
export function buildChrome() {
  const run = spawnSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (run.status !== 0) throw new Error(`wxt build failed (exit ${run.status ?? run.signal})`);
}

/** Chromium's flags for the extension in `dir`: loaded alone, quiet (no sync, updates or background requests). */
export function chromiumArgs(dir) {
  return [
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/**
 * Chromium with the extension in `dir` loaded, its profile in `profile` and HOME in `home` (browsers
 * write there). Returns the context and `base`, the extension's origin with a trailing slash.
 */
export async function launchWithExtension({ dir = CHROME_BUILD, profile, home, language = 'en' }) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    env: { ...process.env, HOME: home, LANGUAGE: language },
    args: chromiumArgs(dir),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    return { context, base: `chrome-extension://${new URL(worker.url()).host}/` };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Imports a history file on the options page in `page` (already open there), and waits until it is read. */
export async function importHistory(page, file, { timeout = 30_000 } = {}) {
  await page.getByLabel('Import history').setInputFiles(file);
  await page.getByTestId('import-result').waitFor({ timeout });
}
