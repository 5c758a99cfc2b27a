// Calls into the extension's own APIs from one of its pages, typed loosely: the page, not the test, has `chrome`.
/* eslint-disable @typescript-eslint/no-explicit-any */

/** A Playwright or Puppeteer page: both evaluate a function with one argument in the page. */
export interface Evaluator {
  evaluate(fn: (arg: any) => unknown, arg?: any): Promise<any>;
}

/** Every day, all day, midnight to midnight: tests run at any hour, and the schedule is always in working time. */
export const ALL_DAY = {
  workDays: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'],
  workHours: [{ start: '00:00', end: '24:00' }],
};

export const api = (page: Evaluator) => ({
  setSettings: (settings: Record<string, unknown>) =>
    page.evaluate((s) => (globalThis as any).browser?.storage.sync.set({ settings: s }) ?? (globalThis as any).chrome.storage.sync.set({ settings: s }), settings),
  settings: (): Promise<Record<string, any> | undefined> =>
    page.evaluate(() =>
      ((globalThis as any).browser ?? (globalThis as any).chrome).storage.sync.get('settings').then((r: any) => r.settings),
    ),
  alarm: () =>
    page.evaluate(
      () => ((globalThis as any).browser ?? (globalThis as any).chrome).alarms.get('break-due') as Promise<{ scheduledTime: number } | undefined>,
      undefined,
    ),
  setAlarm: (msFromNow: number) =>
    page.evaluate(
      (ms) => ((globalThis as any).browser ?? (globalThis as any).chrome).alarms.create('break-due', { when: Date.now() + ms }),
      msFromNow,
    ),
  notifications: () =>
    page.evaluate(() => ((globalThis as any).browser ?? (globalThis as any).chrome).notifications.getAll() as Promise<Record<string, unknown>>, undefined),
  now: () => page.evaluate(() => Date.now(), undefined),
  /** Chrome only: the URLs of the extension's offscreen documents. */
  offscreenDocuments: (): Promise<string[]> =>
    page.evaluate(() =>
      (globalThis as any).chrome.runtime
        .getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })
        .then((contexts: { documentUrl: string }[]) => contexts.map((c) => c.documentUrl)),
    ),
  /** Every record in the history database, read straight from IndexedDB. */
  breaks: (): Promise<Record<string, unknown>[]> =>
    page.evaluate(
      () =>
        new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const open = indexedDB.open('unknot');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('breaks').objectStore('breaks').getAll();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result);
            };
            request.onerror = () => reject(request.error);
          };
        }),
      undefined,
    ),
});

/** Polls `probe` until it returns a truthy value, or fails after `timeoutMs`. */
export async function until<T>(
  probe: () => Promise<T | false | null | undefined>,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
