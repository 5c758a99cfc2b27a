// The break history database (IndexedDB through idb): its versioned schema, and one shared connection.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { BreakRecord } from '../core/breaks';
import type { DayOffRange } from '../core/history-file';
import { dayOfBreak } from '../core/day';
import { countByDay } from '../core/streaks';

export const DB_NAME = 'unknot';
export const DB_VERSION = 3;

/** A break as stored: with its local day, for the day index. */
export interface StoredBreak extends BreakRecord {
  day: string;
}

/** Counted breaks per local day, kept with every write so the dashboard never scans the history. */
export interface DayTotal {
  day: string;
  counted: number;
}

export interface HistorySchema extends DBSchema {
  breaks: { key: string; value: StoredBreak; indexes: { 'by-time': number; 'by-day': string } };
  days: { key: string; value: DayTotal };
  daysOff: { key: string; value: { day: string } };
  /** Ranges of days off (holidays, sick leave), keyed "from..to". */
  dayOffRanges: { key: string; value: StoredDayOffRange };
}

export interface StoredDayOffRange extends DayOffRange {
  key: string;
}

type UpgradeTransaction = IDBPTransaction<HistorySchema, StoreNames<HistorySchema>[], 'versionchange'>;

/** Version 1 → 2: every break gets its day, the day index and the per-day totals; days off get a store. */
async function upgradeToV2(tx: UpgradeTransaction): Promise<void> {
  const breaks = tx.objectStore('breaks');
  const records: BreakRecord[] = [];
  for (let cursor = await breaks.openCursor(); cursor; cursor = await cursor.continue()) {
    records.push(cursor.value);
    await cursor.update({ ...cursor.value, day: dayOfBreak(cursor.value.at) });
  }
  breaks.createIndex('by-day', 'day');
  const days = tx.objectStore('days');
  for (const [day, counted] of countByDay(records)) await days.put({ day, counted });
}

let opening: Promise<IDBPDatabase<HistorySchema>> | undefined;

export function openHistory(): Promise<IDBPDatabase<HistorySchema>> {
  opening ??= openDB<HistorySchema>(DB_NAME, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      // Each version's step runs once, in order, so an old database is carried forward record by record.
      if (oldVersion < 1) {
        const breaks = db.createObjectStore('breaks', { keyPath: 'id' });
        breaks.createIndex('by-time', 'time');
      }
      if (oldVersion < 2) {
        db.createObjectStore('days', { keyPath: 'day' });
        db.createObjectStore('daysOff', { keyPath: 'day' });
        await upgradeToV2(tx);
      }
      if (oldVersion < 3) db.createObjectStore('dayOffRanges', { keyPath: 'key' });
    },
    blocking() {
      // A newer version waits for this connection: step aside so its upgrade is never stuck.
      void closeHistory();
    },
    terminated() {
      opening = undefined;
    },
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}

/** Closes the connection; the next call opens a new one. */
export async function closeHistory(): Promise<void> {
  const db = opening;
  opening = undefined;
  await db?.then((d) => d.close()).catch(() => undefined);
}
