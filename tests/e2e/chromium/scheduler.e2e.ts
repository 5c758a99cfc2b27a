// The real Chrome build: the break-due alarm survives a stopped worker, wakes it, notifies, and snooze moves it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, stopServiceWorkers, type ChromiumRun } from '../support/chromium';
import { ALL_DAY, alarmWithin, api, until } from '../support/extension-api';

const MIN = 60_000;

describe('scheduler in Chromium', () => {
  let run: ChromiumRun;
  beforeAll(async () => {
    run = await launchChromium();
  });
  afterAll(async () => {
    await run?.close();
  });

  it('keeps break-due through a worker stop, wakes the worker, notifies, and snoozes', async () => {
    const page = await run.open('popup.html');
    const ext = api(page);
    await ext.setSettings(ALL_DAY);

    // Planned for the new settings: one interval from the start, not tomorrow morning.
    const planned = await alarmWithin(page, 60 * MIN);
    const now = await ext.now();
    expect(planned.scheduledTime).toBeGreaterThan(now);
    expect(planned.scheduledTime).toBeLessThanOrEqual(now + 60 * MIN + 1000);

    // The break is planned for a few seconds from now, and then the worker stopped. A re-plan still under way
    // may write over the plan before the worker stops: then plan and stop again.
    const dueAt = await until(async () => {
      const at = (await ext.now()) + 3000;
      await ext.planBreakAt(at);
      await stopServiceWorkers(page);
      return (await ext.plan())?.snoozedUntil === at && at;
    }, 'a plan that holds with the worker stopped');
    expect((await ext.alarm())?.scheduledTime).toBe(planned.scheduledTime);

    // Its alarm, two seconds from now at the earliest: the stopped worker must wake up to handle it.
    await ext.setAlarmAt(Math.max(dueAt, (await ext.now()) + 2000));
    await until(async () => 'break-due' in (await ext.notifications()), 'the notification', 20_000);

    await page.reload();
    await page.getByTestId('next-break').filter({ hasText: 'Break due now' }).waitFor();
    expect(await run.context.serviceWorkers().length).toBeGreaterThan(0);

    const before = await ext.now();
    await page.getByRole('button', { name: 'Snooze 10 min' }).click();
    await page.getByTestId('next-break').filter({ hasText: 'Next break in 10 min' }).waitFor();
    const snoozed = await until(async () => {
      const alarm = await ext.alarm();
      // The snooze's alarm, not the one that waited for the end of the working day.
      return alarm && alarm.scheduledTime > before + 5 * MIN && alarm.scheduledTime <= (await ext.now()) + 10 * MIN && alarm;
    }, 'the snoozed alarm');
    const after = await ext.now();
    expect(snoozed.scheduledTime).toBeGreaterThanOrEqual(before + 10 * MIN);
    expect(snoozed.scheduledTime).toBeLessThanOrEqual(after + 10 * MIN);
    expect(await ext.notifications()).toEqual({});
  });

  it('with the chime on, a due break plays it from an offscreen document, created only then', async () => {
    const page = await run.open('options.html');
    const ext = api(page);
    const offscreen = ext.offscreenDocuments;
    expect(await offscreen()).toEqual([]);
    // Out of the way, so the re-plan that follows the new setting shows itself by bringing it back.
    await ext.setAlarm(3 * 60 * MIN);
    await page.getByRole('checkbox', { name: /Play a soft chime/ }).check();
    await until(async () => (await ext.settings())?.sound === true, 'the chime setting');
    await alarmWithin(page, 60 * MIN, 'the plan with the chime on');
    await ext.breakDueIn(1500);
    const contexts = await until(async () => {
      const found = await offscreen();
      // A document being created is listed before its URL is known.
      return found.length > 0 && found.every((url) => url !== '') && found;
    }, 'the offscreen document');
    expect(contexts.map((url) => new URL(url).pathname)).toEqual(['/offscreen.html']);
  });
});
