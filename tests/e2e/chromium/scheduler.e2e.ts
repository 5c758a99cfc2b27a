// The real Chrome build: the break-due alarm survives a stopped worker, wakes it, notifies, and snooze moves it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
/* eslint-disable @typescript-eslint/no-explicit-any */
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
    expect(await ext.notifications()).toEqual({});
  });

  it('a break left unanswered for ten minutes is shown once more, and never a third time', async () => {
    const page = await run.open('popup.html');
    const ext = api(page);
    await ext.setSettings(ALL_DAY);
    await alarmWithin(page, 60 * MIN, 'the plan for the new settings');
    // The test before this one made a break due too.
    const dueRecords = async () => (await ext.breaks()).filter((b) => b.kind === 'due').length;
    const before = await dueRecords();
    await ext.breakDueIn(1500);
    await until(async () => 'break-due' in (await ext.notifications()), 'the notification');
    await until(async () => (await dueRecords()) === before + 1, 'the due record');
    // The notification put away without an answer, and the break made ten minutes old; then its alarm fires.
    const clearAndAge = () =>
      page.evaluate(async () => {
        const ext = (globalThis as any).chrome;
        await ext.notifications.clear('break-due');
        const { schedule } = await ext.storage.local.get('schedule');
        await ext.storage.local.set({ schedule: { ...schedule, dueSince: Date.now() - 10 * 60_000 - 1000 } });
      });
    await clearAndAge();
    expect(await ext.notifications()).toEqual({});
    await ext.setAlarmAt((await ext.now()) + 1500);
    await until(async () => 'break-due' in (await ext.notifications()), 'the notification shown once more');
    expect(((await ext.plan()) as { reshown?: boolean } | undefined)?.reshown).toBe(true);
    // Still the same break: no second due record, and the popup still says it is due.
    expect(await dueRecords()).toBe(before + 1);
    await page.reload();
    await page.getByTestId('next-break').filter({ hasText: 'Break due now' }).waitFor();

    // Put away again, and its alarm fires again: nothing comes back.
    await clearAndAge();
    const fired = (await ext.now()) + 1500;
    await ext.setAlarmAt(fired);
    await until(async () => {
      const alarm = await ext.alarm();
      // The worker handled it when the alarm is set again for later (the end of the working day).
      return (await ext.now()) > fired && alarm && alarm.scheduledTime > fired + 1000 && alarm;
    }, 'the alarm handled and set for the end of the day');
    expect(await ext.notifications()).toEqual({});
    expect(await dueRecords()).toBe(before + 1);
    // Answered, so the next test starts with no break due.
    await page.getByRole('button', { name: 'Snooze 10 min' }).click();
    await until(async () => (await ext.plan())?.dueSince === undefined, 'the snooze');
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
