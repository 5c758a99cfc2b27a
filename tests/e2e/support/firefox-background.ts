// The add-on's background page as Firefox's parent process sees it (running, stopped), and stopping it the way
// Firefox suspends an idle event page. Needs --remote-allow-system-access: it evaluates in the browser window's
// chrome scope over WebDriver BiDi, where WebExtensionPolicy reaches the extension's internal state.
import type { Browser } from 'puppeteer-core';
import { until } from './extension-api';
import { GECKO_ID } from './firefox';

/** Puppeteer's BiDi browser exposes its raw connection, though its public type does not say so. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function inChrome(browser: Browser, expression: string): Promise<unknown> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts[0].context as string;
  const { result } = await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true });
  if (result.type !== 'success') throw new Error(`chrome-scope evaluation failed: ${JSON.stringify(result)}`);
  return result.result.value;
}

const extension = `WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension`;

/** "running", "stopped", "starting" or "suspending": Firefox's state of the add-on's background page. */
export const backgroundState = (browser: Browser) => inChrome(browser, `${extension}.backgroundState`) as Promise<string>;

/**
 * Stops the background page as an idle suspend does; a later event (an alarm, a message, a storage change it
 * listens to) starts it again. An event still on its way may do so at once: then it is stopped again, until it
 * is seen stopped on two reads in a row.
 */
export async function stopBackground(browser: Browser): Promise<void> {
  let seen = 0;
  await until(async () => {
    const state = await backgroundState(browser);
    seen = state === 'stopped' ? seen + 1 : 0;
    if (state === 'running') await inChrome(browser, `Promise.resolve(${extension}.terminateBackground()).then(() => 'done')`);
    return seen >= 2;
  }, 'the background page to stop');
}
