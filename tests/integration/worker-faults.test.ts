// Fault injection in the worker: stopped between saving the plan and setting its alarm, and storage.local refusing to save.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { allBreaks } from '../../platform/history';
import { eventually } from '../support/eventually';
import { timezoneForEach } from '../support/tz';

const MIN = 60_000;
const MONDAY_10 = Date.UTC(2026, 10, 23, 10, 0); // Monday 2026-11-23 10:00 UTC

const alarmTime = async () => (await fakeBrowser.alarms.get('break-due'))?.scheduledTime;
/** Fires the alarm as Chrome does: a one-shot alarm is gone once it fired, so only the worker can set the next. */
async function fireAlarm(scheduledTime: number) {
  await fakeBrowser.alarms.clear('break-due');
  await fakeBrowser.alarms.onAlarm.trigger({ name: 'break-due', scheduledTime, persistAcrossSessions: true });
}
const kinds = async () => (await allBreaks()).map((b) => b.kind).sort();
const stored = async () => (await fakeBrowser.storage.local.get('schedule')).schedule as Record<string, number> | undefined;

/** The next alarms.create fails as if the worker had been stopped right there; later ones work. */
function stopWorkerAtNextAlarm() {
  const create = fakeBrowser.alarms.create.bind(fakeBrowser.alarms);
  return vi.spyOn(fakeBrowser.alarms, 'create').mockImplementationOnce(async () => {
    throw new Error('worker stopped');
  }).mockImplementation(create);
}

timezoneForEach('UTC');
let error: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(MONDAY_10);
  error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => vi.useRealTimers());

describe('the worker stopped between saving the plan and setting the alarm', () => {
  it('at the first start: the next start sets the alarm the saved plan names', async () => {
    const create = stopWorkerAtNextAlarm();
    background.main();
    await eventually(async () => expect(create).toHaveBeenCalledTimes(1));
    await eventually(async () => expect((await stored())?.anchor).toBe(MONDAY_10));
    expect(await alarmTime()).toBeUndefined();
    vi.setSystemTime(MONDAY_10 + 3 * MIN);
    background.main();
    await eventually(async () => expect(await alarmTime()).toBe(MONDAY_10 + 60 * MIN));
  });

  it('after a snooze: the next start moves the alarm to the snooze, and nothing is recorded twice', async () => {
    background.main();
    await eventually(async () => expect(await alarmTime()).toBe(MONDAY_10 + 60 * MIN));
    vi.setSystemTime(MONDAY_10 + 60 * MIN);
    await fireAlarm(MONDAY_10 + 60 * MIN);
    await eventually(async () => expect(await kinds()).toEqual(['due']));
    // A minute later, so the snooze's alarm (11:11) differs from the due break's re-show alarm (11:10).
    vi.setSystemTime(MONDAY_10 + 61 * MIN);
    const create = stopWorkerAtNextAlarm();
    await fakeBrowser.runtime.sendMessage({ type: 'snooze' }).catch(() => undefined);
    await eventually(async () => expect(create).toHaveBeenCalledTimes(1));
    // The snooze is saved, but the alarm still waits for the re-show (and the worker, stopped, recorded nothing more).
    expect((await stored())?.snoozedUntil).toBe(MONDAY_10 + 71 * MIN);
    expect(await alarmTime()).toBe(MONDAY_10 + 70 * MIN);
    background.main();
    await eventually(async () => expect(await alarmTime()).toBe(MONDAY_10 + 71 * MIN));
    // The old alarm, should it still fire, is stale: it re-arms the snooze and records nothing.
    await fireAlarm(MONDAY_10 + 70 * MIN).catch(() => undefined);
    await eventually(async () => expect(await alarmTime()).toBe(MONDAY_10 + 71 * MIN));
    expect(await kinds()).toEqual(['due']);
  });
});

describe('storage.local refuses to save (quota)', () => {
  it('the worker does not crash, shows nothing half-done, and the next event makes the break due', async () => {
    background.main();
    await eventually(async () => expect(await alarmTime()).toBe(MONDAY_10 + 60 * MIN));
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    vi.setSystemTime(MONDAY_10 + 60 * MIN);
    await fireAlarm(MONDAY_10 + 60 * MIN);
    await eventually(async () => expect(error).toHaveBeenCalledWith('Unknot background:', expect.any(Error)));
    expect(set).toHaveBeenCalled();
    // Nothing was saved, so nothing is shown or recorded; the alarm is set again for the stored plan: now.
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await kinds()).toEqual([]);
    await eventually(async () => expect(await alarmTime()).toBe(MONDAY_10 + 60 * MIN));
    vi.setSystemTime(MONDAY_10 + 61 * MIN);
    await fireAlarm(MONDAY_10 + 60 * MIN);
    await eventually(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['break-due']));
    expect(await kinds()).toEqual(['due']);
  });

  it('a page command that cannot be saved is refused to the page, and the next one works', async () => {
    background.main();
    await eventually(async () => expect(await alarmTime()).toBe(MONDAY_10 + 60 * MIN));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(fakeBrowser.runtime.sendMessage({ type: 'pause', until: MONDAY_10 + 30 * MIN })).rejects.toThrow(/QUOTA/);
    expect(await alarmTime()).toBe(MONDAY_10 + 60 * MIN);
    await fakeBrowser.runtime.sendMessage({ type: 'pause', until: MONDAY_10 + 30 * MIN });
    expect(await alarmTime()).toBe(MONDAY_10 + 90 * MIN);
  });
});

describe('a notification or badge the browser refuses', () => {
  it('the break is still due and its alarm set; the failure is reported', async () => {
    background.main();
    await eventually(async () => expect(await alarmTime()).toBe(MONDAY_10 + 60 * MIN));
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValueOnce(new Error('notifications are off'));
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockRejectedValueOnce(new Error('no badge colours here'));
    vi.setSystemTime(MONDAY_10 + 60 * MIN);
    await fireAlarm(MONDAY_10 + 60 * MIN);
    await eventually(async () => expect(error).toHaveBeenCalledWith('Unknot background:', expect.any(Error)));
    expect((await stored())?.dueSince).toBe(MONDAY_10 + 60 * MIN);
    // Set for the re-show, ten minutes on: a notification refused now is shown again then.
    expect(await alarmTime()).toBe(MONDAY_10 + 70 * MIN);
    expect(await kinds()).toEqual(['due']);
  });
});
