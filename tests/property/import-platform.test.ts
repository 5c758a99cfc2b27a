// Importer fuzzing through the platform: a refused file leaves the IndexedDB history exactly as it was; an accepted one adds only its new breaks.
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { closeHistory } from '../../platform/history-db';
import { allBreaks, dayTotals, daysOff, importHistory } from '../../platform/history';
import { importHistoryFile } from '../../platform/history-transfer';
import { damagedFileText, garbage } from './import-mutations';
import { FUZZ, params } from './runs';

const snapshot = async () => ({ breaks: await allBreaks(), totals: await dayTotals(), daysOff: await daysOff() });

describe('importHistoryFile fuzzing', () => {
  it(
    'a refused file changes nothing; an accepted one is stored whole',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(damagedFileText, garbage), async (text) => {
          await closeHistory();
          globalThis.indexedDB = new IDBFactory();
          await importHistory(
            [{ id: 'mine', at: '2025-06-01T10:00:00+02:00', time: Date.parse('2025-06-01T10:00:00+02:00'), kind: 'movement', completed: true }],
            ['2025-12-24'],
          );
          const before = await snapshot();
          const outcome = await importHistoryFile(new Blob([text]));
          if (!outcome.ok) {
            expect(outcome.problems.length).toBeLessThanOrEqual(100);
            expect(await snapshot()).toStrictEqual(before);
          } else {
            expect(outcome.stored).toBe(true);
            expect((await allBreaks()).length).toBe(before.breaks.length + outcome.added);
          }
        }),
        params(),
      );
    },
    FUZZ ? 3_600_000 : 120_000,
  );
});
