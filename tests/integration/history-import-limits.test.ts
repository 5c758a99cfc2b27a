// Importing a large or hostile file through the platform: the size is checked before reading, and the history stays as it was.
import { describe, expect, it, vi } from 'vitest';
import { HISTORY_FORMAT } from '../../core/history-file';
import { allBreaks, dayTotals, daysOff, recordBreak, setDayOff } from '../../platform/history';
import { importHistoryFile } from '../../platform/history-transfer';

const snapshot = async () => ({ breaks: await allBreaks(), totals: await dayTotals(), daysOff: await daysOff() });

async function someHistory() {
  await recordBreak(Date.UTC(2026, 5, 1, 10), { kind: 'routine', routineId: 'calves', completed: true, seconds: 200 });
  await setDayOff('2026-12-24', true);
  return snapshot();
}

/** A Blob that only says how big it is: reading it fails the test. */
const sized = (size: number) => {
  const text = vi.fn(async () => ' '.repeat(1024));
  return { blob: { size, type: 'application/json', text } as unknown as Blob, text };
};

describe('importHistoryFile: a file too large to be a history', () => {
  it('a 3 GB file is refused from its size, without reading it, and nothing changes', async () => {
    const before = await someHistory();
    const { blob, text } = sized(3 * 1024 ** 3);
    expect(await importHistoryFile(blob)).toStrictEqual({ ok: false, problems: [{ path: '(file)', code: 'too-large' }], more: 0 });
    expect(text).not.toHaveBeenCalled();
    expect(await snapshot()).toStrictEqual(before);
  });

  it('a file of one byte over 50 MB is refused unread; one of exactly 50 MB is read', async () => {
    const over = sized(50 * 1024 * 1024 + 1);
    expect((await importHistoryFile(over.blob)).ok).toBe(false);
    expect(over.text).not.toHaveBeenCalled();
    const limit = sized(50 * 1024 * 1024);
    await importHistoryFile(limit.blob);
    expect(limit.text).toHaveBeenCalledTimes(1);
  });
});

describe('importHistoryFile: a file that cannot be read', () => {
  it('a file moved or changed after it was chosen (NotReadableError) is refused with a clear problem, and nothing changes', async () => {
    const before = await someHistory();
    const gone = { size: 100, text: async () => Promise.reject(new DOMException('The file could not be read', 'NotReadableError')) } as unknown as Blob;
    expect(await importHistoryFile(gone)).toStrictEqual({ ok: false, problems: [{ path: '(file)', code: 'not-readable', detail: 'NotReadableError' }], more: 0 });
    expect(await snapshot()).toStrictEqual(before);
  });
});

describe('importHistoryFile: a refused file', () => {
  it('passes on the first 100 problems and the count of the rest, and the history is unchanged', async () => {
    const before = await someHistory();
    const breaks = Array.from({ length: 500 }, (_, i) => ({ id: `b${i}`, at: 'yesterday', kind: 'natural' }));
    const file = new Blob([JSON.stringify({ format: HISTORY_FORMAT, version: 1, breaks, daysOff: ['2026-12-31'] })]);
    const result = await importHistoryFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(100);
    expect(result.problems[0]).toEqual({ path: 'breaks[0].at', code: 'not-offset-date' });
    expect(result.more).toBe(400);
    expect(await snapshot()).toStrictEqual(before);
  });

  it('a __proto__ break field is refused and pollutes nothing', async () => {
    const before = await someHistory();
    const text = `{"format":"${HISTORY_FORMAT}","version":1,"breaks":[{"id":"a","at":"2026-03-29T10:15:00+02:00","kind":"natural","__proto__":{"completed":true}}]}`;
    const result = await importHistoryFile(new Blob([text]));
    expect(result).toStrictEqual({ ok: false, problems: [{ path: 'breaks[0].__proto__', code: 'unknown-field', detail: '__proto__' }], more: 0 });
    expect(({} as Record<string, unknown>).completed).toBeUndefined();
    expect(await snapshot()).toStrictEqual(before);
  });
});
