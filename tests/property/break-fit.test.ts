// noBreakFits agrees with the scheduler: it says "no break can come" exactly when nextBreakAt finds none in two weeks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noBreakFits } from '../../core/break-fit';
import { nextBreakAt } from '../../core/schedule';
import { DEFAULT_SETTINGS, SETTING_RANGES } from '../../core/settings';
import { DAY_NAMES, END_OF_DAY, type TimeRange } from '../../core/work-time';
import { timezoneForAll } from '../support/tz';
import { FUZZ, params } from './runs';

timezoneForAll('UTC');

const hhmm = (minutes: number) => (minutes === 24 * 60 ? END_OF_DAY : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);

/** Up to six sorted, non-overlapping (possibly touching) ranges on a 15-minute grid, some running to midnight. */
const workHours = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 2, maxLength: 12 })
  .map((cuts) => [...cuts].sort((a, b) => a - b))
  .chain((cuts) => fc.array(fc.boolean(), { minLength: cuts.length, maxLength: cuts.length }).map((joins) => ({ cuts, joins })))
  .map(({ cuts, joins }) => {
    const ranges: TimeRange[] = [];
    for (let i = 0; i + 1 < cuts.length && ranges.length < 6; i += 2) {
      // Sometimes the next range starts where this one ends (touching ranges are one period).
      const start = i > 0 && joins[i] ? minutesOf(ranges.at(-1)!.end) : cuts[i]! * 15;
      const end = cuts[i + 1]! * 15;
      if (end > start) ranges.push({ start: hhmm(start), end: hhmm(end) });
    }
    return ranges;
  })
  .filter((ranges) => ranges.length > 0);

function minutesOf(t: string) {
  const [h, m] = t.split(':').map(Number);
  return h! * 60 + m!;
}

const settings = fc.record({
  intervalMinutes: fc.integer({ min: SETTING_RANGES.intervalMinutes.min / 5, max: SETTING_RANGES.intervalMinutes.max / 5 }).map((n) => n * 5),
  workDays: fc.subarray([...DAY_NAMES], { minLength: 1 }),
  workHours,
});

describe('noBreakFits and the scheduler', () => {
  it(
    'no break fits exactly when nextBreakAt, from a Sunday midnight, finds no break in the next two weeks',
    () => {
      const SUNDAY = Date.UTC(2026, 10, 29);
      fc.assert(
        fc.property(settings, (s) => {
          const none = nextBreakAt({ ...DEFAULT_SETTINGS, ...s }, SUNDAY) === undefined;
          expect(noBreakFits(s)).toBe(none);
        }),
        params(),
      );
    },
    FUZZ ? 3_600_000 : 120_000,
  );
});
