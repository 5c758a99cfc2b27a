import { describe, expect, it } from 'vitest';
import { noBreakFits, noBreakReason } from '../../core/break-fit';
import type { DayName, TimeRange } from '../../core/work-time';

const WEEKDAYS: DayName[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const hours = (...pairs: [string, string][]) => pairs.map(([start, end]) => ({ start, end }));

// [interval, workDays, workHours, no break fits?, why]: expectations worked out by hand from the ranges.
const CASES: [number, DayName[], TimeRange[], boolean, string][] = [
  [60, WEEKDAYS, hours(['09:00', '17:30']), false, 'the default: 8.5 hours hold a 60-minute interval'],
  [180, WEEKDAYS, hours(['09:00', '11:00']), true, 'a 2-hour range is shorter than a 3-hour interval'],
  [120, WEEKDAYS, hours(['09:00', '11:00']), true, 'a range exactly one interval long: the break would fall on its end'],
  [120, WEEKDAYS, hours(['09:00', '11:01']), false, 'one minute more than the interval holds it'],
  [90, WEEKDAYS, hours(['09:00', '10:00'], ['13:00', '15:00']), false, 'the afternoon range holds it'],
  [90, WEEKDAYS, hours(['09:00', '10:00'], ['13:00', '14:00']), true, 'no range holds it, and they are apart'],
  [90, WEEKDAYS, hours(['09:00', '10:00'], ['10:00', '11:00']), false, 'touching ranges are one period of 2 hours'],
  [90, WEEKDAYS, hours(['10:00', '11:00'], ['09:00', '10:00']), false, 'touching ranges in any order'],
  [180, ['mon', 'tue'], hours(['22:00', '24:00'], ['00:00', '01:30']), false, 'Monday 22:00 runs on into Tuesday 01:30'],
  [180, ['mon', 'wed'], hours(['22:00', '24:00'], ['00:00', '01:30']), true, 'Monday night and Wednesday morning are not joined'],
  [180, ['sat', 'sun'], hours(['22:00', '24:00'], ['00:00', '01:30']), false, 'Saturday night runs on into Sunday'],
  [180, ['sun'], hours(['00:00', '02:00'], ['23:00', '24:00']), true, 'one day alone does not wrap into itself'],
  [90, ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'], hours(['00:00', '01:00'], ['23:00', '24:00']), false, 'every night joins the next morning: 2 hours'],
  [180, ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'], hours(['00:00', '24:00']), false, 'around the clock'],
  [20, ['wed'], hours(['12:00', '12:21']), false, 'one working day is enough'],
];

describe('noBreakFits: a working time that never holds one interval gives no break', () => {
  it.each(CASES)('interval %i, %j, %j -> %s (%s)', (intervalMinutes, workDays, workHours, expected) => {
    expect(noBreakFits({ intervalMinutes, workDays, workHours })).toBe(expected);
  });

  it('no working day at all gives no break', () => {
    expect(noBreakFits({ intervalMinutes: 60, workDays: [], workHours: hours(['09:00', '17:00']) })).toBe(true);
  });
});

// [minute, interval, workDays, workHours, no break fits?, why]: a break at that minute of an hour, strictly inside a period.
const AT_MINUTE: [number, number, DayName[], TimeRange[], boolean, string][] = [
  [50, 60, WEEKDAYS, hours(['09:00', '17:30']), false, '09:50 is inside the day'],
  [50, 60, WEEKDAYS, hours(['09:00', '09:50']), true, '09:50 is the end of the range, not inside it'],
  [50, 60, WEEKDAYS, hours(['09:00', '09:51']), false, 'one minute more holds 09:50'],
  [0, 60, WEEKDAYS, hours(['09:00', '10:00']), true, '09:00 is the start and 10:00 the end: neither is inside'],
  [0, 60, WEEKDAYS, hours(['09:00', '10:01']), false, '10:00 is inside'],
  [0, 60, WEEKDAYS, hours(['08:59', '09:30']), false, '09:00 is inside a range that starts a minute before'],
  [50, 180, WEEKDAYS, hours(['09:00', '10:00']), false, 'with a minute set the interval is not in use: a 1-hour range shorter than 180 holds 09:50'],
  [10, 20, WEEKDAYS, hours(['09:15', '10:05']), true, 'long enough for a 20-minute interval, but no :10 inside'],
  [30, 60, WEEKDAYS, hours(['09:00', '09:30'], ['13:00', '13:30']), true, 'each :30 is an end'],
  [30, 60, WEEKDAYS, hours(['09:00', '09:20'], ['09:20', '09:40']), false, 'touching ranges are one period 09:00–09:40, which holds 09:30'],
  [59, 60, ['mon'], hours(['23:30', '24:00']), false, '23:59 is before the "24:00" end'],
  [0, 60, ['mon', 'tue'], hours(['00:00', '00:20'], ['23:30', '24:00']), false, 'Monday 23:30 runs on into Tuesday 00:20, which holds midnight'],
  [0, 60, ['mon', 'wed'], hours(['00:00', '00:20'], ['23:30', '24:00']), true, 'not joined: midnight is an end or a start, never inside'],
  [5, 60, [], hours(['09:00', '17:00']), true, 'no working day'],
];

describe('noBreakFits with breakAtMinute: a break at that minute of some working hour, strictly inside a period', () => {
  it.each(AT_MINUTE)(':%i (interval %i), %j, %j -> %s (%s)', (breakAtMinute, intervalMinutes, workDays, workHours, expected) => {
    expect(noBreakFits({ intervalMinutes, workDays, workHours, breakAtMinute })).toBe(expected);
  });

  it('null is the interval cadence, as when the key is left out', () => {
    const short = { intervalMinutes: 120, workDays: WEEKDAYS, workHours: hours(['09:00', '10:00']) };
    expect(noBreakFits({ ...short, breakAtMinute: null })).toBe(true);
    expect(noBreakFits(short)).toBe(true);
    expect(noBreakFits({ ...short, breakAtMinute: 30 })).toBe(false);
  });
});

describe('noBreakReason: which message says why no break can come', () => {
  it.each([
    ['a break fits', { intervalMinutes: 60, breakAtMinute: null }, hours(['09:00', '17:30']), undefined],
    ['the interval is too long', { intervalMinutes: 180, breakAtMinute: null }, hours(['09:00', '11:00']), { reason: 'no-break-fits', detail: '180' }],
    ['the minute is never inside', { intervalMinutes: 60, breakAtMinute: 5 }, hours(['09:10', '10:00']), { reason: 'no-break-at-minute', detail: '05' }],
  ])('%s', (_why, cadence, workHours, expected) => {
    expect(noBreakReason({ ...cadence, workDays: WEEKDAYS, workHours })).toEqual(expected);
  });
});
