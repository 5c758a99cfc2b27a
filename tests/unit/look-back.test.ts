// The weekly look back: which week is "last week" by the user's working days (across DST and year ends), its
// breaks, its best day (ties to the earlier day), the streak it ended on, and when the card is shown.
import { describe, expect, it } from 'vitest';
import { lastWeekDays, lookBack, showLookBack, workWeekStart } from '../../core/look-back';
import type { StreakRules } from '../../core/streaks';
import type { DayName, WorkHoursByDay } from '../../core/work-time';
import { inTimezone } from '../support/tz';

const MON_FRI: DayName[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const SUN_THU: DayName[] = ['sun', 'mon', 'tue', 'wed', 'thu'];
const EVERY_DAY: DayName[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Seven day keys from `first` on, written out (not computed by the code under test). */
const week = (...days: string[]) => days;

describe('the day a working week starts on', () => {
  it.each<[DayName[], WorkHoursByDay | undefined, number]>([
    [MON_FRI, undefined, 1],
    [SUN_THU, undefined, 0],
    [['tue', 'wed', 'thu', 'fri', 'sat'], undefined, 2],
    [['wed', 'thu', 'fri', 'sat', 'sun'], undefined, 3],
    [EVERY_DAY, undefined, 1],
    [[], undefined, 1],
    [['mon', 'wed', 'fri'], undefined, 1], // the weekend is the longest gap
    [['mon', 'tue', 'thu', 'fri', 'sat'], undefined, 1], // Wednesday and Sunday alone: equal gaps, Monday comes first
    [MON_FRI, { mon: [] }, 2], // Monday without working hours: the week starts on Tuesday
    [EVERY_DAY, { sat: [], sun: [] }, 1],
  ])('%j with hours %j starts on day %i (0 is Sunday)', (workDays, workHoursByDay, start) => {
    expect(workWeekStart({ workDays, workHoursByDay })).toBe(start);
  });
});

describe('last week, in local days', () => {
  it.each<[string, string, DayName[], string, string[]]>([
    // Berlin springs forward on Sunday 2026-03-29 (a 23-hour day).
    ['Europe/Berlin', '2026-03-30T00:00:00+02:00', MON_FRI, '2026-03-30', week('2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29')],
    ['Europe/Berlin', '2026-03-29T23:59:59+02:00', MON_FRI, '2026-03-23', week('2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20', '2026-03-21', '2026-03-22')],
    ['Europe/Berlin', '2026-04-01T12:00:00+02:00', MON_FRI, '2026-03-30', week('2026-03-23', '2026-03-24', '2026-03-25', '2026-03-26', '2026-03-27', '2026-03-28', '2026-03-29')],
    // Berlin falls back on Sunday 2026-10-25 (a 25-hour day); 02:30 happens twice.
    ['Europe/Berlin', '2026-10-25T02:30:00+01:00', MON_FRI, '2026-10-19', week('2026-10-12', '2026-10-13', '2026-10-14', '2026-10-15', '2026-10-16', '2026-10-17', '2026-10-18')],
    ['Europe/Berlin', '2026-10-26T00:00:00+01:00', MON_FRI, '2026-10-26', week('2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23', '2026-10-24', '2026-10-25')],
    // New York falls back on Sunday 2026-11-01; five minutes after midnight on Monday is the new week.
    ['America/New_York', '2026-11-02T00:05:00-05:00', MON_FRI, '2026-11-02', week('2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01')],
    // A week of Sunday to Thursday starts on Sunday.
    ['Asia/Jerusalem', '2026-12-06T08:00:00+02:00', SUN_THU, '2026-12-06', week('2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05')],
    ['Asia/Jerusalem', '2026-12-05T23:00:00+02:00', SUN_THU, '2026-11-29', week('2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28')],
    // Tuesday to Saturday: a Monday still belongs to the week that began on the Tuesday before.
    ['Europe/Paris', '2026-12-07T09:00:00+01:00', ['tue', 'wed', 'thu', 'fri', 'sat'], '2026-12-01', week('2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30')],
    // Across the year's end; and a half-hour DST zone (Lord Howe springs forward on 2026-10-04).
    ['Asia/Tokyo', '2027-01-04T07:00:00+09:00', MON_FRI, '2027-01-04', week('2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03')],
    ['Australia/Lord_Howe', '2026-10-05T00:10:00+11:00', MON_FRI, '2026-10-05', week('2026-09-28', '2026-09-29', '2026-09-30', '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04')],
  ])('in %s at %s (%j): this week began %s', (tz, at, workDays, expectedWeek, expectedDays) => {
    const now = Date.parse(at);
    expect(inTimezone(tz, () => lastWeekDays({ workDays }, now))).toEqual({ week: expectedWeek, days: expectedDays });
  });
});

const rules = (over: Partial<StreakRules> = {}): StreakRules => ({ workDays: MON_FRI, dailyGoal: 4, daysOff: new Set(), ...over });
const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));
// Berlin, Wednesday 2026-12-09: last week is Monday 2026-11-30 to Sunday 2026-12-06.
const WEDNESDAY = Date.parse('2026-12-09T10:00:00+01:00');
const inBerlin = <T>(run: () => T) => inTimezone('Europe/Berlin', run);

describe("last week's figures", () => {
  it('counts the seven days of last week only, weekends included, and names the day with the most', () => {
    const c = counts({
      '2026-11-29': 9, // the Sunday before: the week before last
      '2026-11-30': 4,
      '2026-12-01': 6,
      '2026-12-02': 3,
      '2026-12-05': 1, // a Saturday break counts in the week's total
      '2026-12-07': 8, // this week
    });
    expect(inBerlin(() => lookBack(c, rules(), WEDNESDAY))).toEqual({ week: '2026-12-07', breaks: 14, bestDay: 'tue', streak: 0 });
  });

  it.each<[Record<string, number>, DayName]>([
    [{ '2026-12-01': 5, '2026-12-03': 5, '2026-11-30': 2 }, 'tue'], // a tie: the first of the tied days
    [{ '2026-11-30': 4, '2026-12-01': 4, '2026-12-02': 4, '2026-12-03': 4, '2026-12-04': 4 }, 'mon'],
    [{ '2026-12-06': 1 }, 'sun'], // only the last day had a break
    [{ '2026-12-04': 2, '2026-12-06': 3 }, 'sun'],
  ])('with %j the best day is %s', (entries, bestDay) => {
    expect(inBerlin(() => lookBack(counts(entries), rules(), WEDNESDAY))?.bestDay).toBe(bestDay);
  });

  it('has no look back when last week had no counted break, whatever this week or the week before had', () => {
    expect(inBerlin(() => lookBack(counts({}), rules(), WEDNESDAY))).toBeUndefined();
    expect(inBerlin(() => lookBack(counts({ '2026-11-29': 4, '2026-12-07': 4, '2026-12-08': 4 }), rules(), WEDNESDAY))).toBeUndefined();
  });

  const metWeekdays = (...days: string[]) => Object.fromEntries(days.map((d) => [d, 4]));

  it.each<[string, Record<string, number>, Partial<StreakRules>, number]>([
    // The week before last's Thursday and Friday, then all of last week: 7 met working days in a row.
    ['a run from the week before', metWeekdays('2026-11-26', '2026-11-27', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'), {}, 7],
    // This week's met days do not count: the streak is the one last week ended on.
    ['this week left out', metWeekdays('2026-12-03', '2026-12-04', '2026-12-07', '2026-12-08'), {}, 2],
    ['last Friday missed', metWeekdays('2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03'), {}, 0],
    ['last Friday a day off', metWeekdays('2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03'), { daysOff: new Set(['2026-12-04']) }, 4],
    ['Friday short of the goal', { ...metWeekdays('2026-12-02', '2026-12-03'), '2026-12-04': 3 }, {}, 0],
    // Working every day: last Sunday is a working day, and unmet it ends the run (it is not today, still in progress).
    ['Sunday worked and missed', metWeekdays('2026-12-04', '2026-12-05'), { workDays: EVERY_DAY }, 0],
    ['Sunday worked and met', metWeekdays('2026-12-04', '2026-12-05', '2026-12-06'), { workDays: EVERY_DAY }, 3],
    ['a goal of 2', { '2026-12-03': 2, '2026-12-04': 3 }, { dailyGoal: 2 }, 2],
  ])('streak: %s', (_, entries, over, streak) => {
    expect(inBerlin(() => lookBack(counts(entries), rules(over), WEDNESDAY))?.streak).toBe(streak);
  });
});

describe('when the card is shown', () => {
  const look = { week: '2026-12-07', breaks: 3, bestDay: 'mon' as const, streak: 0 };
  it.each<[typeof look | undefined, string | undefined, boolean]>([
    [look, undefined, true], // never closed
    [look, '2026-11-30', true], // closed last week: a new week
    [look, '2026-12-07', false], // closed this week
    [undefined, undefined, false], // nothing to look back on
  ])('look back %j, closed in week %s: shown %s', (l, closed, shown) => {
    expect(showLookBack(l, closed)).toBe(shown);
  });
});
