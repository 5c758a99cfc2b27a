// Reading the administrator's policy: at once when storage.managed answers, the last one seen when it is slow.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetPolicy, loadPolicy, POLICY_CACHE } from '../../platform/policy';
import { eventually } from '../support/eventually';

const cached = async () => (await fakeBrowser.storage.local.get(POLICY_CACHE))[POLICY_CACHE];

beforeEach(() => {
  forgetPolicy();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  forgetPolicy();
});

describe('loadPolicy', () => {
  it('uses the policy storage.managed holds, and keeps it for a slow start', async () => {
    await fakeBrowser.storage.managed.set({ intervalMinutes: 45, locked: ['intervalMinutes'], organizationName: 'Example Corp' });
    const policy = await loadPolicy();
    expect(policy.values.intervalMinutes).toBe(45);
    // Locking the interval locks the cadence: breakAtMinute with it.
    expect([...policy.locked]).toEqual(['intervalMinutes', 'breakAtMinute']);
    expect(policy.organizationName).toBe('Example Corp');
    expect(await cached()).toEqual({ intervalMinutes: 45, locked: ['intervalMinutes'], organizationName: 'Example Corp' });
  });

  it('reads storage.managed once per start, however many callers ask', async () => {
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get');
    await Promise.all([loadPolicy(), loadPolicy(), loadPolicy()]);
    await loadPolicy();
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('treats a storage.managed that throws (Firefox without a policy) as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    const policy = await loadPolicy();
    expect(policy.present).toBe(false);
    expect(await cached()).toBeUndefined();
  });

  it('goes on with the last policy seen while storage.managed does not answer, and remembers the answer when it comes', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_CACHE]: { intervalMinutes: 45 } });
    let answer!: (raw: Record<string, unknown>) => void;
    const pending = new Promise<Record<string, unknown>>((resolve) => (answer = resolve));
    // The fake's typings offer only the callback form; the code under test uses the promise.
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(pending as never);

    expect((await loadPolicy()).values.intervalMinutes).toBe(45);
    answer({ intervalMinutes: 30 });
    await eventually(async () => expect(await cached()).toEqual({ intervalMinutes: 30 }));
    expect((await loadPolicy()).values.intervalMinutes).toBe(30);
  });

  it('asks storage.managed again after a policy change', async () => {
    await fakeBrowser.storage.managed.set({ intervalMinutes: 45 });
    expect((await loadPolicy()).values.intervalMinutes).toBe(45);
    await fakeBrowser.storage.managed.set({ intervalMinutes: 90 });
    expect((await loadPolicy()).values.intervalMinutes).toBe(45);
    forgetPolicy();
    expect((await loadPolicy()).values.intervalMinutes).toBe(90);
    expect(await cached()).toEqual({ intervalMinutes: 90 });
  });
});

describe("issue 11's keys from storage.managed", () => {
  it('a policy with a minute of the hour and an invalid longest wait: the values apply, the console says what was ignored and why no break comes', async () => {
    await fakeBrowser.storage.managed.set({ breakAtMinute: 5, workHours: [{ start: '09:10', end: '10:00' }], maxWaitMinutes: 90, dailySkipLimit: 2, locked: ['breakAtMinute'] });
    const policy = await loadPolicy();
    expect(policy.values).toEqual({ breakAtMinute: 5, workHours: [{ start: '09:10', end: '10:00' }], dailySkipLimit: 2 });
    expect([...policy.locked].sort()).toEqual(['breakAtMinute', 'intervalMinutes']);
    expect(policy.problems).toEqual([
      { name: 'maxWaitMinutes', reason: 'out-of-range', detail: '5–60' },
      { name: 'workHours', reason: 'no-break-at-minute', detail: '05' },
    ]);
    expect(console.warn).toHaveBeenCalledWith('Unknot: policy value "maxWaitMinutes" is ignored (out-of-range, expected 5–60).');
    expect(console.warn).toHaveBeenCalledWith('Unknot: the policy\'s working time ("workHours") never holds minute :05 of an hour, so no break can come.');
  });
});

describe('a failed storage.managed read never unlocks what the administrator locked', () => {
  const LOCKED = { allowPause: false, locked: ['allowPause'], organizationName: 'Example Corp' };
  const get = () => vi.spyOn(fakeBrowser.storage.managed, 'get');

  it('a policy service error keeps the last policy seen, locks included, and the cache as it was', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_CACHE]: LOCKED });
    get().mockRejectedValue(new Error('transient policy service error'));
    const policy = await loadPolicy();
    expect(policy.present).toBe(true);
    expect([...policy.locked]).toEqual(['allowPause']);
    expect(policy.values.allowPause).toBe(false);
    expect(await cached()).toEqual(LOCKED);
  });

  it('an error with no policy ever seen is no policy, and caches nothing', async () => {
    get().mockRejectedValue(new Error('transient policy service error'));
    expect((await loadPolicy()).present).toBe(false);
    expect(await cached()).toBeUndefined();
  });

  it('after an error the next read asks storage.managed again', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_CACHE]: LOCKED });
    get().mockRejectedValueOnce(new Error('transient policy service error'));
    await fakeBrowser.storage.managed.set({ intervalMinutes: 90, locked: ['intervalMinutes'] });
    expect((await loadPolicy()).values.allowPause).toBe(false);
    await eventually(async () => expect((await loadPolicy()).values.intervalMinutes).toBe(90));
    expect(await cached()).toEqual({ intervalMinutes: 90, locked: ['intervalMinutes'] });
  });

  it('Firefox\'s "Managed storage manifest not found" means the policy was removed', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_CACHE]: LOCKED });
    get().mockRejectedValue(new Error('Managed storage manifest not found'));
    const policy = await loadPolicy();
    expect(policy.present).toBe(false);
    expect(policy.locked.size).toBe(0);
    expect(await cached()).toEqual({});
  });

  it("Chrome's {} means the policy was removed", async () => {
    await fakeBrowser.storage.local.set({ [POLICY_CACHE]: LOCKED });
    get().mockResolvedValue({} as never);
    expect((await loadPolicy()).present).toBe(false);
    expect(await cached()).toEqual({});
  });

  it('a read that never answers keeps the locks of the last policy seen', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_CACHE]: LOCKED });
    get().mockReturnValue(new Promise(() => undefined) as never);
    const policy = await loadPolicy();
    expect([...policy.locked]).toEqual(['allowPause']);
    expect(policy.organizationName).toBe('Example Corp');
  });

  it('a full storage.local still applies the fresh policy, and keeps the cached one', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_CACHE]: LOCKED });
    await fakeBrowser.storage.managed.set({ dailyGoal: 7 });
    const warn = vi.mocked(console.warn);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect((await loadPolicy()).values.dailyGoal).toBe(7);
    expect(await cached()).toEqual(LOCKED);
    expect(warn.mock.calls.map((c) => String(c[1] ?? c[0])).join('\n')).toMatch(/quota/);
  });
});

describe('a corrupt policy cache never crashes', () => {
  const never = () => vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise(() => undefined) as never);

  it.each([['a string', 'garbage'], ['an array', ['allowPause']], ['a number', 7]])('a cache that is %s is no policy', async (_kind, garbage) => {
    await fakeBrowser.storage.local.set({ [POLICY_CACHE]: garbage });
    never();
    expect((await loadPolicy()).present).toBe(false);
  });

  it('a cache with one bad value keeps its locks and its other values', async () => {
    await fakeBrowser.storage.local.set({ [POLICY_CACHE]: { intervalMinutes: 'often', dailyGoal: 5, locked: ['dailyGoal'] } });
    never();
    const policy = await loadPolicy();
    expect(policy.values).toEqual({ dailyGoal: 5 });
    expect([...policy.locked]).toEqual(['dailyGoal']);
    expect(policy.problems).toEqual([expect.objectContaining({ name: 'intervalMinutes' })]);
  });
});
