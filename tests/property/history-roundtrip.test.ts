// Every record the app stores comes back from its own export identical: toHistoryFile → serializeHistory → parseHistoryFile.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakRecord, type BreakRecord } from '../../core/breaks';
import { exportedHistory, serializeHistory } from '../../core/history-export';
import { parseHistoryFile } from '../../core/history-import';
import { inTimezone } from '../support/tz';
import { breakId, dayOff, dayOffRange, EXPORTED, fileCanHold, instant, newBreak, wholeSecond, ZONES } from './history-arbitraries';
import { FUZZ, params } from './runs';

const byId = (a: BreakRecord, b: BreakRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('history export → import (core)', () => {
  it(
    'gives back exactly the stored breaks the file can hold, and counts the others as left out',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...ZONES),
          fc.uniqueArray(fc.tuple(breakId, wholeSecond, newBreak), { maxLength: 12, selector: ([id]) => id }),
          fc.uniqueArray(dayOff, { maxLength: 4 }),
          fc.uniqueArray(dayOffRange, { maxLength: 3, selector: (r) => `${r.from}..${r.to}` }),
          instant,
          (zone, specs, daysOff, ranges, now) => {
            // Recorded in one zone and read back in another: `at` carries its own offset.
            const records = inTimezone(zone, () => specs.map(([id, time, fields]) => breakRecord(id, time, fields)));
            const { file, leftOut, clipped } = inTimezone(zone, () => exportedHistory(records, daysOff, now, ranges));
            const back = parseHistoryFile(serializeHistory(file), now);
            expect(back.ok ? [] : back.problems).toEqual([]);
            if (!back.ok) return;
            const breaks = records.filter((r) => EXPORTED.has(r.kind));
            const held = breaks.filter((r) => fileCanHold(r.at, r.time, now));
            // toEqual: a field the app stored as undefined is the same as one the file leaves out.
            expect(back.breaks.toSorted(byId)).toEqual(held.toSorted(byId));
            expect(back.daysOff).toEqual(daysOff.toSorted());
            expect(back.dayOffRanges.toSorted((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to))).toEqual(
              ranges.toSorted((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to)),
            );
            expect({ leftOut, clipped }).toEqual({ leftOut: breaks.length - held.length, clipped: 0 });
          },
        ),
        params(),
      );
    },
    FUZZ ? 3_600_000 : 120_000,
  );

  it(
    'a second export of what was imported gives the same bytes',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...ZONES), fc.uniqueArray(fc.tuple(breakId, wholeSecond, newBreak), { maxLength: 12, selector: ([id]) => id }), instant, (zone, specs, now) => {
          const records = inTimezone(zone, () => specs.map(([id, time, fields]) => breakRecord(id, time, fields)));
          const text = serializeHistory(inTimezone(zone, () => exportedHistory(records, [], now)).file);
          const back = parseHistoryFile(text, now);
          if (!back.ok) throw new Error(JSON.stringify(back.problems));
          expect(serializeHistory(inTimezone(zone, () => exportedHistory(back.breaks, [], now)).file)).toBe(text);
        }),
        params(),
      );
    },
    FUZZ ? 3_600_000 : 120_000,
  );
});
