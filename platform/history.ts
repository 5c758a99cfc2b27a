// Reading and writing the break history: record, query by time or day, import, delete.
import type { IDBPTransaction } from 'idb';
import { breakRecord, countsTowardGoal, type BreakRecord, type NewBreak } from '../core/breaks';
import { dayOfBreak } from '../core/day';
import { countByDay } from '../core/streaks';
import { SECOND } from '../core/time';
import type { DayOffRange } from '../core/history-file';
import { openHistory, type DayTotal, type HistorySchema, type StoredBreak, type StoredDayOffRange } from './history-db';

const stored = (record: BreakRecord): StoredBreak => ({ ...record, day: dayOfBreak(record.at) });

/** Drops the storage-only field, so callers see plain break records. */
const plain = ({ day: _day, ...record }: StoredBreak): BreakRecord => record;

type WriteStores = ('breaks' | 'days' | 'daysOff' | 'dayOffRanges')[];

/** A range's key: one range from one day to another is stored once; a new label replaces the old. */
const rangeKey = (range: DayOffRange) => `${range.from}..${range.to}`;
const storedRange = (range: DayOffRange): StoredDayOffRange => ({ ...range, key: rangeKey(range) });
const plainRange = ({ key: _key, ...range }: StoredDayOffRange): DayOffRange => range;
type WriteTransaction = IDBPTransaction<HistorySchema, WriteStores, 'readwrite'>;

/**
 * Marks a queued request's failure as handled at once: an abort rejects every request still queued,
 * and those nobody awaits yet must not surface as unhandled rejections. Awaiting it still throws.
 */
function handled<T>(request: Promise<T>): Promise<T> {
  request.catch(() => undefined);
  return request;
}

/**
 * Runs `work` in one read-write transaction: all of it is stored or, on any failure, none of it.
 * A request that throws at once (a bad key, a quota error raised synchronously) does not end the
 * transaction by itself, and what was queued before it would still commit: the transaction is
 * aborted so a failed write leaves the history exactly as it was.
 */
async function inTransaction<T>(stores: WriteStores, work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
  const db = await openHistory();
  const tx = db.transaction(stores, 'readwrite');
  // done rejects when the transaction aborts; it is awaited below on every path.
  tx.done.catch(() => undefined);
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
}

/**
 * Records a break at `time`, taken to the whole second: `at` names seconds, and the file carries
 * only `at`, so a stored millisecond would not survive export and import.
 */
export async function recordBreak(time: number, fields: NewBreak, id?: string): Promise<BreakRecord> {
  const record = breakRecord(id ?? crypto.randomUUID(), Math.floor(time / SECOND) * SECOND, fields);
  const value = stored(record);
  return inTransaction(['breaks', 'days'], async (tx) => {
    // A page that sends its routine run's id again (a retry, a second port) recorded it already.
    const existing = id === undefined ? undefined : await tx.objectStore('breaks').get(id);
    if (existing) return plain(existing);
    await tx.objectStore('breaks').add(value);
    if (countsTowardGoal(record)) {
      const days = tx.objectStore('days');
      const total = await days.get(value.day);
      await days.put({ day: value.day, counted: (total?.counted ?? 0) + 1 });
    }
    return record;
  });
}

/** Breaks with `from <= time < to`, oldest first. */
export async function breaksBetween(from: number, to: number): Promise<BreakRecord[]> {
  const db = await openHistory();
  const rows = await db.getAllFromIndex('breaks', 'by-time', IDBKeyRange.bound(from, to, false, true));
  return rows.map(plain);
}

/** Breaks whose local day is in `[fromDay, toDay]` ("YYYY-MM-DD"), read through the day index. */
export async function breaksOnDays(fromDay: string, toDay: string): Promise<BreakRecord[]> {
  const db = await openHistory();
  const rows = await db.getAllFromIndex('breaks', 'by-day', IDBKeyRange.bound(fromDay, toDay));
  return rows.map(plain);
}

export async function allBreaks(): Promise<BreakRecord[]> {
  const db = await openHistory();
  return (await db.getAll('breaks')).map(plain);
}

export async function dayTotals(): Promise<DayTotal[]> {
  const db = await openHistory();
  return db.getAll('days');
}

export async function daysOff(): Promise<string[]> {
  const db = await openHistory();
  return (await db.getAllKeys('daysOff')).sort();
}

export async function setDayOff(day: string, off: boolean): Promise<void> {
  const db = await openHistory();
  if (off) await db.put('daysOff', { day });
  else await db.delete('daysOff', day);
}

/**
 * Adds the breaks whose id is new and the days off, in one transaction: all of it or, on any
 * failure, none of it. Returns how many breaks were new.
 */
export async function importHistory(
  records: readonly BreakRecord[],
  offDays: readonly string[],
  offRanges: readonly DayOffRange[] = [],
): Promise<number> {
  return inTransaction(['breaks', 'days', 'daysOff', 'dayOffRanges'], async (tx) => {
    const breaks = tx.objectStore('breaks');
    const existing = new Set(await breaks.getAllKeys());
    const fresh: BreakRecord[] = [];
    // Requests queue in order without waiting for each other; the first failure aborts them all.
    const writes: Promise<unknown>[] = [];
    const queue = (request: Promise<unknown>) => writes.push(handled(request));
    for (const record of records) {
      if (existing.has(record.id)) continue;
      existing.add(record.id);
      fresh.push(record);
      queue(breaks.add(stored(record)));
    }
    const added = countByDay(fresh);
    const days = tx.objectStore('days');
    const totals = await Promise.all([...added.keys()].map((day) => days.get(day)));
    for (const [i, [day, counted]] of [...added].entries()) {
      queue(days.put({ day, counted: (totals[i]?.counted ?? 0) + counted }));
    }
    const off = tx.objectStore('daysOff');
    for (const day of offDays) queue(off.put({ day }));
    const ranges = tx.objectStore('dayOffRanges');
    for (const range of offRanges) queue(ranges.put(storedRange(range)));
    await Promise.all(writes);
    return fresh.length;
  });
}

/** Empties breaks, day totals and days off together: on any failure nothing is deleted. */
export async function deleteAllHistory(): Promise<void> {
  const stores = ['breaks', 'days', 'daysOff', 'dayOffRanges'] as const;
  await inTransaction([...stores], (tx) => Promise.all(stores.map((name) => handled(tx.objectStore(name).clear()))));
}

/** The ranges of days off, sorted by their first day. */
export async function dayOffRanges(): Promise<DayOffRange[]> {
  const db = await openHistory();
  return (await db.getAll('dayOffRanges')).map(plainRange).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

export async function addDayOffRange(range: DayOffRange): Promise<void> {
  const db = await openHistory();
  await db.put('dayOffRanges', storedRange(range));
}

export async function removeDayOffRange(range: Pick<DayOffRange, 'from' | 'to'>): Promise<void> {
  const db = await openHistory();
  await db.delete('dayOffRanges', rangeKey(range as DayOffRange));
}
