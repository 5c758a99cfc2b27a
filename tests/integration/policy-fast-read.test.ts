// Pages that show settings do not wait for storage.managed; saves and the worker still do, so a lock always holds.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetPolicy, loadPolicy, POLICY_CACHE } from '../../platform/policy';
import { loadScheduleView, watchScheduleView } from '../../platform/schedule-view';
import { loadSettings, saveSettings } from '../../platform/settings-store';
import { eventually } from '../support/eventually';

const CACHED = { intervalMinutes: 45, locked: ['intervalMinutes'], organizationName: 'Example Corp' };
const STILL_WAITING = 'still waiting';

/** storage.managed.get() as Chrome's at document start: no answer until the test gives one. */
function managedAnswersLater() {
  let answer!: (raw: Record<string, unknown>) => void;
  const pending = new Promise<Record<string, unknown>>((resolve) => (answer = resolve));
  // The fake's typings offer only the callback form; the code under test uses the promise.
  const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(pending as never);
  return { answer, get };
}

/** `promise`'s value if it settles on microtasks alone (the fake browser's storage needs no more), else STILL_WAITING. */
const withoutTimers = <T>(promise: Promise<T>) => Promise.race([promise, new Promise<typeof STILL_WAITING>((resolve) => setImmediate(resolve, STILL_WAITING))]);

beforeEach(() => {
  forgetPolicy();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  forgetPolicy();
});

describe('a page showing settings does not wait for storage.managed', () => {
  it('the popup shows the last policy seen at once while storage.managed never answers, and still asks it', async () => {
    // setTimeout is fake and never advanced: a read that waits for the 100 ms timer never settles.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await fakeBrowser.storage.local.set({ [POLICY_CACHE]: CACHED });
    const { get } = managedAnswersLater();

    const policy = await withoutTimers(loadPolicy({ wait: false }));
    expect(policy).not.toBe(STILL_WAITING);
    expect(policy).toMatchObject({ present: true, organizationName: 'Example Corp', values: { intervalMinutes: 45 } });
    const view = await withoutTimers(loadScheduleView());
    expect(view).not.toBe(STILL_WAITING);
    expect(view).toMatchObject({ settings: { intervalMinutes: 45 }, policy: { organizationName: 'Example Corp' } });
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('with no policy ever seen, the page shows no policy at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    managedAnswersLater();
    const view = await withoutTimers(loadScheduleView());
    expect(view).not.toBe(STILL_WAITING);
    expect(view).toMatchObject({ settings: { intervalMinutes: 60 }, policy: { present: false } });
  });

  it('when storage.managed answers later with a new policy, the page is told to read again and shows it', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_CACHE]: { intervalMinutes: 45 } });
    const { answer } = managedAnswersLater();
    const changed = vi.fn();
    const stop = watchScheduleView(changed);
    expect((await loadScheduleView()).settings.intervalMinutes).toBe(45);
    expect(changed).not.toHaveBeenCalled();

    answer({ intervalMinutes: 30, locked: ['intervalMinutes'] });
    await eventually(() => expect(changed).toHaveBeenCalled());
    const view = await loadScheduleView();
    expect(view.settings.intervalMinutes).toBe(30);
    expect([...view.policy.locked]).toContain('intervalMinutes');
    stop();
  });
});

describe('a save and the worker still wait for storage.managed', () => {
  it('a lock known only from storage.managed (nothing cached) holds for a save made while the page shows no policy', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { answer } = managedAnswersLater();
    // The page shows no lock yet: nothing is cached and storage.managed has not answered.
    const shown = await withoutTimers(loadScheduleView());
    expect(shown).toMatchObject({ policy: { present: false, locked: new Set() } });

    const saving = saveSettings({ intervalMinutes: 30, dailyGoal: 3 });
    answer({ intervalMinutes: 45, locked: ['intervalMinutes'] });
    await saving;
    const stored = await fakeBrowser.storage.sync.get();
    // Each setting is its own storage.sync key, "settings.<name>".
    expect(stored['settings.intervalMinutes']).toBeUndefined();
    expect(stored['settings.dailyGoal']).toBe(3);
  });

  it('the worker applies a lock known only from storage.managed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await fakeBrowser.storage.sync.set({ intervalMinutes: 30 });
    const { answer } = managedAnswersLater();
    const loading = loadSettings();
    answer({ intervalMinutes: 45, locked: ['intervalMinutes'] });
    expect((await loading).intervalMinutes).toBe(45);
  });
});
