// How a due break shows itself (breakStyle) and what holds it back (waitForCalls: a tab playing sound), through the real worker.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { saveSettings } from '../../platform/settings-store';
import { eventually } from '../support/eventually';
import { timezoneForEach } from '../support/tz';

const MIN = 60_000;
const MONDAY_10 = Date.UTC(2026, 10, 23, 10, 0); // Monday 2026-11-23 10:00 UTC
const breakTabs = async () => (await fakeBrowser.tabs.query({})).filter((tab) => tab.url?.endsWith('/break.html'));

timezoneForEach('UTC');
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(MONDAY_10);
});
afterEach(() => vi.useRealTimers());

it.each([
  ['tab', 1, []],
  ['notification', 0, ['break-due']],
] as const)('breakStyle %s: %i break tab(s), notifications %j, badge set', async (style, tabs, notes) => {
  await saveSettings({ breakStyle: style });
  background.main();
  await eventually(async () => expect((await fakeBrowser.alarms.get('break-due'))?.scheduledTime).toBe(MONDAY_10 + 60 * MIN));
  vi.setSystemTime(MONDAY_10 + 60 * MIN);
  await fakeBrowser.alarms.onAlarm.trigger({ name: 'break-due', scheduledTime: MONDAY_10 + 60 * MIN, persistAcrossSessions: true });
  await eventually(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('!'));
  expect(await breakTabs()).toHaveLength(tabs);
  expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(notes);
});

it('a tab playing sound holds a due break: no notification, the alarm re-checks in a minute', async () => {
  background.main();
  await eventually(async () => expect((await fakeBrowser.alarms.get('break-due'))?.scheduledTime).toBe(MONDAY_10 + 60 * MIN));
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 7, audible: true }]) as never);
  vi.setSystemTime(MONDAY_10 + 60 * MIN);
  await fakeBrowser.alarms.onAlarm.trigger({ name: 'break-due', scheduledTime: MONDAY_10 + 60 * MIN, persistAcrossSessions: true });
  await eventually(async () => expect((await fakeBrowser.alarms.get('break-due'))?.scheduledTime).toBe(MONDAY_10 + 61 * MIN));
  expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ audible: true, muted: false });
  expect(await fakeBrowser.notifications.getAll()).toEqual({});
  expect(await fakeBrowser.action.getBadgeText({})).toBe('');
});
