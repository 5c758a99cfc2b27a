// The real Firefox build: the add-on installs, plans break-due, and the popup says when the next break is; an
// alarm due in seconds wakes the stopped background, the break becomes due, and Snooze moves it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_DAY, alarmWithin, api, until } from '../support/extension-api';
import { launchFirefox, type FirefoxRun } from '../support/firefox';
import { backgroundState, stopBackground } from '../support/firefox-background';
import { clickButton, waitForText } from '../support/puppeteer-page';

const MIN = 60_000;

describe('scheduler in Firefox', () => {
  let run: FirefoxRun;
  beforeAll(async () => {
    run = await launchFirefox();
  });
  afterAll(async () => {
    await run?.close();
  });

  it('installs, sets break-due, and the popup shows the next break', async () => {
    const page = await run.open('popup.html');
    const ext = api(page);
    const text = await until(() => page.evaluate(() => document.querySelector('[data-testid="next-break"]')?.textContent ?? ''), 'status');
    expect(text).toMatch(/^(Next break in \d+ min|Outside working hours: next break .+)$/);

    await ext.setSettings({ ...ALL_DAY, intervalMinutes: 30 });
    const alarm = await alarmWithin(page, 30 * MIN + 1000, 'break-due re-planned for the new interval');
    expect(alarm.scheduledTime).toBeGreaterThan(await ext.now());
    await until(() => page.evaluate(() => /^Next break in (29|30) min$/.test(document.querySelector('[data-testid="next-break"]')?.textContent ?? '')), 'next');
  });

  it('an alarm due in seconds wakes the stopped background, the break becomes due, and Snooze moves it', async () => {
    const page = await run.open('popup.html');
    const ext = api(page);
    await ext.setSettings(ALL_DAY);
    // Planned for these settings (the default hour, not the half hour before), so that plan cannot replace the one below.
    await until(async () => {
      const alarm = await ext.alarm();
      const now = await ext.now();
      return alarm && alarm.scheduledTime > now + 45 * MIN && alarm.scheduledTime <= now + 60 * MIN + 1000;
    }, 'break-due planned for the default interval');
    const badge = () => page.evaluate(() => (globalThis as any).browser.action.getBadgeText({}) as Promise<string>); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(await badge()).toBe('');

    // The break planned for a few seconds from now; then the background stopped, as Firefox suspends an idle
    // event page: nothing of the add-on runs until an event starts it again.
    // A re-plan still under way may write over the plan before the background stops: then plan and stop again.
    const dueAt = await until(async () => {
      const at = (await ext.now()) + 3000;
      await ext.planBreakAt(at);
      await stopBackground(run.browser);
      return (await ext.plan())?.snoozedUntil === at && at;
    }, 'a plan that holds with the background stopped');
    await ext.setAlarmAt(Math.max(dueAt, (await ext.now()) + 2000));
    expect(await backgroundState(run.browser)).toBe('stopped');

    // Headless Firefox closes notifications at once: what the add-on shows and records says the break is due.
    await waitForText(page, '[data-testid="next-break"]', 'Break due now');
    expect(await backgroundState(run.browser)).toBe('running');
    // The plan is saved (and the popup shows it) before the worker records the break and sets the badge.
    await until(async () => (await badge()) === '!', 'the badge');
    const due = await until(async () => (await ext.breaks()).filter((b) => b.kind === 'due'), 'the due record');
    expect(due).toHaveLength(1);

    const before = await ext.now();
    await clickButton(page, 'Snooze 10 min');
    await waitForText(page, '[data-testid="next-break"]', 'Next break in 10 min');
    const snoozed = await until(async () => {
      // The snooze's alarm, set for the stored snooze: not the due break's re-show alarm ten minutes after it came due.
      const snoozedUntil = (await ext.plan())?.snoozedUntil;
      const alarm = await ext.alarm();
      return snoozedUntil !== undefined && alarm && Math.abs(alarm.scheduledTime - snoozedUntil) < 1000 && alarm;
    }, 'the snoozed alarm');
    const after = await ext.now();
    // The worker leaves an alarm alone within a second of its plan (ALARM_TOLERANCE_MS): the re-show alarm of a break
    // that came due just before the click may stand for the snooze.
    expect(snoozed.scheduledTime).toBeGreaterThanOrEqual(before + 10 * MIN - 1000);
    expect(snoozed.scheduledTime).toBeLessThanOrEqual(after + 10 * MIN);
    await until(async () => (await badge()) === '', 'the badge to clear');
  });
});
