// The worker against the fake browser, in the trust issue's scenarios: each test is named after one and failed before its fix.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { serializeHistory, toHistoryFile } from '../../core/history-export';
import { parseHistoryFile } from '../../core/history-import';
import background from '../../entrypoints/background';
import { allBreaks, dayTotals, importHistory } from '../../platform/history';
import { eventually } from '../support/eventually';
import { timezoneForEach } from '../support/tz';

const MIN = 60_000;
const MONDAY_10 = Date.UTC(2026, 10, 23, 10, 0); // Monday 2026-11-23 10:00 UTC

async function startWorker() {
  background.main();
  await eventually(async () => expect(await fakeBrowser.alarms.get('break-due')).toBeDefined());
}
const alarmTime = async () => (await fakeBrowser.alarms.get('break-due'))?.scheduledTime;
const fireAlarm = (scheduledTime: number) =>
  fakeBrowser.alarms.onAlarm.trigger({ name: 'break-due', scheduledTime, persistAcrossSessions: true });
const stored = async () => (await fakeBrowser.storage.local.get('schedule')).schedule as Record<string, number>;
const send = (message: unknown) => fakeBrowser.runtime.sendMessage(message);

timezoneForEach('UTC');
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(MONDAY_10);
});
afterEach(() => vi.useRealTimers());

describe('a weekend sleep', () => {
  it('Friday 16:00 planned, woken Monday 09:05: no day-long natural break, and the export imports again', async () => {
    vi.setSystemTime(Date.UTC(2026, 10, 27, 15, 0));
    await startWorker();
    const planned = (await alarmTime())!;
    expect(planned).toBe(Date.UTC(2026, 10, 27, 16, 0));
    const monday = Date.UTC(2026, 10, 30, 9, 5);
    vi.setSystemTime(monday);
    await fireAlarm(planned);
    // The late alarm re-plans from the return: Monday 10:05, and nothing is due.
    await eventually(async () => expect(await alarmTime()).toBe(Date.UTC(2026, 10, 30, 10, 5)));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect((await allBreaks()).filter((b) => (b.seconds ?? 0) > 90 * 60)).toEqual([]);
    await importHistory([{ id: 'r1', at: '2026-11-27T10:00:00Z', time: Date.UTC(2026, 10, 27, 10), kind: 'routine', routineId: 'neck-rolls', completed: true }], []);
    const parsed = parseHistoryFile(serializeHistory(toHistoryFile(await allBreaks(), [], monday)), monday);
    expect(parsed.ok).toBe(true);
  });
});

describe('Firefox for Android: no windows and no commands API', () => {
  const b = fakeBrowser as unknown as Record<string, unknown>;
  let saved: Record<string, unknown>;
  beforeEach(() => {
    saved = { windows: b.windows, commands: b.commands };
    b.windows = undefined;
    b.commands = undefined;
  });
  afterEach(() => void Object.assign(b, saved));

  it('the worker starts, answers the popup and a break still becomes due', async () => {
    expect(() => background.main()).not.toThrow();
    await eventually(async () => expect(await alarmTime()).toBe(MONDAY_10 + 60 * MIN));
    await expect(send({ type: 'resume' })).resolves.toBeUndefined();
    vi.setSystemTime(MONDAY_10 + 60 * MIN);
    await fireAlarm(MONDAY_10 + 60 * MIN);
    await eventually(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['break-due']));
    await eventually(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('!'));
  });
});

describe('an API missing that the worker expects everywhere', () => {
  it('without idle detection, the worker still answers the popup and plans the break', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const b = fakeBrowser as unknown as Record<string, unknown>;
    const idle = b.idle;
    b.idle = undefined;
    try {
      background.main();
      await eventually(async () => expect(await alarmTime()).toBe(MONDAY_10 + 60 * MIN));
      await send({ type: 'pause', until: MONDAY_10 + 30 * MIN });
      expect(await alarmTime()).toBe(MONDAY_10 + 90 * MIN);
      expect(error).toHaveBeenCalledWith('Unknot background:', expect.any(TypeError));
    } finally {
      b.idle = idle;
    }
  });
});

describe('a stale alarm after a break', () => {
  it('a routine finished as the alarm fires: no "time to get up" right after it, the next break one interval on', async () => {
    await startWorker();
    vi.setSystemTime(MONDAY_10 + 60 * MIN);
    // The alarm event is delivered while the routine's record is on its way.
    const alarm = fireAlarm(MONDAY_10 + 60 * MIN);
    await send({ type: 'record-break', fields: { kind: 'routine', routineId: 'desk-movement', completed: true, seconds: 150 } });
    await alarm;
    await eventually(async () => expect(await alarmTime()).toBe(MONDAY_10 + 120 * MIN));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect((await stored()).dueSince).toBeUndefined();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});

describe('"I moved" twice', () => {
  const moved = { type: 'record-break', fields: { kind: 'movement', completed: true } };
  it('two messages at once are one counted break', async () => {
    await startWorker();
    await Promise.all([send(moved), send(moved)]);
    expect(await dayTotals()).toEqual([{ day: '2026-11-23', counted: 1 }]);
    expect((await allBreaks()).map((b) => b.kind)).toEqual(['movement']);
  });

  it('a second click four minutes later is the same break; one after the natural-break length counts', async () => {
    await startWorker();
    await send(moved);
    vi.setSystemTime(MONDAY_10 + 4 * MIN);
    await send(moved);
    expect(await dayTotals()).toEqual([{ day: '2026-11-23', counted: 1 }]);
    vi.setSystemTime(MONDAY_10 + 9 * MIN);
    await send(moved);
    expect(await dayTotals()).toEqual([{ day: '2026-11-23', counted: 2 }]);
  });
});

describe('unchecked command values', () => {
  it.each([
    ['Number.MAX_VALUE', Number.MAX_VALUE],
    ['a year ahead', MONDAY_10 + 365 * 24 * 60 * MIN],
    ['in the past', MONDAY_10 - MIN],
    ['not a number', '2026-11-23T11:00'],
  ])('a pause until %s is refused and the plan stays', async (_name, until) => {
    await startWorker();
    await send({ type: 'pause', until });
    expect((await stored()).pausedUntil).toBeUndefined();
    expect(await alarmTime()).toBe(MONDAY_10 + 60 * MIN);
  });

  it('a command with a field it does not have is refused', async () => {
    await startWorker();
    await send({ type: 'skip', until: MONDAY_10 });
    expect(await allBreaks()).toEqual([]);
    expect(await alarmTime()).toBe(MONDAY_10 + 60 * MIN);
  });

  it('a pause for an hour is taken', async () => {
    await startWorker();
    await send({ type: 'pause', until: MONDAY_10 + 60 * MIN });
    expect((await stored()).pausedUntil).toBe(MONDAY_10 + 60 * MIN);
    expect(await alarmTime()).toBe(MONDAY_10 + 120 * MIN);
  });
});

describe('a clock that ran ahead and was corrected', () => {
  it('a stored plan a year ahead is reset from now when the browser starts', async () => {
    const yearAhead = MONDAY_10 + 365 * 24 * 60 * MIN;
    await fakeBrowser.storage.local.set({ schedule: { anchor: yearAhead, snoozes: 0 } });
    await fakeBrowser.runtime.onStartup.trigger();
    background.main();
    await eventually(async () => expect(await alarmTime()).toBe(MONDAY_10 + 60 * MIN));
  });
});

describe('a break still due at the end of the working day', () => {
  it('is dropped at 17:30 by its own alarm: no badge or notification overnight, the next break tomorrow', async () => {
    vi.setSystemTime(Date.UTC(2026, 10, 23, 16, 25));
    await startWorker();
    vi.setSystemTime(Date.UTC(2026, 10, 23, 17, 25));
    await fireAlarm(Date.UTC(2026, 10, 23, 17, 25));
    await eventually(async () => expect(await alarmTime()).toBe(Date.UTC(2026, 10, 23, 17, 30)));
    await eventually(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('!'));
    vi.setSystemTime(Date.UTC(2026, 10, 23, 17, 30));
    await fireAlarm(Date.UTC(2026, 10, 23, 17, 30));
    await eventually(async () => expect(await alarmTime()).toBe(Date.UTC(2026, 10, 24, 10, 0)));
    await eventually(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
    await eventually(async () => expect(await fakeBrowser.notifications.getAll()).toEqual({}));
  });
});

describe('a worker stopped after a snooze was saved, before the notification was cleared', () => {
  it('the next start takes the break notification down: nothing is due', async () => {
    // What the snooze wrote (no break due, snoozed until 10:10), and the notification it had no time to clear.
    await fakeBrowser.storage.local.set({ schedule: { anchor: MONDAY_10 - 60 * MIN, snoozes: 1, snoozedUntil: MONDAY_10 + 10 * MIN } });
    await fakeBrowser.notifications.create('break-due', { type: 'basic', title: 'Time for a break', message: '', iconUrl: 'icon.png' });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['break-due']);
    await startWorker();
    await eventually(async () => expect(await fakeBrowser.notifications.getAll()).toEqual({}));
    expect(await alarmTime()).toBe(MONDAY_10 + 10 * MIN);
  });
});
