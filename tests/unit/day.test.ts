// Day keys "YYYY-MM-DD": which are real, arithmetic across DST and year ends, weekdays, week starts, the day of a break.
import { describe, expect, it } from 'vitest';
import { addDaysToKey, dayNameOfKey, dayOfBreak, isDayKey, isWorkingDay, weekStartKey } from '../../core/day';
import type { DayName } from '../../core/work-time';

const WEEKDAYS: DayName[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

// 2026-06-01 is a Monday.
describe('day keys', () => {
  it.each([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'], // Berlin spring forward: a 23-hour local day
    ['2026-10-25', 1, '2026-10-26'], // Berlin fall back: a 25-hour local day
    ['2026-03-08', 1, '2026-03-09'],
    ['2026-11-01', 1, '2026-11-02'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-06-01', 0, '2026-06-01'],
    ['2026-06-01', 365, '2027-06-01'],
    ['2026-03-30', -2, '2026-03-28'],
  ])('addDaysToKey(%s, %i) is %s', (day, n, expected) => {
    expect(addDaysToKey(day, n)).toBe(expected);
  });

  it.each([
    ['2026-06-01', 'mon'],
    ['2026-03-29', 'sun'],
    ['2026-10-25', 'sun'],
    ['2026-03-08', 'sun'],
    ['2026-11-01', 'sun'],
    ['2026-12-31', 'thu'],
    ['2027-01-01', 'fri'],
    ['2028-02-29', 'tue'],
    ['1969-12-31', 'wed'], // before the epoch: negative day numbers
  ])('%s is a %s', (day, expected) => {
    expect(dayNameOfKey(day)).toBe(expected);
  });

  it.each([
    ['a weekday', '2026-06-01', true],
    ['a Saturday', '2026-06-06', false],
    ['a Sunday', '2026-06-07', false],
    ['a weekday off', '2026-06-03', false],
  ])('%s: isWorkingDay(%s) is %s', (_, day, expected) => {
    expect(isWorkingDay(day, { workDays: WEEKDAYS, daysOff: new Set(['2026-06-03']) })).toBe(expected);
  });
});

describe('isDayKey', () => {
  it.each([
    ['2026-06-01', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['0050-06-01', true],
    ['2027-02-29', false],
    ['1900-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-06-00', false],
    ['2026-6-01', false],
    ['20260601', false],
    ['2026-06-01T00:00', false],
    [' 2026-06-01', false],
    ['', false],
  ])('%s: %s', (text, expected) => {
    expect(isDayKey(text)).toBe(expected);
  });
});

describe('weekStartKey: the Monday of the week', () => {
  it.each([
    ['2026-06-01', '2026-06-01'], // a Monday
    ['2026-06-07', '2026-06-01'], // a Sunday ends the week
    ['2026-03-29', '2026-03-23'], // Berlin spring forward
    ['2026-11-01', '2026-10-26'], // New York fall back
    ['2027-01-01', '2026-12-28'], // across New Year
    ['2028-03-01', '2028-02-28'], // across a leap day
  ])('%s is in the week of %s', (day, expected) => {
    expect(weekStartKey(day)).toBe(expected);
  });
});

describe('dayOfBreak: the local date as written, whatever the offset', () => {
  it.each([
    // Europe/Berlin, spring forward on 2026-03-29 (+01:00 → +02:00)
    ['2026-03-28T23:30:00+01:00', '2026-03-28'],
    ['2026-03-29T00:30:00+01:00', '2026-03-29'], // 2026-03-28 in UTC
    ['2026-03-29T03:30:00+02:00', '2026-03-29'],
    ['2026-03-29T23:45:00+02:00', '2026-03-29'],
    ['2026-03-30T00:15:00+02:00', '2026-03-30'], // 2026-03-29 in UTC
    // Europe/Berlin, fall back on 2026-10-25 (+02:00 → +01:00): 02:30 happens twice
    ['2026-10-25T02:30:00+02:00', '2026-10-25'],
    ['2026-10-25T02:30:00+01:00', '2026-10-25'],
    ['2026-10-26T00:30:00+01:00', '2026-10-26'], // 2026-10-25 in UTC
    // America/New_York, spring forward on 2026-03-08 (-05:00 → -04:00)
    ['2026-03-07T23:30:00-05:00', '2026-03-07'], // 2026-03-08 in UTC
    ['2026-03-08T03:30:00-04:00', '2026-03-08'],
    ['2026-03-08T22:00:00-04:00', '2026-03-08'], // 2026-03-09 in UTC
    // America/New_York, fall back on 2026-11-01 (-04:00 → -05:00): 01:30 happens twice
    ['2026-10-31T21:00:00-04:00', '2026-10-31'], // 2026-11-01 in UTC
    ['2026-11-01T01:30:00-04:00', '2026-11-01'],
    ['2026-11-01T01:30:00-05:00', '2026-11-01'],
    ['2026-11-01T20:30:00-05:00', '2026-11-01'], // 2026-11-02 in UTC
    // Recorded while travelling or with another computer timezone
    ['2026-06-01T23:30:00-07:00', '2026-06-01'], // 2026-06-02 in UTC
    ['2026-06-01T00:30:00+09:00', '2026-06-01'], // 2026-05-31 in UTC
    ['2026-06-01T08:00:00Z', '2026-06-01'],
  ])('%s is on %s', (at, expected) => {
    expect(dayOfBreak(at)).toBe(expected);
  });
});
