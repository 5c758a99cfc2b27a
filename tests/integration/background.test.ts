// The background worker against the fake browser: alarm upkeep, notifications, commands, idle, bad settings.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { breaksBetween } from '../../platform/history';
import { eventually } from '../support/eventually';
import { timezoneForEach } from '../support/tz';

const MIN = 60_000;
const MONDAY_10 = Date.UTC(2026, 10, 23, 10, 0); // Monday 2026-11-23 10:00 UTC

async function startWorker() {
  background.main();
  await eventually(async () => expect(await fakeBrowser.alarms.get('break-due')).toBeDefined());
}
const alarmTime = async () => (await fakeBrowser.alarms.get('break-due'))?.scheduledTime;
const kinds = async () => (await breaksBetween(0, Number.MAX_SAFE_INTEGER)).map((b) => b.kind);
const fireAlarm = async (scheduledTime: number) =>
  fakeBrowser.alarms.onAlarm.trigger({ name: 'break-due', scheduledTime, persistAcrossSessions: true });
const idle = (fakeBrowser.idle as unknown as { onStateChanged: { trigger(s: string): Promise<unknown> } });

timezoneForEach('UTC');
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(MONDAY_10);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('background worker', () => {
  it('ensures break-due at worker start, one interval ahead', async () => {
    await startWorker();
    expect(await alarmTime()).toBe(MONDAY_10 + 60 * MIN);
    expect(fakeBrowser.idle.setDetectionInterval).toHaveBeenCalledWith(60);
  });

  it('re-creates a missing alarm when the worker starts again, keeping the plan', async () => {
    await startWorker();
    await fakeBrowser.alarms.clear('break-due');
    vi.setSystemTime(MONDAY_10 + 5 * MIN);
    await startWorker();
    expect(await alarmTime()).toBe(MONDAY_10 + 60 * MIN);
  });

  it('on break-due: notification, badge and a recorded due event', async () => {
    await startWorker();
    vi.setSystemTime(MONDAY_10 + 60 * MIN);
    await fireAlarm(MONDAY_10 + 60 * MIN);
    await eventually(async () => expect(await kinds()).toEqual(['due']));
    // The notification and the badge follow the record: waited for, as the worker may still be on its way.
    await eventually(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['break-due']));
    await eventually(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('!'));
    // While the break is due, the one alarm waits ten minutes to show it once more.
    expect(await alarmTime()).toBe(MONDAY_10 + 70 * MIN);
  });

  it('a break left unanswered for 10 minutes is shown once more, as a fresh notification, and never again', async () => {
    await startWorker();
    vi.setSystemTime(MONDAY_10 + 60 * MIN);
    await fireAlarm(MONDAY_10 + 60 * MIN);
    await eventually(async () => expect(await kinds()).toEqual(['due']));
    const clear = vi.spyOn(fakeBrowser.notifications, 'clear');
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    vi.setSystemTime(MONDAY_10 + 70 * MIN);
    await fireAlarm(MONDAY_10 + 70 * MIN);
    // Then the one alarm waits for the end of the working day (17:30) to drop the break.
    await eventually(async () => expect(await alarmTime()).toBe(Date.UTC(2026, 10, 23, 17, 30)));
    await eventually(async () => expect(create).toHaveBeenCalledTimes(1));
    expect(clear).toHaveBeenCalledBefore(create);
    await eventually(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['break-due']));
    await eventually(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('!'));
    // The same break, not a new one: nothing more in the history.
    expect(await kinds()).toEqual(['due']);
    // An alarm that fires again (a late duplicate) shows nothing more.
    vi.setSystemTime(MONDAY_10 + 80 * MIN);
    await fireAlarm(MONDAY_10 + 70 * MIN);
    await eventually(async () => expect(await alarmTime()).toBe(Date.UTC(2026, 10, 23, 17, 30)));
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('the history links each answer to its due break: a snooze, the due after it, the routine that ends it', async () => {
    await startWorker();
    vi.setSystemTime(MONDAY_10 + 60 * MIN);
    await fireAlarm(MONDAY_10 + 60 * MIN);
    await eventually(async () => expect(await kinds()).toEqual(['due']));
    vi.setSystemTime(MONDAY_10 + 61 * MIN);
    await fakeBrowser.runtime.sendMessage({ type: 'snooze' });
    await eventually(async () => expect(await kinds()).toEqual(['due', 'snoozed']));
    vi.setSystemTime(MONDAY_10 + 71 * MIN);
    await fireAlarm(MONDAY_10 + 71 * MIN);
    await eventually(async () => expect(await kinds()).toEqual(['due', 'snoozed', 'due']));
    vi.setSystemTime(MONDAY_10 + 74 * MIN);
    await fakeBrowser.runtime.sendMessage({ type: 'record-break', fields: { kind: 'routine', routineId: 'neck-rolls', completed: true } });
    await eventually(async () => expect(await kinds()).toHaveLength(4));
    const links = (await breaksBetween(0, Number.MAX_SAFE_INTEGER)).map((b) => [b.kind, b.id.startsWith('due-') ? b.id : '(own id)', b.dueId]);
    // 11:00 and 11:11 UTC in epoch ms, written out.
    expect(links).toEqual([
      ['due', 'due-1795431600000', undefined],
      ['snoozed', '(own id)', 'due-1795431600000'],
      ['due', 'due-1795432260000', 'due-1795431600000'],
      ['routine', '(own id)', 'due-1795432260000'],
    ]);
  });

  it('a break opened from its notification counts as answered: it is not shown again', async () => {
    await startWorker();
    vi.setSystemTime(MONDAY_10 + 60 * MIN);
    await fireAlarm(MONDAY_10 + 60 * MIN);
    await eventually(async () => expect(await kinds()).toEqual(['due']));
    vi.setSystemTime(MONDAY_10 + 62 * MIN);
    await fakeBrowser.notifications.onClicked.trigger('break-due');
    await eventually(async () => expect(await alarmTime()).toBe(Date.UTC(2026, 10, 23, 17, 30)));
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain('chrome-extension://test-extension-id/break.html');
  });

  it('snooze from the popup moves the alarm and clears the notification', async () => {
    await startWorker();
    vi.setSystemTime(MONDAY_10 + 60 * MIN);
    await fireAlarm(MONDAY_10 + 60 * MIN);
    await eventually(async () => expect(await kinds()).toEqual(['due']));
    vi.setSystemTime(MONDAY_10 + 61 * MIN);
    await fakeBrowser.runtime.sendMessage({ type: 'snooze' });
    await eventually(async () => expect(await alarmTime()).toBe(MONDAY_10 + 71 * MIN));
    await eventually(async () => expect(await fakeBrowser.notifications.getAll()).toEqual({}));
    await eventually(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
    expect(await kinds()).toEqual(['due', 'snoozed']);
  });

  it('snooze from the notification button works the same', async () => {
    await startWorker();
    vi.setSystemTime(MONDAY_10 + 60 * MIN);
    await fireAlarm(MONDAY_10 + 60 * MIN);
    await eventually(async () => expect(await kinds()).toEqual(['due']));
    vi.setSystemTime(MONDAY_10 + 61 * MIN);
    await fakeBrowser.notifications.onButtonClicked.trigger('break-due', 1);
    await eventually(async () => expect(await alarmTime()).toBe(MONDAY_10 + 71 * MIN));
    await eventually(async () => expect(await kinds()).toEqual(['due', 'snoozed']));
  });

  it('skip records it and plans one interval later', async () => {
    await startWorker();
    vi.setSystemTime(MONDAY_10 + 60 * MIN);
    await fireAlarm(MONDAY_10 + 60 * MIN);
    await eventually(async () => expect(await kinds()).toEqual(['due']));
    vi.setSystemTime(MONDAY_10 + 61 * MIN);
    await fakeBrowser.runtime.sendMessage({ type: 'skip' });
    await eventually(async () => expect(await alarmTime()).toBe(MONDAY_10 + 121 * MIN));
    expect(await kinds()).toEqual(['due', 'skipped']);
  });

  it('idle for the natural-break length records a natural break and re-plans from the return', async () => {
    await startWorker();
    vi.setSystemTime(MONDAY_10 + 20 * MIN);
    await idle.onStateChanged.trigger('locked');
    await eventually(async () => expect(await alarmTime()).toBeUndefined());
    vi.setSystemTime(MONDAY_10 + 30 * MIN);
    await idle.onStateChanged.trigger('active');
    await eventually(async () => expect(await alarmTime()).toBe(MONDAY_10 + 90 * MIN));
    expect(await kinds()).toEqual(['natural']);
  });

  it('a short idle changes nothing', async () => {
    await startWorker();
    vi.setSystemTime(MONDAY_10 + 20 * MIN);
    await idle.onStateChanged.trigger('idle');
    // Handled, not ignored: while the user is away no break is planned.
    await eventually(async () => expect(await alarmTime()).toBeUndefined());
    vi.setSystemTime(MONDAY_10 + 22 * MIN);
    await idle.onStateChanged.trigger('active');
    await eventually(async () => expect(await alarmTime()).toBe(MONDAY_10 + 60 * MIN));
    expect(await kinds()).toEqual([]);
  });

  it('invalid stored settings fall back field by field and do not crash the worker', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.sync.set({
      settings: { intervalMinutes: 'soon', workDays: 5, workHours: [{ start: '25:00', end: '26:00' }], snoozeMinutes: 30 },
    });
    await startWorker();
    expect(await alarmTime()).toBe(MONDAY_10 + 60 * MIN);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('intervalMinutes'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('workHours'));
  });

  it('valid stored fields are used next to invalid ones', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.sync.set({ settings: { intervalMinutes: 20, workDays: 'weekdays' } });
    await startWorker();
    expect(await alarmTime()).toBe(MONDAY_10 + 20 * MIN);
  });

  it('a corrupt schedule state starts afresh', async () => {
    await fakeBrowser.storage.local.set({ schedule: { anchor: 'yesterday', snoozes: -0.5 } });
    await startWorker();
    expect(await alarmTime()).toBe(MONDAY_10 + 60 * MIN);
  });

  it('a settings change re-plans', async () => {
    await startWorker();
    await fakeBrowser.storage.sync.set({ settings: { intervalMinutes: 30 } });
    await eventually(async () => expect(await alarmTime()).toBe(MONDAY_10 + 30 * MIN));
  });

  it('a failing IndexedDB does not stop the notification', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await startWorker();
    vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
      throw new Error('IndexedDB is disabled');
    });
    vi.setSystemTime(MONDAY_10 + 60 * MIN);
    await fireAlarm(MONDAY_10 + 60 * MIN);
    await eventually(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['break-due']));
  });

  it('opens the welcome page on install only, once, and never on update', async () => {
    await startWorker();
    const welcomeTabs = async () => (await fakeBrowser.tabs.query({})).filter((t) => t.url?.endsWith('/welcome.html'));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await eventually(async () => expect(await alarmTime()).toBeDefined());
    expect(await welcomeTabs()).toHaveLength(0);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await eventually(async () => expect(await welcomeTabs()).toHaveLength(1));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await eventually(async () => expect(await fakeBrowser.storage.local.get('welcomed')).toEqual({ welcomed: true }));
    expect(await welcomeTabs()).toHaveLength(1);
  });

  it('the keyboard shortcut opens the break page', async () => {
    await startWorker();
    await (fakeBrowser.commands.onCommand as unknown as { trigger(name: string): Promise<unknown> }).trigger('take-break');
    await eventually(async () => expect((await fakeBrowser.tabs.query({})).some((t) => t.url?.endsWith('/break.html'))).toBe(true));
  });
});
