// Calls into the extension's own APIs from one of its pages, typed loosely: the page, not the test, has `chrome`.
import { expect } from 'vitest';
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

/**
 * Settings as the extension keeps them in storage.sync: Unknot 0.1's one `settings` object, and after it one
 * `settings.<name>` item per setting (WXT storage items, which win over the object). The helpers write and read
 * both, so they serve either layout: `setSettings` stands for the whole of the user's settings, as before.
 */
export const api = (page: Evaluator) => ({
  setSettings: (settings: Record<string, unknown>) =>
    page.evaluate(async (s: Record<string, unknown>) => {
      const sync = ((globalThis as any).browser ?? (globalThis as any).chrome).storage.sync;
      const stored: Record<string, unknown> = await sync.get(null);
      const others = Object.keys(stored).filter((key) => /^settings\./.test(key) && !(key.slice(9).replace(/\$$/, '') in s));
      if (others.length > 0) await sync.remove(others);
      await sync.set({ settings: s, ...Object.fromEntries(Object.entries(s).map(([name, value]) => [`settings.${name}`, value])) });
    }, settings),
  settings: (): Promise<Record<string, any> | undefined> =>
    page.evaluate(async () => {
      const stored: Record<string, any> = await ((globalThis as any).browser ?? (globalThis as any).chrome).storage.sync.get(null);
      const items = Object.entries(stored).filter(([key]) => /^settings\.[^$]+$/.test(key));
      if (stored.settings === undefined && items.length === 0) return undefined;
      return { ...stored.settings, ...Object.fromEntries(items.map(([key, value]) => [key.slice(9), value])) };
    }, undefined),
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
  /**
   * Has the stored plan name `at` for the next break (its snooze ends then). The worker takes an alarm that fires
   * before its plan's time for a stale one and only re-arms, so a test brings a break forward with this first and
   * then re-creates break-due for that moment (`setAlarmAt`). A storage change may wake the worker: plan first.
   */
  planBreakAt: (at: number) =>
    page.evaluate(async (when: number) => {
      const ext = (globalThis as any).browser ?? (globalThis as any).chrome;
      const { schedule } = await ext.storage.local.get('schedule');
      await ext.storage.local.set({ schedule: { anchor: Date.now(), snoozes: 0, ...schedule, snoozedUntil: when } });
    }, at),
  setAlarmAt: (at: number) =>
    page.evaluate((when: number) => ((globalThis as any).browser ?? (globalThis as any).chrome).alarms.create('break-due', { when }), at),
  /** The stored plan's state: when its snooze ends (what `planBreakAt` wrote, until an event changes it) and whether a break is due. */
  plan: (): Promise<{ snoozedUntil?: number; dueSince?: number } | undefined> =>
    page.evaluate(
      () => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.get('schedule').then((r: any) => r.schedule),
      undefined,
    ),
  /**
   * A break comes due `ms` from now: planned, and its alarm set, both for that moment; done when the stored plan
   * says the break is due. A re-plan still under way in the worker (after a settings change) may write over the
   * plan before the alarm fires: then it is planned again.
   */
  async breakDueIn(ms: number) {
    await until(async () => {
      const at = (await page.evaluate(() => Date.now(), undefined)) + ms;
      await this.planBreakAt(at);
      await this.setAlarmAt(at);
      const outcome = await until(async () => {
        const plan = await this.plan();
        return plan?.dueSince !== undefined ? 'due' : plan?.snoozedUntil !== at ? 'overwritten' : false;
      }, 'the break to come due', ms + 20_000);
      return outcome === 'due';
    }, 'a plan that holds until the break comes due', 3 * (ms + 20_000));
  },
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

/**
 * Waits until break-due is planned no later than `withinMs` from now, and returns it: the sign that a
 * new plan has been made, when the alarm was set further away (or tomorrow) before.
 */
export function alarmWithin(page: Evaluator, withinMs: number, what = 'the break-due alarm'): Promise<{ scheduledTime: number }> {
  const ext = api(page);
  return until(async () => {
    const alarm = await ext.alarm();
    return alarm && alarm.scheduledTime <= (await ext.now()) + withinMs && alarm;
  }, what);
}

/** Waits until break-due is within `toleranceMs` of `expected`, then asserts it is. */
export async function expectAlarmNear(page: Evaluator, expected: number, what: string, toleranceMs = 90_000): Promise<void> {
  const ext = api(page);
  const alarm = await until(async () => {
    const a = await ext.alarm();
    return a && Math.abs(a.scheduledTime - expected) < toleranceMs && a;
  }, `${what} (break-due near ${new Date(expected).toISOString()})`);
  expect(Math.abs(alarm.scheduledTime - expected)).toBeLessThan(toleranceMs);
}
