// noBreakFits agrees with the scheduler (every interval) and with a minute-by-minute scan (a minute of the hour).
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

/** Whether minute `t` of a week-periodic timeline (0 = Sunday 00:00) is working time: an independent reading of the settings. */
function working(s: { workDays: readonly string[]; workHours: readonly TimeRange[] }, t: number) {
  const day = Math.floor(t / (24 * 60));
  const minute = t % (24 * 60);
  return s.workDays.includes(DAY_NAMES[day % 7]!) && s.workHours.some((r) => minutesOf(r.start) <= minute && minute < minutesOf(r.end));
}

/** Settings whose ranges are 15 to 75 minutes long, so a minute of the hour often falls on an end or a start and nowhere inside. */
const shortRanges = fc.record({
  intervalMinutes: fc.constant(DEFAULT_SETTINGS.intervalMinutes),
  workDays: fc.subarray([...DAY_NAMES], { minLength: 1 }),
  workHours: fc
    .uniqueArray(fc.integer({ min: 0, max: 27 }), { minLength: 1, maxLength: 3 })
    .chain((starts) => fc.array(fc.integer({ min: 1, max: 5 }), { minLength: starts.length, maxLength: starts.length }).map((lengths) => ({ starts, lengths })))
    .map(({ starts, lengths }) => {
      // Starts on a 45-minute grid (00:00 … 20:15); a range that would overlap the one before is left out.
      const ranges = starts
        .map((slot, i) => ({ start: slot * 45, end: Math.min(slot * 45 + lengths[i]! * 15, 24 * 60) }))
        .sort((a, b) => a.start - b.start)
        .filter((r, i, all) => i === 0 || r.start >= all[i - 1]!.end);
      return ranges.map((r) => ({ start: hhmm(r.start), end: hhmm(r.end) }));
    }),
});

describe('noBreakFits with breakAtMinute', () => {
  it(
    'no break fits exactly when no minute :M of two weeks is working time and follows a working minute (strictly inside a period)',
    () => {
      fc.assert(
        fc.property(fc.oneof(settings, shortRanges), fc.oneof(fc.constantFrom(0, 15, 30, 45), fc.integer({ min: 0, max: 59 })), (s, breakAtMinute) => {
          let found = false;
          for (let t = breakAtMinute; t < 14 * 24 * 60 && !found; t += 60) found = t > 0 && working(s, t) && working(s, t - 1);
          expect(noBreakFits({ ...s, breakAtMinute })).toBe(!found);
        }),
        params(),
      );
    },
    FUZZ ? 3_600_000 : 120_000,
  );
});
