// The IndexedDB version 1 → 2 step, on a real version 1 database: every record kept with its written day, totals right, days off ready.
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { BreakRecord } from '../../core/breaks';
import { closeHistory, DB_NAME, openHistory } from '../../platform/history-db';
import { allBreaks, breaksOnDays, dayTotals, daysOff, recordBreak, setDayOff } from '../../platform/history';
import { timezoneForEach } from '../support/tz';

// The machine's zone differs from the zones the breaks were written in: the day must come from `at`.
timezoneForEach('Asia/Tokyo');

const r = (id: string, at: string, fields: Partial<BreakRecord> & Pick<BreakRecord, 'kind'>): BreakRecord => ({ id, at, time: Date.parse(at), ...fields });

/** Version 1 records, each with the day it was lived (its written date), worked out by hand. */
const V1: [record: BreakRecord, day: string][] = [
  [r('late-ny', '2026-03-01T23:30:00-05:00', { kind: 'routine', routineId: 'calves', completed: true, seconds: 120 }), '2026-03-01'], // 03-02 in UTC
  [r('early-tokyo', '2026-03-02T00:30:00+09:00', { kind: 'movement', completed: true }), '2026-03-02'], // 03-01 in UTC
  [r('utc', '2026-03-01T10:00:00Z', { kind: 'natural', seconds: 300 }), '2026-03-01'],
  [r('unfinished', '2026-03-29T03:30:00+02:00', { kind: 'routine', routineId: 'neck-rolls', completed: false }), '2026-03-29'],
  [r('fall-back-1', '2026-10-25T02:30:00+02:00', { kind: 'movement', completed: true }), '2026-10-25'],
  [r('fall-back-2', '2026-10-25T02:30:00+01:00', { kind: 'routine', routineId: 'jaw-release', completed: true }), '2026-10-25'],
  [r('due', '2026-03-02T09:00:00+01:00', { kind: 'due' }), '2026-03-02'],
  [r('snoozed', '2026-03-02T09:01:00+01:00', { kind: 'snoozed' }), '2026-03-02'],
  [r('skipped', '2026-03-02T10:00:00+01:00', { kind: 'skipped', routineId: 'calves' }), '2026-03-02'],
];
/** Completed routine and movement breaks per written day. */
const TOTALS = { '2026-03-01': 1, '2026-03-02': 1, '2026-10-25': 2 };

/** A version 1 database as Unknot 0.1 created it: one store keyed by id, indexed by time, no day field. */
async function createV1(records: readonly BreakRecord[]) {
  const db = await openDB(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore('breaks', { keyPath: 'id' }).createIndex('by-time', 'time');
    },
  });
  for (const record of records) await db.add('breaks', record);
  db.close();
}

/** The rows exactly as stored, read without the app's code. */
async function rawRows() {
  await closeHistory();
  const db = await openDB(DB_NAME);
  const rows = { version: db.version, stores: [...db.objectStoreNames].sort(), breaks: await db.getAll('breaks'), indexes: [...db.transaction('breaks').store.indexNames].sort() };
  db.close();
  return rows;
}

describe('IndexedDB version 1 → 3 (2 added days, 3 ranges of days off)', () => {
  it('keeps every record, gives each the day written in its at, and indexes it by day', async () => {
    await createV1(V1.map(([record]) => record));
    expect((await openHistory()).version).toBe(3);
    const raw = await rawRows();
    expect(raw.version).toBe(3);
    expect(raw.stores).toEqual(['breaks', 'dayOffRanges', 'days', 'daysOff']);
    expect(raw.indexes).toEqual(['by-day', 'by-time']);
    expect(new Map(raw.breaks.map((b) => [b.id, b]))).toEqual(new Map(V1.map(([record, day]) => [record.id, { ...record, day }])));
    for (const [record, day] of V1) expect((await breaksOnDays(day, day)).map((b) => b.id)).toContain(record.id);
    expect((await breaksOnDays('2026-03-01', '2026-03-01')).map((b) => b.id).sort()).toEqual(['late-ny', 'utc']);
    expect((await allBreaks()).toSorted((a, b) => a.id.localeCompare(b.id))).toEqual(V1.map(([record]) => record).toSorted((a, b) => a.id.localeCompare(b.id)));
  });

  it('builds the day totals from the old records: completed routines and movement breaks per written day', async () => {
    await createV1(V1.map(([record]) => record));
    expect(Object.fromEntries((await dayTotals()).map((d) => [d.day, d.counted]))).toEqual(TOTALS);
  });

  it('creates the days-off store, empty and ready', async () => {
    await createV1(V1.map(([record]) => record));
    expect(await daysOff()).toEqual([]);
    await setDayOff('2026-12-24', true);
    expect(await daysOff()).toEqual(['2026-12-24']);
  });

  it('runs once: opening again does not count the old records twice, and new breaks add to the totals', async () => {
    await createV1(V1.map(([record]) => record));
    await openHistory();
    await closeHistory();
    await recordBreak(Date.parse('2026-10-25T12:00:00+01:00'), { kind: 'movement', completed: true });
    expect(Object.fromEntries((await dayTotals()).map((d) => [d.day, d.counted]))).toEqual({ ...TOTALS, '2026-10-25': 3 });
    expect(await allBreaks()).toHaveLength(V1.length + 1);
  });

  it('upgrades an empty version 1 database', async () => {
    await createV1([]);
    expect((await openHistory()).version).toBe(3);
    expect(await allBreaks()).toEqual([]);
    expect(await dayTotals()).toEqual([]);
    expect((await rawRows()).stores).toEqual(['breaks', 'dayOffRanges', 'days', 'daysOff']);
  });
});
