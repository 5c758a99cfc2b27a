// The break history in IndexedDB (through idb): one versioned database, small async functions around it.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { breakRecord, type BreakRecord, type NewBreak } from '../core/breaks';

export const DB_NAME = 'unknot';
export const DB_VERSION = 1;

export interface HistorySchema extends DBSchema {
  breaks: { key: string; value: BreakRecord; indexes: { 'by-time': number } };
}

let opening: Promise<IDBPDatabase<HistorySchema>> | undefined;

export function openHistory(): Promise<IDBPDatabase<HistorySchema>> {
  opening ??= openDB<HistorySchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      // Each version's step runs once, in order, so an old database is carried forward record by record.
      if (oldVersion < 1) {
        const breaks = db.createObjectStore('breaks', { keyPath: 'id' });
        breaks.createIndex('by-time', 'time');
      }
    },
    blocking() {
      // A newer version waits for this connection: step aside so its upgrade is never stuck.
      void opening?.then((db) => db.close());
      opening = undefined;
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

export async function recordBreak(time: number, fields: NewBreak): Promise<BreakRecord> {
  const record = breakRecord(crypto.randomUUID(), time, fields);
  const db = await openHistory();
  await db.add('breaks', record);
  return record;
}

/** Breaks with `from <= time < to`, oldest first. */
export async function breaksBetween(from: number, to: number): Promise<BreakRecord[]> {
  const db = await openHistory();
  return db.getAllFromIndex('breaks', 'by-time', IDBKeyRange.bound(from, to, false, true));
}
