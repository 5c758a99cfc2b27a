// The settings store: each setting saved on its own, Unknot 0.1's object migrated and kept, nothing of another version lost.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetPolicy } from '../../platform/policy';
import { loadSettings, onSettingsChanged, saveSettings } from '../../platform/settings-store';
import { StorageWriteError, storageErrorMessageKey } from '../../platform/storage-error';
import { storageProblemMessageKey } from '../../platform/storage-item';
import { eventually } from '../support/eventually';

const sync = async () => fakeBrowser.storage.sync.get();
/** A page or worker that starts now: a module instance of its own, which runs the migrations. */
async function freshPage() {
  vi.resetModules();
  const store = await import('../../platform/settings-store');
  const items = await import('../../platform/storage-item');
  return { ...store, loadStorageProblems: items.loadStorageProblems };
}

/** What Unknot 0.1 (33f879a) stores after a user changed every setting. */
const RELEASE_0_1 = {
  intervalMinutes: 45,
  workDays: ['mon', 'tue', 'wed', 'thu'],
  workHours: [
    { start: '08:00', end: '12:00' },
    { start: '13:00', end: '16:30' },
  ],
  snoozeMinutes: 15,
  maxSnoozes: 1,
  naturalBreakMinutes: 8,
  dailyGoal: 6,
  allowPause: false,
  enabledRoutines: ['neck-rolls', 'desk-movement'],
  sound: true,
  volume: 30,
};
/** What this version loads from 0.1's object: the settings added since (issue 11) keep their defaults. */
const LOADED_0_1 = {
  ...RELEASE_0_1,
  workHoursByDay: {},
  waitForCalls: true,
  maxWaitMinutes: 30,
  breakAtMinute: null,
  dailySkipLimit: null,
  breakStyle: 'notification',
  voiceGuidance: false,
  voiceName: '',
  voiceRate: 100,
};

beforeEach(() => {
  forgetPolicy();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('two pages saving settings at once keep both changes', () => {
  it('the welcome page saves the daily goal while the options page saves the interval', async () => {
    const welcome = await freshPage();
    const options = await freshPage();
    expect(welcome.saveSettings).not.toBe(options.saveSettings);
    await Promise.all([welcome.saveSettings({ dailyGoal: 3 }), options.saveSettings({ intervalMinutes: 30 })]);
    const settings = await (await freshPage()).loadSettings();
    expect(settings.dailyGoal).toBe(3);
    expect(settings.intervalMinutes).toBe(30);
  });

  it('quick saves of the same setting end with the last one', async () => {
    await Promise.all([saveSettings({ volume: 10 }), saveSettings({ volume: 20 }), saveSettings({ volume: 40 })]);
    expect((await loadSettings()).volume).toBe(40);
  });
});

describe('a save keeps the stored settings it does not know', () => {
  it('saving over a 0.1 object with a newer version\'s extra keys leaves the object and its unknown keys as they were', async () => {
    const stored = { ...RELEASE_0_1, breathingCoach: true, theme: 'dark' };
    await fakeBrowser.storage.sync.set({ settings: stored });
    const page = await freshPage();
    expect(await page.saveSettings({ dailyGoal: 3 })).toEqual([]);
    expect((await sync()).settings).toEqual(stored);
    expect(await page.loadSettings()).toEqual({ ...LOADED_0_1, dailyGoal: 3 });
    // Kept, not used, and not worth a warning.
    expect(console.warn).not.toHaveBeenCalledWith(expect.stringContaining('breathingCoach'));
  });

  it('a newer version\'s own setting items survive this version\'s saves', async () => {
    // A newer version on another browser of the same sync account added two settings.
    await fakeBrowser.storage.sync.set({ 'settings.breathingCoach': true, 'settings.theme': 'dark', 'settings.intervalMinutes': 50 });
    await saveSettings({ dailyGoal: 3, intervalMinutes: 40 });
    const after = await sync();
    expect(after['settings.breathingCoach']).toBe(true);
    expect(after['settings.theme']).toBe('dark');
    expect(after['settings.intervalMinutes']).toBe(40);
  });

  it('a setting a newer version stored in its new shape is not overwritten: the save says why, the other settings save', async () => {
    const newer = { ranges: [{ from: '09:00', to: '17:00' }], timezone: 'Europe/Berlin' };
    await fakeBrowser.storage.sync.set({ 'settings.workHours': newer, 'settings.workHours$': { v: 2 } });
    const problems = await saveSettings({ workHours: [{ start: '10:00', end: '18:00' }], dailyGoal: 5 });
    expect(problems).toEqual([{ name: 'workHours', reason: 'newer-version', detail: 'v2' }]);
    const after = await sync();
    expect(after['settings.workHours']).toEqual(newer);
    expect(after['settings.workHours$']).toEqual({ v: 2 });
    expect(after['settings.dailyGoal']).toBe(5);
    // This version runs on what it can read: the default working hours.
    expect((await loadSettings()).workHours).toEqual([{ start: '09:00', end: '17:30' }]);
  });

  it("a browser on the same account still on 0.1 rewriting its settings object erases none of this version's settings", async () => {
    await saveSettings({ intervalMinutes: 40, dailyGoal: 3 });
    const mine = await sync();
    // Unknot 0.1's save: its validated copy of the object, written back whole.
    await fakeBrowser.storage.sync.set({ settings: { ...RELEASE_0_1, dailyGoal: 8 } });
    const after = await sync();
    for (const key of Object.keys(mine)) expect(after[key], key).toEqual(mine[key]);
    expect(await loadSettings()).toMatchObject({ intervalMinutes: 40, dailyGoal: 3 });
  });

  it('invalid and locked changes are not saved and come back as problems', async () => {
    await fakeBrowser.storage.managed.set({ locked: ['sound'] });
    const problems = await saveSettings({ dailyGoal: 99, sound: true, volume: 50 });
    expect(problems).toEqual([expect.objectContaining({ name: 'dailyGoal', reason: 'out-of-range' })]);
    const after = await sync();
    expect(Object.keys(after).sort()).toEqual(['settings.volume']);
  });
});

describe('policy ranges', () => {
  it('a change outside the bounds is not saved and comes back as what the organization allows; one within them is', async () => {
    await fakeBrowser.storage.managed.set({ ranges: { intervalMinutes: { min: 45, max: 90 }, dailySkipLimit: { max: 5 } } });
    const page = await freshPage();
    expect(await page.saveSettings({ intervalMinutes: 120, dailySkipLimit: null, volume: 50 })).toEqual([
      { name: 'intervalMinutes', reason: 'policy-range', detail: '45–90' },
      { name: 'dailySkipLimit', reason: 'policy-max', detail: '5' },
    ]);
    expect(Object.keys(await sync()).sort()).toEqual(['settings.volume']);
    expect(await page.saveSettings({ intervalMinutes: 90, dailySkipLimit: 5 })).toEqual([]);
    expect(await page.loadSettings()).toMatchObject({ intervalMinutes: 90, dailySkipLimit: 5, volume: 50 });
  });
});

describe('breakAtMinute over a policy preset (more in settings-cadence-store.test.ts)', () => {
  it('saving null for breakAtMinute over a policy preset of 50 gives the interval cadence, on this page and the next', async () => {
    await fakeBrowser.storage.managed.set({ breakAtMinute: 50 });
    const page = await freshPage();
    expect((await page.loadSettings()).breakAtMinute).toBe(50);
    expect(await page.saveSettings({ breakAtMinute: null })).toEqual([]);
    expect((await page.loadSettings()).breakAtMinute).toBeNull();
    expect((await (await freshPage()).loadSettings()).breakAtMinute).toBeNull();
    // Stored as a value of its own: WXT removes a key set to null, which would let the preset back in.
    expect(await sync()).toHaveProperty(['settings.breakAtMinute'], 'none');
  });

  it('locking intervalMinutes refuses a user\'s breakAtMinute save', async () => {
    await fakeBrowser.storage.managed.set({ intervalMinutes: 45, breakAtMinute: 50, locked: ['intervalMinutes'] });
    const page = await freshPage();
    await page.saveSettings({ breakAtMinute: 10 });
    expect(await sync()).not.toHaveProperty(['settings.breakAtMinute']);
    expect((await page.loadSettings()).breakAtMinute).toBe(50);
  });
});

describe('the migration from Unknot 0.1\'s one settings object', () => {
  it('copies every setting into its own item, keeps the object for a browser still on 0.1, and loses nothing', async () => {
    await fakeBrowser.storage.sync.set({ settings: RELEASE_0_1 });
    const page = await freshPage();
    expect(await page.loadStorageProblems()).toEqual([]);
    const after = await sync();
    for (const [name, value] of Object.entries(RELEASE_0_1)) expect(after[`settings.${name}`], name).toEqual(value);
    expect(after.settings).toEqual(RELEASE_0_1);
    expect(after.settings$).toEqual({ v: 2 });
    expect(await page.loadSettings()).toEqual(LOADED_0_1);
  });

  it('settings apply while the migration has not finished', async () => {
    await fakeBrowser.storage.sync.set({ settings: RELEASE_0_1 });
    // The migration's write never completes (a stalled sync service).
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockReturnValue(new Promise(() => undefined) as never);
    const page = await freshPage();
    expect(await page.loadSettings()).toEqual(LOADED_0_1);
  });

  it('does not overwrite a setting another browser on the account already migrated and changed', async () => {
    await fakeBrowser.storage.sync.set({ settings: RELEASE_0_1, 'settings.intervalMinutes': 90 });
    const page = await freshPage();
    await page.loadStorageProblems();
    expect((await sync())['settings.intervalMinutes']).toBe(90);
    expect((await page.loadSettings()).intervalMinutes).toBe(90);
    expect((await page.loadSettings()).dailyGoal).toBe(6);
  });

  it('keeps the valid fields of a partly invalid 0.1 object and warns about the others', async () => {
    await fakeBrowser.storage.sync.set({ settings: { intervalMinutes: 'soon', dailyGoal: 7, workDays: 5 } });
    const page = await freshPage();
    await page.loadStorageProblems();
    const after = await sync();
    expect(after['settings.dailyGoal']).toBe(7);
    expect(after['settings.intervalMinutes']).toBeUndefined();
    const settings = await page.loadSettings();
    expect(settings.dailyGoal).toBe(7);
    expect(settings.intervalMinutes).toBe(60);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('"intervalMinutes"'));
  });

  it('a failed migration keeps the 0.1 object unchanged, runs on its settings, says so, and succeeds at the next start', async () => {
    await fakeBrowser.storage.sync.set({ settings: RELEASE_0_1 });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    const page = await freshPage();
    const problems = await page.loadStorageProblems();
    expect(problems).toEqual([{ key: 'sync:settings', stored: 1, expected: 2 }]);
    expect(problems.map(storageProblemMessageKey)).toEqual(['storage_problem_migration']);
    expect(error).toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('could not be migrated'));
    expect(await sync()).toEqual({ settings: RELEASE_0_1 });
    expect(await page.loadSettings()).toEqual(LOADED_0_1);

    set.mockRestore();
    const next = await freshPage();
    expect(await next.loadStorageProblems()).toEqual([]);
    expect((await sync())['settings.volume']).toBe(30);
  });

  it('a settings layout from a newer version is kept as it is, and listed', async () => {
    await fakeBrowser.storage.sync.set({ settings: RELEASE_0_1, settings$: { v: 3 } });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const page = await freshPage();
    const problems = await page.loadStorageProblems();
    expect(problems).toEqual([{ key: 'sync:settings', stored: 3, expected: 2 }]);
    expect(problems.map(storageProblemMessageKey)).toEqual(['storage_problem_newer']);
    expect(await sync()).toEqual({ settings: RELEASE_0_1, settings$: { v: 3 } });
    expect(await page.loadSettings()).toEqual(LOADED_0_1);
  });
});

describe('faults', () => {
  it('a full storage.sync rejects the save with an error the page can show, and keeps what was stored', async () => {
    await saveSettings({ dailyGoal: 5 });
    const before = await sync();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const saving = saveSettings({ dailyGoal: 8, intervalMinutes: 90 });
    await expect(saving).rejects.toBeInstanceOf(StorageWriteError);
    expect(storageErrorMessageKey(await saving.catch((e: unknown) => e))).toBe('storage_error_quota');
    expect(await sync()).toEqual(before);
  });

  it('another refusal is shown as a failed save, not as a full storage', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('IO error: .../LOCK: Resource temporarily unavailable'));
    const error = await saveSettings({ dailyGoal: 8 }).catch((e: unknown) => e);
    expect(storageErrorMessageKey(error)).toBe('storage_error_write');
  });

  it.each([
    ['a string', 'garbage'],
    ['an array', [1, 2, 3]],
    ['a number', 42],
  ])('a stored settings object that is %s is ignored with a warning', async (_kind, garbage) => {
    await fakeBrowser.storage.sync.set({ settings: garbage, 'settings.dailyGoal': 9 });
    const settings = await loadSettings();
    expect(settings.dailyGoal).toBe(9);
    expect(settings.intervalMinutes).toBe(60);
    expect(console.warn).toHaveBeenCalled();
  });

  it('garbage in single setting items falls back field by field and never throws', async () => {
    await fakeBrowser.storage.sync.set({
      'settings.intervalMinutes': 'sixty',
      'settings.workDays': { mon: true },
      'settings.workHours': [{ start: '25:00', end: '26:00' }],
      'settings.volume': 20,
    });
    const settings = await loadSettings();
    expect(settings).toMatchObject({ intervalMinutes: 60, workDays: ['mon', 'tue', 'wed', 'thu', 'fri'], volume: 20 });
    expect(settings.workHours).toEqual([{ start: '09:00', end: '17:30' }]);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('"workHours"'));
  });
});

describe('onSettingsChanged', () => {
  it('tells a page once for a save of several settings, and for a save by another page', async () => {
    const listener = vi.fn();
    const stop = onSettingsChanged(listener);
    await saveSettings({ dailyGoal: 3, volume: 20, sound: true });
    await eventually(() => expect(listener).toHaveBeenCalledTimes(1));
    await (await freshPage()).saveSettings({ intervalMinutes: 30 });
    await eventually(() => expect(listener).toHaveBeenCalledTimes(2));
    stop();
    const later = vi.fn();
    const stopLater = onSettingsChanged(later);
    await saveSettings({ dailyGoal: 4 });
    await eventually(() => expect(later).toHaveBeenCalledTimes(1));
    expect(listener).toHaveBeenCalledTimes(2);
    stopLater();
  });

  it('tells a page when the administrator\'s policy changes', async () => {
    const listener = vi.fn();
    const stop = onSettingsChanged(listener);
    await fakeBrowser.storage.managed.set({ intervalMinutes: 45 });
    await eventually(() => expect(listener).toHaveBeenCalled());
    stop();
  });
});
