// The issue-11 settings in storage, beyond settings-store.test.ts: a user's null stays their choice, the new settings round-trip, the cadence locks as one.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetPolicy } from '../../platform/policy';

const sync = async () => fakeBrowser.storage.sync.get();
/** A page or worker that starts now: a module instance of its own, reading storage afresh. */
async function freshPage() {
  vi.resetModules();
  return import('../../platform/settings-store');
}

beforeEach(() => {
  forgetPolicy();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('a user\'s "none" is their choice, distinct from no choice at all', () => {
  it('a minute of the user\'s own, then null again: null wins over the preset', async () => {
    await fakeBrowser.storage.managed.set({ breakAtMinute: 50 });
    const page = await freshPage();
    await page.saveSettings({ breakAtMinute: 25 });
    expect((await page.loadSettings()).breakAtMinute).toBe(25);
    await page.saveSettings({ breakAtMinute: null });
    expect((await page.loadSettings()).breakAtMinute).toBeNull();
  });

  it('saving null for dailySkipLimit over a policy preset of 3 gives no limit', async () => {
    await fakeBrowser.storage.managed.set({ dailySkipLimit: 3 });
    const page = await freshPage();
    expect((await page.loadSettings()).dailySkipLimit).toBe(3);
    expect(await page.saveSettings({ dailySkipLimit: null })).toEqual([]);
    expect((await (await freshPage()).loadSettings()).dailySkipLimit).toBeNull();
  });

  it('"none" stored for a setting that cannot be none is an invalid value: the default, with a warning', async () => {
    await fakeBrowser.storage.sync.set({ 'settings.maxWaitMinutes': 'none', 'settings.dailyGoal': 'none' });
    const settings = await (await freshPage()).loadSettings();
    expect(settings.maxWaitMinutes).toBe(30);
    expect(settings.dailyGoal).toBe(4);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('"maxWaitMinutes"'));
  });
});

describe('the new settings save and load like the others', () => {
  it('waitForCalls, maxWaitMinutes, breakStyle and a skip limit round-trip', async () => {
    const page = await freshPage();
    const changes = { waitForCalls: false, maxWaitMinutes: 45, breakStyle: 'tab', dailySkipLimit: 0, breakAtMinute: 0 } as const;
    expect(await page.saveSettings(changes)).toEqual([]);
    expect(await (await freshPage()).loadSettings()).toMatchObject(changes);
  });

  it('invalid values are not saved and come back with their reasons', async () => {
    const page = await freshPage();
    const problems = await page.saveSettings({
      waitForCalls: 'yes' as never,
      maxWaitMinutes: 90,
      breakAtMinute: 60,
      dailySkipLimit: 2.5,
      breakStyle: 'popup' as never,
    });
    expect(problems).toEqual([
      { name: 'waitForCalls', reason: 'not-boolean', detail: 'true, false' },
      { name: 'maxWaitMinutes', reason: 'out-of-range', detail: '5–60' },
      { name: 'breakAtMinute', reason: 'out-of-range', detail: '0–59' },
      { name: 'dailySkipLimit', reason: 'not-a-number', detail: '0–20' },
      { name: 'breakStyle', reason: 'not-a-choice', detail: 'notification, tab' },
    ]);
    expect(await sync()).toEqual({});
  });
});

describe('the cadence is one choice: locking intervalMinutes locks breakAtMinute', () => {
  it('a minute the user chose before the lock gives way to the locked interval cadence', async () => {
    await fakeBrowser.storage.sync.set({ 'settings.breakAtMinute': 20 });
    await fakeBrowser.storage.managed.set({ intervalMinutes: 45, locked: ['intervalMinutes'] });
    const settings = await (await freshPage()).loadSettings();
    expect(settings.intervalMinutes).toBe(45);
    expect(settings.breakAtMinute).toBeNull();
  });

  it('locking breakAtMinute locks the interval too', async () => {
    await fakeBrowser.storage.managed.set({ breakAtMinute: 55, locked: ['breakAtMinute'] });
    const page = await freshPage();
    await page.saveSettings({ intervalMinutes: 30, breakAtMinute: null });
    expect(await sync()).toEqual({});
    expect(await page.loadSettings()).toMatchObject({ intervalMinutes: 60, breakAtMinute: 55 });
  });
});
