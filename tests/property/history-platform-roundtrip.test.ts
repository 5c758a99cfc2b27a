// Through the real platform: breaks recorded into IndexedDB, exported, imported on a fresh browser with importHistoryFile, read back with allBreaks.
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BreakRecord } from '../../core/breaks';
import { serializeHistory, toHistoryFile } from '../../core/history-export';
import { closeHistory } from '../../platform/history-db';
import { allBreaks, dayTotals, daysOff, recordBreak, setDayOff } from '../../platform/history';
import { importHistoryFile } from '../../platform/history-transfer';
import { inTimezone } from '../support/tz';
import { dayOff, EXPORTED, fileCanHold, instant, newBreak, ZONES } from './history-arbitraries';
import { FUZZ, params } from './runs';

const byId = (a: BreakRecord, b: BreakRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A browser profile of its own: a new IndexedDB, and no connection left to the last one. */
async function freshBrowser() {
  await closeHistory();
  globalThis.indexedDB = new IDBFactory();
}

afterEach(() => vi.useRealTimers());

describe('history export → import (platform, fake-indexeddb)', () => {
  it(
    'every break recordBreak stored that the file can hold comes back identical, with its day totals and days off',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...ZONES),
          fc.array(fc.tuple(instant, newBreak), { maxLength: 6 }),
          fc.uniqueArray(dayOff, { maxLength: 3 }),
          instant,
          async (zone, specs, off, now) => {
            const saved = process.env.TZ;
            process.env.TZ = zone;
            try {
              await freshBrowser();
              // Any millisecond, as the clock and alarms give them.
              for (const [time, fields] of specs) await recordBreak(time, fields);
              for (const day of off) await setDayOff(day, true);
              const stored = await allBreaks();
              const text = serializeHistory(toHistoryFile(stored, await daysOff(), now));

              await freshBrowser();
              vi.useFakeTimers({ toFake: ['Date'] });
              vi.setSystemTime(now);
              const outcome = await importHistoryFile(new Blob([text]));
              vi.useRealTimers();
              const held = stored.filter((r) => EXPORTED.has(r.kind) && fileCanHold(r.at, r.time, now));
              expect(outcome).toEqual({ ok: true, stored: true, added: held.length, total: held.length });
              // toEqual: a field the scheduler stored as undefined is the same as one the file leaves out.
              expect((await allBreaks()).toSorted(byId)).toEqual(held.toSorted(byId));
              expect(await daysOff()).toEqual(off.toSorted());
              const counted = new Map<string, number>();
              for (const r of held) if ((r.kind === 'routine' || r.kind === 'movement') && r.completed === true) counted.set(r.at.slice(0, 10), (counted.get(r.at.slice(0, 10)) ?? 0) + 1);
              expect(new Map((await dayTotals()).map((d) => [d.day, d.counted]))).toEqual(counted);
            } finally {
              vi.useRealTimers();
              if (saved === undefined) delete process.env.TZ;
              else process.env.TZ = saved;
            }
          },
        ),
        params(),
      );
    },
    FUZZ ? 3_600_000 : 120_000,
  );
});
