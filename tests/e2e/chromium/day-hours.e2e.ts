// Working hours per weekday in Chromium: today's hours taken away on the options page move break-due to tomorrow,
// and so does a policy file the test writes with workHoursByDay (locked with workHours, shown locked in Schedule).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, launchChromium, type ChromiumRun } from '../support/chromium';
import { ALL_DAY, api, until } from '../support/extension-api';
import { installPolicyValues, removeChromiumPolicy, unpackedExtensionId } from '../support/policy';

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const INTERVAL = 20;
/** Today's key ("wed") and English name ("Wednesday"), as the browser's clock has it. */
const today = (now: number) => ({ key: DAY_NAMES[new Date(now).getDay()]!, name: new Intl.DateTimeFormat('en', { weekday: 'long' }).format(now) });
/** With no working time today and all day tomorrow, the first break is one interval after tomorrow's midnight. */
const tomorrowFirstBreak = (now: number) => {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 0, INTERVAL).getTime();
};

describe('working hours per weekday in Chromium', () => {
  let run: ChromiumRun | undefined;
  afterEach(async () => {
    await run?.close();
    run = undefined;
    await removeChromiumPolicy();
  });

  it("today's hours removed on the options page move break-due to tomorrow; the other days keep theirs", async () => {
    run = await launchChromium();
    const page = await run.open('options.html');
    const ext = api(page);
    await ext.setSettings({ ...ALL_DAY, intervalMinutes: INTERVAL });
    await page.goto(page.url().replace(/options\.html.*/, 'options.html#schedule'));
    const now = await ext.now();
    // Before: a break later today, one interval of all-day working time away.
    await until(async () => {
      const a = await ext.alarm();
      return a && a.scheduledTime <= (await ext.now()) + INTERVAL * 60_000 && a;
    }, 'break-due within the interval');

    const { key, name } = today(now);
    const perDay = page.getByRole('radio', { name: 'Set hours per day' });
    await perDay.focus();
    await page.keyboard.press('Space');
    await page.getByRole('group', { name: `Hours on ${name}` }).waitFor();
    const remove = page.getByRole('button', { name: `Remove range 1 on ${name}` });
    await remove.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: `Hours on ${name}` }).getByText(/^No working hours/).waitFor();

    const saved = await until(async () => {
      const s = await ext.settings();
      return s?.workHoursByDay?.[key]?.length === 0 && s;
    }, "today's empty hours stored");
    expect(Object.keys(saved.workHoursByDay).sort()).toEqual([...DAY_NAMES].sort());
    for (const day of DAY_NAMES.filter((d) => d !== key)) expect(saved.workHoursByDay[day]).toEqual(ALL_DAY.workHours);
    const alarm = await until(async () => {
      const a = await ext.alarm();
      return a && a.scheduledTime === tomorrowFirstBreak(now) && a;
    }, 'break-due tomorrow one interval after midnight');
    expect(new Date(alarm.scheduledTime).getDate()).not.toBe(new Date(now).getDate());
  });

  it('a policy with workHoursByDay: no hours today moves break-due to tomorrow, and Schedule shows the hours locked', async () => {
    const now = Date.now();
    const { key, name } = today(now);
    await installPolicyValues(
      'chromium',
      { ...ALL_DAY, intervalMinutes: INTERVAL, workHoursByDay: { [key]: [] }, locked: ['workHours', 'workDays', 'intervalMinutes'] },
      unpackedExtensionId(CHROME_BUILD),
    );
    run = await launchChromium();
    const page = await run.open('options.html#schedule');
    const ext = api(page);
    // The person's own "same hours every day" does not win over the locked per-day hours.
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
    const perDay = page.getByRole('radio', { name: 'Set hours per day' });
    await perDay.waitFor();
    expect(await perDay.isChecked()).toBe(true);
    expect(await perDay.isDisabled()).toBe(true);
    const hours = page.getByRole('group', { name: 'Working hours' });
    await hours.getByText('Set by your organization').waitFor();
    await page.getByRole('group', { name: `Hours on ${name}` }).getByText(/^No working hours/).waitFor();
  });
});
