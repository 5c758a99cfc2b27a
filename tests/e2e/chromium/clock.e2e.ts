// Chromium under a policy file the test writes: breakAtMinute puts break-due on that minute of the hour (locked
// with the interval, whatever the user stores), and with dailySkipLimit 1 the popup offers no Skip after one skip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, launchChromium, type ChromiumRun } from '../support/chromium';
import { api, until } from '../support/extension-api';
import { firstBreakAfter } from '../support/expected-break';
import { installPolicyValues, removeChromiumPolicy, unpackedExtensionId } from '../support/policy';

const EVERY_DAY = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** All day every day, so the plan does not depend on when the test runs; the cadence and the budget locked. */
const POLICY = {
  intervalMinutes: 30,
  breakAtMinute: 50,
  dailySkipLimit: 1,
  workDays: EVERY_DAY,
  workHours: [{ start: '00:00', end: '24:00' }],
  locked: ['intervalMinutes', 'dailySkipLimit', 'workDays', 'workHours'],
};
const plan = { intervalMinutes: POLICY.intervalMinutes, breakAtMinute: POLICY.breakAtMinute, workDays: EVERY_DAY, start: '00:00', end: '24:00' };

describe('breaks on the clock and the skip budget in Chromium', () => {
  let run: ChromiumRun;
  let launchedAt: number;
  beforeAll(async () => {
    await installPolicyValues('chromium', POLICY, unpackedExtensionId(CHROME_BUILD));
    launchedAt = Date.now();
    run = await launchChromium();
  });
  // Chromium watches its policy folder: the file stays until both tests are done.
  afterAll(async () => {
    await run?.close();
    await removeChromiumPolicy();
  });

  it('plans break-due at minute 50 of the hour, and a locked cadence keeps it there', async () => {
    const page = await run.open('options.html');
    const ext = api(page);
    // The plan counts from the extension's start, some moment between the launch and now: the first :50 at least
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

  it('with dailySkipLimit 1, the second due break of the day offers Snooze but no Skip', async () => {
    const popup = await run.open('popup.html');
    const ext = api(popup);
    const skip = popup.getByRole('button', { name: 'Skip this break' });
    const snooze = popup.getByRole('button', { name: /^Snooze \d+ min$/ });
    const due = popup.getByTestId('next-break').filter({ hasText: /^Break due now$/ });

    await ext.breakDueIn(1500);
    await due.waitFor();
    await popup.getByTestId('skips-left').filter({ hasText: 'You can skip 1 more break today.' }).waitFor();
    await skip.click();
    // A skipped break can still be taken until the next one is due.
    await popup.getByRole('button', { name: 'Take the skipped break now' }).waitFor();

    await ext.breakDueIn(1500);
    await due.waitFor();
    await popup.getByTestId('skips-left').filter({ hasText: 'No skips left today: snooze it, or take the break.' }).waitFor();
    await snooze.waitFor();
    expect(await skip.count()).toBe(0);
  });
});
