// Fault injection at the history database: a failed open, an aborted transaction, a full disk. The history stays as it was and the next write works.
import { deleteDB, openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HISTORY_FORMAT } from '../../core/history-file';
import { DB_NAME } from '../../platform/history-db';
import { allBreaks, dayTotals, daysOff, deleteAllHistory, recordBreak, setDayOff } from '../../platform/history';
import { importHistoryFile } from '../../platform/history-transfer';
import { timezoneForEach } from '../support/tz';

timezoneForEach('UTC');
// A failed import is logged; the page shows it from the result.
beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => undefined));

const snapshot = async () => ({ breaks: await allBreaks(), totals: await dayTotals(), daysOff: await daysOff() });
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

async function someHistory() {
  await recordBreak(Date.UTC(2026, 5, 1, 10), { kind: 'routine', routineId: 'calves', completed: true, seconds: 200 });
  await recordBreak(Date.UTC(2026, 5, 1, 11), { kind: 'movement', completed: true });
  await setDayOff('2026-12-24', true);
  return snapshot();
}

/** A valid file of `n` counted breaks on two days, none of them in someHistory(). */
function validFile(n: number): Blob {
  const breaks = Array.from({ length: n }, (_, i) => ({
    id: `f${i}`,
    at: `2026-06-0${1 + (i % 2)}T09:${String(i % 60).padStart(2, '0')}:00+02:00`,
    kind: 'movement',
    completed: true,
  }));
  return new Blob([JSON.stringify({ format: HISTORY_FORMAT, version: 1, breaks, daysOff: ['2026-12-31'] })]);
}

/** Makes the `n`th call (from 1) of an object store method fail as `fail` says; the other calls run as usual. */
function failNthCall(method: 'add' | 'put', n: number, fail: (store: IDBObjectStore) => never | void) {
  const original = IDBObjectStore.prototype[method];
  let calls = 0;
  return vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
    if (++calls === n) fail(this);
    return original.apply(this, args);
  });
}

describe('IndexedDB cannot be opened', () => {
  it('a newer version on disk (VersionError): record rejects, import says not stored; once it is gone the next open works', async () => {
    const newer = await openDB(DB_NAME, 3);
    newer.close();
    await expect(recordBreak(Date.UTC(2026, 5, 1, 10), { kind: 'movement', completed: true })).rejects.toThrow();
    expect(await importHistoryFile(validFile(3))).toStrictEqual({ ok: true, stored: false, added: 0, total: 3 });
    await deleteDB(DB_NAME);
    await recordBreak(Date.UTC(2026, 5, 1, 10), { kind: 'movement', completed: true });
    expect(await allBreaks()).toHaveLength(1);
  });

  it('open throws at once: record rejects, and the next call opens afresh', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementationOnce(() => {
      throw new DOMException('Internal error opening backing store', 'UnknownError');
    });
    await expect(recordBreak(Date.UTC(2026, 5, 1, 10), { kind: 'movement', completed: true })).rejects.toThrow('backing store');
    await recordBreak(Date.UTC(2026, 5, 1, 11), { kind: 'movement', completed: true });
    expect(await allBreaks()).toHaveLength(1);
  });
});

describe('an import that fails in its transaction leaves the history exactly as before', () => {
  it.each([
    ['aborted halfway through the breaks', 'add' as const, 25, (store: IDBObjectStore) => store.transaction.abort()],
    ['QuotaExceededError on the 25th add', 'add' as const, 25, () => {
      throw quota();
    }],
    ['QuotaExceededError on the first add', 'add' as const, 1, () => {
      throw quota();
    }],
    ['aborted at the day totals, after every break was queued', 'put' as const, 1, (store: IDBObjectStore) => store.transaction.abort()],
    ['QuotaExceededError on the last day off', 'put' as const, 3, () => {
      throw quota();
    }],
  ])('%s: stored false, nothing changed, and the next import stores it all', async (_name, method, n, fail) => {
    const before = await someHistory();
    const spy = failNthCall(method, n, fail);
    expect(await importHistoryFile(validFile(50))).toStrictEqual({ ok: true, stored: false, added: 0, total: 50 });
    expect(await snapshot()).toStrictEqual(before);
    spy.mockRestore();
    expect(await importHistoryFile(validFile(50))).toStrictEqual({ ok: true, stored: true, added: 50, total: 50 });
    expect(await allBreaks()).toHaveLength(52);
  });
});

describe('recordBreak that fails rejects, so the page can tell the user, and stores nothing of the break', () => {
  it.each([
    ['QuotaExceededError on the add', 'add' as const, () => {
      throw quota();
    }],
    ['aborted after the break was added, at its day total', 'put' as const, (store: IDBObjectStore) => store.transaction.abort()],
    ['QuotaExceededError at its day total, after the break was added', 'put' as const, () => {
      throw quota();
    }],
  ])('%s', async (_name, method, fail) => {
    const before = await someHistory();
    failNthCall(method, 1, fail);
    await expect(recordBreak(Date.UTC(2026, 5, 1, 12), { kind: 'routine', routineId: 'calves', completed: true })).rejects.toThrow();
    vi.restoreAllMocks();
    expect(await snapshot()).toStrictEqual(before);
    // The next write works and counts right.
    await recordBreak(Date.UTC(2026, 5, 1, 13), { kind: 'movement', completed: true });
    expect((await dayTotals()).find((d) => d.day === '2026-06-01')?.counted).toBe(3);
  });
});

describe('deleting everything', () => {
  it('a delete that fails at the second store deletes nothing, rejects so the page can say so, and a retry deletes it all', async () => {
    const before = await someHistory();
    const original = IDBObjectStore.prototype.clear;
    let calls = 0;
    const spy = vi.spyOn(IDBObjectStore.prototype, 'clear').mockImplementation(function (this: IDBObjectStore) {
      if (++calls === 2) throw new DOMException('The transaction was aborted.', 'UnknownError');
      return original.call(this);
    });
    await expect(deleteAllHistory()).rejects.toThrow();
    expect(await snapshot()).toStrictEqual(before);
    spy.mockRestore();
    await deleteAllHistory();
    expect(await snapshot()).toStrictEqual({ breaks: [], totals: [], daysOff: [] });
  });
});

describe('days off', () => {
  it('a day off the browser refuses to store (QuotaExceededError) rejects, and the days off are as they were', async () => {
    const before = await someHistory();
    failNthCall('put', 1, () => {
      throw quota();
    });
    await expect(setDayOff('2026-12-31', true)).rejects.toThrow('quota');
    vi.restoreAllMocks();
    expect(await snapshot()).toStrictEqual(before);
    await setDayOff('2026-12-31', true);
    expect(await daysOff()).toEqual(['2026-12-24', '2026-12-31']);
  });
});
