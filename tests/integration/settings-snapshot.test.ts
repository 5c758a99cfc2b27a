// The popup and the break page show the settings the worker last computed (a snapshot it saves), and read the
// settings themselves only when there is no snapshot to trust.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { loadBreakView, watchBreakView } from '../../platform/break-view';
import { forgetPolicy } from '../../platform/policy';
import { saveSettings } from '../../platform/settings-store';
import { eventually } from '../support/eventually';

const stored = async () => (await fakeBrowser.storage.local.get('settingsView')).settingsView as Record<string, any> | undefined;
const build = () => fakeBrowser.runtime.getManifest().version;

beforeEach(() => {
  forgetPolicy();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('the worker saves what it uses', () => {
  it('at its start: the effective settings and the policy, its locks as a list', async () => {
    await fakeBrowser.storage.managed.set({ intervalMinutes: 45, locked: ['intervalMinutes'], organizationName: 'Example Corp' });
    await fakeBrowser.storage.sync.set({ 'settings.dailyGoal': 3 });
    background.main();
    await eventually(async () => expect(await stored()).toBeDefined());
    const snapshot = (await stored())!;
    expect(snapshot.build).toBe(build());
    expect(snapshot.settings.intervalMinutes).toBe(45);
    expect(snapshot.settings.dailyGoal).toBe(3);
    // Locking the interval locks the minute of the hour with it (LOCKED_TOGETHER).
    expect([...snapshot.policy.locked].sort()).toEqual(['breakAtMinute', 'intervalMinutes']);
    expect(snapshot.policy.organizationName).toBe('Example Corp');
  });

  it('again when the user changes a setting, and the break view follows it', async () => {
    background.main();
    await eventually(async () => expect(await stored()).toBeDefined());
    const seen = vi.fn();
    const stop = watchBreakView(seen);
    await saveSettings({ dailyGoal: 7 });
    await eventually(async () => expect((await stored())?.settings.dailyGoal).toBe(7));
    await eventually(() => expect(seen).toHaveBeenCalled());
    expect((await loadBreakView()).settings.dailyGoal).toBe(7);
    stop();
  });
});

describe('the break view', () => {
  const snapshot = (fields: Record<string, unknown> = {}) => ({
    build: build(),
    settings: { ...fields },
    policy: { values: {}, locked: ['dailyGoal'], ranges: {}, problems: [], present: true },
  });

  it('shows the snapshot as it is, its locks a set again', async () => {
    await fakeBrowser.storage.sync.set({ 'settings.dailyGoal': 2 });
    await fakeBrowser.storage.local.set({ settingsView: snapshot({ dailyGoal: 9 }) });
    const view = await loadBreakView();
    expect(view.settings.dailyGoal).toBe(9);
    expect(view.policy.locked.has('dailyGoal')).toBe(true);
  });

  // Built in the test (the manifest's version is there only then).
  it.each([
    ['none', () => undefined],
    ['one another build wrote', () => ({ ...snapshot({ dailyGoal: 9 }), build: '0.0.1' })],
    ['its locks not a list', () => ({ ...snapshot({ dailyGoal: 9 }), policy: { locked: {} } })],
    ['no settings in it', () => ({ build: build(), policy: { locked: [] } })],
    ['not an object', () => 'garbage'],
  ])('reads the settings themselves when the snapshot is %s', async (_what, make) => {
    await fakeBrowser.storage.sync.set({ 'settings.dailyGoal': 2 });
    const value = make();
    if (value !== undefined) await fakeBrowser.storage.local.set({ settingsView: value });
    const view = await loadBreakView();
    expect(view.settings.dailyGoal).toBe(2);
    expect(view.settings.intervalMinutes).toBe(60);
  });

  it('a snapshot that cannot be saved (storage full) is removed, so no page shows settings that no longer hold', async () => {
    background.main();
    await eventually(async () => expect(await stored()).toBeDefined());
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation((async (items: Record<string, unknown>) => {
      if ('settingsView' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    }) as never);
    await saveSettings({ dailyGoal: 5 });
    await eventually(async () => expect(await stored()).toBeUndefined());
    expect((await loadBreakView()).settings.dailyGoal).toBe(5);
  });
});
