// Firefox ESR under a policies.json the test writes with workHoursByDay: no working hours today moves break-due to
// tomorrow, locked with workHours whatever the user stores, and Schedule shows the per-day hours locked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_DAY, api, until } from '../support/extension-api';
import { launchFirefox, type FirefoxRun } from '../support/firefox';
import { installPolicyValues, removeFirefoxPolicy } from '../support/policy';
import { waitForText } from '../support/puppeteer-page';

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const INTERVAL = 20;
const started = Date.now();
const todayKey = DAY_NAMES[new Date(started).getDay()]!;
/** With no working time today and all day tomorrow, the first break is one interval after tomorrow's midnight. */
const tomorrowFirstBreak = (now: number) => {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 0, INTERVAL).getTime();
};

describe('working hours per weekday from policies.json in Firefox', () => {
  let run: FirefoxRun;
  beforeAll(async () => {
    await installPolicyValues('firefox', { ...ALL_DAY, intervalMinutes: INTERVAL, workHoursByDay: { [todayKey]: [] }, locked: ['workHours', 'workDays', 'intervalMinutes'] });
    run = await launchFirefox();
  });
  afterAll(async () => {
    await run?.close();
    await removeFirefoxPolicy();
  });

  it("plans break-due for tomorrow when today has no hours, and the user's own hours do not win over the lock", async () => {
    const page = await run.open('options.html#schedule');
    const ext = api(page);
    await until(async () => {
      const a = await ext.alarm();
      return a && a.scheduledTime === tomorrowFirstBreak(await ext.now()) && a;
    }, 'break-due tomorrow under the policy');
    // The alarm is put out of the way (three days on) first, so the re-plan that follows the stored settings
    // shows itself by bringing it back: to tomorrow, since the locked per-day hours still apply.
    await ext.setAlarm(3 * 24 * 60 * 60_000);
    await ext.setSettings({ workHours: [{ start: '00:00', end: '24:00' }], workHoursByDay: {} });
    const alarm = await until(async () => {
      const a = await ext.alarm();
      return a && a.scheduledTime < (await ext.now()) + 2 * 24 * 60 * 60_000 && a;
    }, 'break-due re-planned after the stored settings');
    expect(alarm.scheduledTime).toBe(tomorrowFirstBreak(await ext.now()));
    expect(new Date(alarm.scheduledTime).getMinutes()).toBe(INTERVAL);

    await waitForText(page, `fieldset[data-day="${todayKey}"] .field__note`, /^No working hours/);
    const choice = await page.evaluate(() => {
      const radio = document.querySelector<HTMLInputElement>('input[name="work-hours-mode"][value="per-day"]');
      return { checked: radio?.checked, disabled: radio?.disabled };
    });
    expect(choice).toEqual({ checked: true, disabled: true });
    await waitForText(page, '#setting-workHours-locked', 'Set by your organization');
  });
});
