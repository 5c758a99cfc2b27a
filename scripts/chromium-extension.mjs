// What the store-assets and bench scripts share: building the Chrome extension, launching Debian's headless
// Chromium with it loaded, and importing a history file through the options page as a user would; and, for the
// bench's wake-up count, Chromium over a bare DevTools pipe that attaches to nothing.
// (The e2e tests launch it the same way from tests/e2e/support/chromium.ts.)
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
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

/**
 * Imports a history file on the options page in `page` (already open there), and waits until it is read. `label`:
 * the import field's name in the page's language.
 */
export async function importHistory(page, file, { timeout = 30_000, label = 'Import history' } = {}) {
  await page.getByLabel(label, { exact: true }).setInputFiles(file);
  await page.getByTestId('import-result').waitFor({ timeout });
}

/**
 * The id Chromium gives an unpacked extension loaded from `dir`: the first 128 bits of the SHA-256 of its
 * absolute path, each hex digit written as a letter from a to p.
 */
export function unpackedExtensionId(dir) {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * Debian's Chromium with the extension in `dir`, driven over a raw DevTools pipe and nothing else: no Playwright,
 * which attaches to every worker, and an attached debugger keeps a service worker awake (BROWSERS.md). Opens
 * `urls` from the command line, so no DevTools call creates a target either (that too keeps workers running).
 * With `display`, a real window there (headless Chromium reports no tab audible). Returns `send(method, params)`
 * for browser-level commands, `on(listener)` for every event ({ method, params }), and `close()`.
 */
export function launchOverPipe({ dir, profile, home, display, args = [], urls = [] }) {
  const browser = spawn(
    '/usr/bin/chromium',
    [...chromiumArgs(dir), ...(display ? [] : ['--headless']), '--remote-debugging-pipe', `--user-data-dir=${profile}`, ...args, ...urls],
    { env: { ...process.env, HOME: home, LANGUAGE: 'en', ...(display ? { DISPLAY: display } : {}) }, stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const [toBrowser, fromBrowser] = [browser.stdio[3], browser.stdio[4]];
  const pending = new Map();
  const listeners = [];
  let nextId = 1;
  let buffered = '';
  fromBrowser.on('data', (chunk) => {
    const parts = (buffered + chunk.toString('utf8')).split('\0');
    buffered = parts.pop();
    for (const part of parts) {
      const message = JSON.parse(part);
      if (message.id === undefined) {
        for (const listener of listeners) listener(message);
      } else {
        const call = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) call?.fail(new Error(`${call.method}: ${message.error.message}`));
        else call?.done(message.result);
      }
    }
  });
  const exited = new Promise((done) => browser.once('exit', done));
  return {
    send(method, params = {}) {
      const id = nextId++;
      return new Promise((done, fail) => {
        pending.set(id, { done, fail, method });
        toBrowser.write(`${JSON.stringify({ id, method, params })}\0`);
      });
    },
    on(listener) {
      listeners.push(listener);
    },
    async close() {
      if (browser.exitCode !== null || browser.signalCode !== null) return;
      toBrowser.write(`${JSON.stringify({ id: nextId++, method: 'Browser.close' })}\0`);
      const timer = setTimeout(() => browser.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
