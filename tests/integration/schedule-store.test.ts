// The scheduler's stored state: 0.1's shape read as it is, garbage started afresh, refused saves keep the state.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadScheduleState, onScheduleChanged, saveScheduleState } from '../../platform/schedule-store';
import { StorageWriteError, storageErrorMessageKey } from '../../platform/storage-error';
import { eventually } from '../support/eventually';

const NOW = Date.UTC(2026, 10, 30, 10, 0);
const MIN = 60_000;
const local = async () => fakeBrowser.storage.local.get();
async function freshWorker() {
  vi.resetModules();
  return {
    ...(await import('../../platform/schedule-store')),
    loadStorageProblems: (await import('../../platform/storage-item')).loadStorageProblems,
  };
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('the schedule state from Unknot 0.1', () => {
  it.each([
    ['a plain plan', { anchor: NOW - 20 * MIN, snoozes: 0 }],
    ['a due break, snoozed once', { anchor: NOW - 80 * MIN, snoozes: 1, dueSince: NOW - 20 * MIN, snoozedUntil: NOW + 5 * MIN }],
    ['a pause while away', { anchor: NOW - 5 * MIN, snoozes: 0, pausedUntil: NOW + 60 * MIN, awaySince: NOW - 2 * MIN }],
    ['a break deferred by fullscreen', { anchor: NOW - 70 * MIN, snoozes: 0, dueSince: NOW - 10 * MIN, deferredSince: NOW - 10 * MIN }],
  ])('%s is read as it was stored, and stays where it was', async (_title, stored) => {
    await fakeBrowser.storage.local.set({ schedule: stored });
    const worker = await freshWorker();
    expect(await worker.loadScheduleState(NOW)).toEqual(stored);
    expect(await worker.loadStorageProblems()).toEqual([]);
    expect(await local()).toEqual({ schedule: stored });
  });

  it('a save writes the same shape, without undefined fields', async () => {
    await saveScheduleState({ anchor: NOW, snoozes: 2, dueSince: undefined, pausedUntil: NOW + MIN });
    expect((await local()).schedule).toEqual({ anchor: NOW, snoozes: 2, pausedUntil: NOW + MIN });
  });
});

describe('corrupt stored state', () => {
  it.each([
    ['a string', 'garbage'],
    ['an array', [NOW, 0]],
    ['a wrong anchor', { anchor: 'yesterday', snoozes: 0 }],
    ['a fractional snooze count', { anchor: NOW, snoozes: 0.5 }],
    ['a pause without an end time', { anchor: NOW, snoozes: 0, pausedUntil: null }],
    // The store checks with core's rule, every field of it (it once had its own, shorter list).
    ['a negative snooze count', { anchor: NOW, snoozes: -1 }],
    ['an unknown reason to wait', { anchor: NOW, snoozes: 0, deferredSince: NOW - MIN, deferredBy: 'music' }],
    ['a "moved" time that is text', { anchor: NOW, snoozes: 0, movedAt: 'now' }],
    ['a skip count that is not one', { anchor: NOW, snoozes: 0, skipped: 3 }],
  ])('%s starts the interval afresh, with a warning', async (_title, garbage) => {
    await fakeBrowser.storage.local.set({ schedule: garbage });
    expect(await loadScheduleState(NOW)).toEqual({ anchor: NOW, snoozes: 0 });
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('schedule'), garbage);
  });

  it('nothing stored is a fresh start without a warning', async () => {
    expect(await loadScheduleState(NOW)).toEqual({ anchor: NOW, snoozes: 0 });
    expect(console.warn).not.toHaveBeenCalled();
  });
});

describe('faults and other versions', () => {
  it('a full storage.local rejects the save with an error the page can show, and keeps the stored state', async () => {
    const stored = { anchor: NOW - 10 * MIN, snoozes: 1 };
    await fakeBrowser.storage.local.set({ schedule: stored });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const error = await saveScheduleState({ anchor: NOW, snoozes: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageWriteError);
    expect(storageErrorMessageKey(error)).toBe('storage_error_quota');
    expect(await local()).toEqual({ schedule: stored });
  });

  it("a newer version's state is read as far as it can be, listed, and set aside (not lost) by the first save", async () => {
    const newer = { anchor: NOW - 10 * MIN, snoozes: 0, plan: { kind: 'adaptive' } };
    await fakeBrowser.storage.local.set({ schedule: newer, schedule$: { v: 2 } });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const worker = await freshWorker();
    expect(await worker.loadStorageProblems()).toEqual([{ key: 'local:schedule', stored: 2, expected: 1 }]);
    expect((await worker.loadScheduleState(NOW)).anchor).toBe(NOW - 10 * MIN);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('newer version'));
    await worker.saveScheduleState({ anchor: NOW, snoozes: 0 });
    expect(await local()).toEqual({ schedule: { anchor: NOW, snoozes: 0 }, schedule$: { v: 1 }, 'schedule@v2': newer });
    expect(await worker.loadStorageProblems()).toEqual([]);
  });

  it('onScheduleChanged tells a page about each save', async () => {
    const listener = vi.fn();
    const stop = onScheduleChanged(listener);
    await saveScheduleState({ anchor: NOW, snoozes: 0 });
    await eventually(() => expect(listener).toHaveBeenCalledTimes(1));
    stop();
  });
});
