// A person's own backup always restores: what the app stored, exported to JSON, imports again identical (or clipped, and said so).
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exportedHistory, serializeHistory, toHistoryFile } from '../../core/history-export';
import { closeHistory } from '../../platform/history-db';
import { allBreaks, importHistory, recordBreak } from '../../platform/history';
import { importHistoryFile } from '../../platform/history-transfer';
import { timezoneForEach } from '../support/tz';

timezoneForEach('Europe/Berlin');

async function restoreOnFreshBrowser(text: string) {
  await closeHistory();
  globalThis.indexedDB = new IDBFactory();
  return importHistoryFile(new Blob([text]));
}

describe('restoring your own export', () => {
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
