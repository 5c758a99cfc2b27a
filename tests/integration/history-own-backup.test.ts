// A person's own backup always restores: what the app stored, exported to JSON, imports again identical (or clipped, and said so).
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { exportedHistory, serializeHistory, toHistoryFile } from '../../core/history-export';
import { closeHistory, DB_NAME } from '../../platform/history-db';
import { addDayOffRange, allBreaks, dayOffRanges, deleteAllHistory, importHistory, recordBreak, removeDayOffRange } from '../../platform/history';
import { downloadText } from '../../platform/download';
import { exportHistory, importHistoryFile } from '../../platform/history-transfer';
import { timezoneForEach } from '../support/tz';

timezoneForEach('Europe/Berlin');

// The download link needs a DOM; the test keeps the text the page would save instead.
vi.mock('../../platform/download', () => ({ downloadText: vi.fn() }));
const downloaded = () => vi.mocked(downloadText).mock.calls.at(-1)!;

async function restoreOnFreshBrowser(text: string) {
  await closeHistory();
  globalThis.indexedDB = new IDBFactory();
  return importHistoryFile(new Blob([text]));
}

describe('restoring your own export', () => {
  it('every record kind, its link to the reminder it answered, and ranges of days off come back; delete empties them', async () => {
    const due = await recordBreak(Date.parse('2026-12-02T10:00:00+01:00'), { kind: 'due' }, 'due-1');
    const snoozed = await recordBreak(Date.parse('2026-12-02T10:01:00+01:00'), { kind: 'snoozed', dueId: 'due-1' });
    await addDayOffRange({ from: '2026-12-28', to: '2027-01-01', label: 'Holiday' });
    await addDayOffRange({ from: '2026-02-02', to: '2026-02-06', label: 'Sick leave' });
    await addDayOffRange({ from: '2026-02-02', to: '2026-02-06', label: 'Flu' });
    await addDayOffRange({ from: '2026-05-01', to: '2026-05-01' });
    await removeDayOffRange({ from: '2026-05-01', to: '2026-05-01' });
    const ranges = [
      { from: '2026-02-02', to: '2026-02-06', label: 'Flu' },
      { from: '2026-12-28', to: '2027-01-01', label: 'Holiday' },
    ];
    expect(await dayOffRanges()).toEqual(ranges);
    await exportHistory('json', Date.parse('2026-12-02T18:00:00+01:00'));
    const text = downloaded()[2];
    expect(await restoreOnFreshBrowser(text)).toEqual({ ok: true, stored: true, added: 2, total: 2 });
    expect((await allBreaks()).toSorted((a, b) => a.time - b.time)).toEqual([due, snoozed]);
    expect(await dayOffRanges()).toEqual(ranges);
    await deleteAllHistory();
    expect(await dayOffRanges()).toEqual([]);
  });

  it('a break recorded at a millisecond (alarms and Date.now() have them) comes back identical', async () => {
    const time = Date.parse('2026-03-29T10:15:00.250+02:00');
    const record = await recordBreak(time, { kind: 'movement', completed: true });
    expect(record.time).toBe(Date.parse(record.at));
    const text = serializeHistory(toHistoryFile(await allBreaks(), [], time));
    expect(await restoreOnFreshBrowser(text)).toEqual({ ok: true, stored: true, added: 1, total: 1 });
    expect(await allBreaks()).toEqual([record]);
  });

  it('after a weekend asleep recorded a natural break of 234,300 seconds (main at 33f879a), the backup still restores', async () => {
    const MONDAY = Date.parse('2026-11-30T09:05:00+01:00');
    // The record as the old scheduler stored it, and one real routine so the backup matters.
    await importHistory(
      [
        { id: 'n1', at: '2026-11-27T16:00:00+01:00', time: Date.parse('2026-11-27T16:00:00+01:00'), kind: 'natural', seconds: 234_300 },
        { id: 'r1', at: '2026-11-27T10:00:00+01:00', time: Date.parse('2026-11-27T10:00:00+01:00'), kind: 'routine', routineId: 'neck-rolls', completed: true },
      ],
      [],
    );
    const exported = exportedHistory(await allBreaks(), [], MONDAY);
    expect(exported.clipped).toBe(1);
    const result = await restoreOnFreshBrowser(serializeHistory(exported.file));
    expect(result).toEqual({ ok: true, stored: true, added: 2, total: 2 });
    const back = await allBreaks();
    expect(back.find((b) => b.id === 'n1')?.seconds).toBe(86_400);
    expect(back.find((b) => b.id === 'r1')).toEqual({ id: 'r1', at: '2026-11-27T10:00:00+01:00', time: Date.parse('2026-11-27T10:00:00+01:00'), kind: 'routine', routineId: 'neck-rolls', completed: true });
  });
});

describe('exportHistory (the options page button)', () => {
  const stored = [
    { id: 'n1', at: '2026-11-27T16:00:00+01:00', time: Date.parse('2026-11-27T16:00:00+01:00'), kind: 'natural' as const, seconds: 234_300 },
    { id: 'old', at: '1970-01-01T01:00:00+01:00', time: 0, kind: 'movement' as const, completed: true },
    { id: 'r1', at: '2026-11-27T10:00:00+01:00', time: Date.parse('2026-11-27T10:00:00+01:00'), kind: 'routine' as const, routineId: 'neck-rolls' as const, completed: true },
  ];

  it.each(['json', 'csv'] as const)('%s: says what it clipped and left out, so the page can tell the user', async (format) => {
    await importHistory(stored, []);
    expect(await exportHistory(format, Date.parse('2026-11-30T09:05:00+01:00'))).toEqual({ leftOut: 1, clipped: 1 });
    const [name, type] = downloaded();
    expect([name, type]).toEqual(format === 'json' ? ['unknot-history-2026-11-30.json', 'application/json'] : ['unknot-breaks-2026-11-30.csv', 'text/csv']);
  });

  it('the saved JSON file restores on a fresh browser', async () => {
    await importHistory(stored, ['2026-12-24']);
    await exportHistory('json', Date.parse('2026-11-30T09:05:00+01:00'));
    expect(await restoreOnFreshBrowser(downloaded()[2])).toEqual({ ok: true, stored: true, added: 2, total: 2 });
  });

  it('rejects when the history cannot be read, so the page can say so', async () => {
    (await openDB(DB_NAME, 3)).close(); // a newer version on disk: this one cannot open it
    await expect(exportHistory('json')).rejects.toThrow();
  });
});
