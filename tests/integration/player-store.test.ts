// The routine player and the safety note in storage.local: 0.1's shapes kept, garbage ignored, refused saves keep the data.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PlayerState } from '../../core/player';
import { acceptSafety, loadPlayer, loadSafetyAccepted, savePlayer, watchPlayer } from '../../platform/player-store';
import { StorageWriteError, storageErrorMessageKey } from '../../platform/storage-error';
import { eventually } from '../support/eventually';

const NOW = Date.UTC(2026, 10, 30, 10, 0);
const local = async () => fakeBrowser.storage.local.get();
/** A neck-rolls routine in its second step, as Unknot 0.1 stores it. */
const STATE: PlayerState = { routineId: 'neck-rolls', phase: 'step', step: 1, stepStartedAt: NOW - 10_000, startedAt: NOW - 60_000, pausedMs: 0 };
const QUOTA = () => vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
async function freshPage() {
  vi.resetModules();
  return {
    ...(await import('../../platform/player-store')),
    loadStorageProblems: (await import('../../platform/storage-item')).loadStorageProblems,
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => vi.useRealTimers());

describe('the player from Unknot 0.1', () => {
  it('a routine another page saved in the 0.1 shape resumes as it was, and stays stored as it was', async () => {
    const stored = { writer: 'a-popup-of-0.1', state: STATE };
    await fakeBrowser.storage.local.set({ player: stored });
    const page = await freshPage();
    expect(await page.loadPlayer()).toEqual(STATE);
    expect(await page.loadStorageProblems()).toEqual([]);
    expect(await local()).toEqual({ player: stored });
  });

  it('a save writes the 0.1 shape, and saving nothing removes it', async () => {
    await savePlayer(STATE);
    expect((await local()).player).toEqual({ writer: expect.any(String), state: STATE });
    await savePlayer(undefined);
    // WXT may stamp the item's version beside it ("player$"); the player itself is gone.
    expect((await local()).player).toBeUndefined();
  });

  it("another page's save is seen, this page's own is not", async () => {
    const seen: (PlayerState | undefined)[] = [];
    const stop = watchPlayer((s) => seen.push(s));
    await savePlayer(STATE);
    const other = await freshPage();
    await other.savePlayer({ ...STATE, step: 2 });
    await eventually(() => expect(seen).toEqual([{ ...STATE, step: 2 }]));
    stop();
  });
});

describe('the safety note from Unknot 0.1', () => {
  it('an acknowledgement stored by 0.1 is kept', async () => {
    await fakeBrowser.storage.local.set({ safetyAccepted: true });
    const page = await freshPage();
    expect(await page.loadSafetyAccepted()).toBe(true);
    expect(await page.loadStorageProblems()).toEqual([]);
    expect(await local()).toEqual({ safetyAccepted: true });
  });

  it('is stored as 0.1 stores it', async () => {
    await acceptSafety();
    expect((await local()).safetyAccepted).toBe(true);
  });
});

describe('corrupt stored values', () => {
  it.each([
    ['not an object', 'garbage'],
    ['a state that is a string', { writer: 'x', state: 'garbage' }],
    ['a state with an unknown routine', { writer: 'x', state: { ...STATE, routineId: 'yoga' } }],
    ['a state with a text step', { writer: 'x', state: { ...STATE, step: 'two' } }],
  ])('a player that is %s is not resumed, with a warning', async (_title, garbage) => {
    await fakeBrowser.storage.local.set({ player: garbage });
    expect(await loadPlayer()).toBeUndefined();
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('player'), garbage);
  });

  it.each([['yes'], [1], [{ accepted: true }]])('a safety acknowledgement stored as %j asks again, with a warning', async (garbage) => {
    await fakeBrowser.storage.local.set({ safetyAccepted: garbage });
    expect(await loadSafetyAccepted()).toBe(false);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('safety'), garbage);
  });
});

describe('faults and other versions', () => {
  it('a full storage.local rejects a player save with an error the page can show, and keeps the stored routine', async () => {
    const stored = { writer: 'other', state: STATE };
    await fakeBrowser.storage.local.set({ player: stored });
    QUOTA();
    const error = await savePlayer({ ...STATE, step: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageWriteError);
    expect(storageErrorMessageKey(error)).toBe('storage_error_quota');
    expect(await local()).toEqual({ player: stored });
  });

  it('a refused removal keeps the stored routine too', async () => {
    const stored = { writer: 'other', state: STATE };
    await fakeBrowser.storage.local.set({ player: stored });
    vi.spyOn(fakeBrowser.storage.local, 'remove').mockRejectedValue(new Error('IO error'));
    await expect(savePlayer(undefined)).rejects.toBeInstanceOf(StorageWriteError);
    expect(await local()).toEqual({ player: stored });
  });

  it('a full storage.local rejects the safety acknowledgement with an error the page can show', async () => {
    QUOTA();
    await expect(acceptSafety()).rejects.toBeInstanceOf(StorageWriteError);
    expect(await local()).toEqual({});
  });

  it("a newer version's player is set aside, not lost, when this version saves over it", async () => {
    const newer = { writer: 'x', state: { ...STATE, phase: 'cool-down' } };
    await fakeBrowser.storage.local.set({ player: newer, player$: { v: 2 } });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const page = await freshPage();
    expect(await page.loadStorageProblems()).toEqual([{ key: 'local:player', stored: 2, expected: 1 }]);
    expect(await page.loadPlayer()).toBeUndefined();
    await page.savePlayer(undefined);
    expect(await local()).toEqual({ player$: { v: 1 }, 'player@v2': newer });
  });
});
