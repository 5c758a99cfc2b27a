// Firefox ESR under a policies.json the test writes: breakAtMinute puts break-due on that minute of the hour,
// locked with the interval, whatever the user stores.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, until } from '../support/extension-api';
import { firstBreakAfter } from '../support/expected-break';
import { launchFirefox, type FirefoxRun } from '../support/firefox';
import { installPolicyValues, removeFirefoxPolicy } from '../support/policy';

const EVERY_DAY = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** All day every day, so the plan does not depend on when the test runs; the cadence locked. */
const POLICY = {
  intervalMinutes: 30,
  breakAtMinute: 50,
  workDays: EVERY_DAY,
  workHours: [{ start: '00:00', end: '24:00' }],
  locked: ['intervalMinutes', 'workDays', 'workHours'],
};
const plan = { intervalMinutes: POLICY.intervalMinutes, breakAtMinute: POLICY.breakAtMinute, workDays: EVERY_DAY, start: '00:00', end: '24:00' };

describe('breaks on the clock in Firefox', () => {
  let run: FirefoxRun;
  let launchedAt: number;
  beforeAll(async () => {
    await installPolicyValues('firefox', POLICY);
    launchedAt = Date.now();
    run = await launchFirefox();
  });
  afterAll(async () => {
    await run?.close();
    await removeFirefoxPolicy();
  });

  it('plans break-due at minute 50 of the hour from policies.json, and a locked cadence keeps it there', async () => {
    const page = await run.open('options.html');
    const ext = api(page);
    // The plan counts from the add-on's start, some moment between the launch and now: the first :50 at least
    // 20 minutes after it. Across those seconds that is one of two times at most.
    const expected = async () => [firstBreakAfter(plan, launchedAt), firstBreakAfter(plan, await ext.now())];
    const alarm = await until(async () => {
      const a = await ext.alarm();
      return a && (await expected()).includes(a.scheduledTime) && a;
    }, 'break-due at minute 50');
    expect(new Date(alarm.scheduledTime).getMinutes()).toBe(50);
    expect(new Date(alarm.scheduledTime).getSeconds()).toBe(0);

    // The user's own cadence does not win over the locked interval, which locks the minute too. The alarm is put
    // out of the way first, so the re-plan that follows the stored settings shows itself by bringing it back.
    await ext.setAlarm(3 * 60 * 60_000);
    await ext.setSettings({ intervalMinutes: 120, breakAtMinute: null });
    const replanned = await until(async () => {
      const a = await ext.alarm();
      return a && a.scheduledTime < (await ext.now()) + 2 * 60 * 60_000 && a;
    }, 'break-due re-planned after the stored settings');
    expect(await expected()).toContain(replanned.scheduledTime);
  });
});
