import { describe, expect, it } from 'vitest';
import { noBreakFits } from '../../core/break-fit';
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
