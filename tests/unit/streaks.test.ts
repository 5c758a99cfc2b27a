// Streaks and consistency: local days of breaks, neutral days, today in progress, DST and timezone independence.
import { describe, expect, it } from 'vitest';
import type { BreakKind } from '../../core/breaks';
import { addDaysToKey, dayNameOfKey } from '../../core/day';
import type { DayName } from '../../core/work-time';
import { countByDay, streakSummary, type StreakRules } from '../../core/streaks';
import { timezoneForEach } from '../support/tz';

const WEEKDAYS: DayName[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const EVERY_DAY: DayName[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const rules = (over: Partial<StreakRules> = {}): StreakRules => ({
  workDays: WEEKDAYS,
  dailyGoal: 2,
  daysOff: new Set(),
  ...over,
});

/** Counts for consecutive days from `start`: days('2026-06-01', [2, 0, 1]) → Mon 2, Tue 0, Wed 1. */
function days(start: string, counts: number[]): Map<string, number> {
  return new Map(counts.map((n, i) => [addDaysToKey(start, i), n]));
}

/** `n` met days on the working days (Mon–Fri) from `start` on, and the last of them. */
function metWorkingDays(start: string, n: number, goal = 2): { counts: Map<string, number>; last: string } {
  const counts = new Map<string, number>();
  let day = start;
  for (;;) {
    if (WEEKDAYS.includes(dayNameOfKey(day))) counts.set(day, goal);
    if (counts.size === n) return { counts, last: day };
    day = addDaysToKey(day, 1);
  }
}

/** A completed break of `kind` at `at`. */
const routine = (at: string, kind: BreakKind = 'routine') => ({ at, kind, completed: true });

// 2026-06-01 is a Monday.
describe('countByDay', () => {
  // The title is written out per case: with '%s counts %i' the %i took the kind, and every title read "counts NaN".
  it.each(
    (
      [
        ['a completed routine', 'routine', true, 1],
        ['a completed movement break', 'movement', true, 1],
        ['an incomplete routine', 'routine', false, 0],
        ['a routine without completion', 'routine', undefined, 0],
        ['a natural break', 'natural', true, 0],
        ['a skipped break', 'skipped', true, 0],
        ['a due break', 'due', undefined, 0],
        ['a snoozed break', 'snoozed', undefined, 0],
      ] satisfies [string, BreakKind, boolean | undefined, number][]
    ).map(([name, kind, completed, expected]) => [`${name} counts ${expected}`, kind, completed, expected] as const),
  )('%s', (title, kind, completed, expected) => {
    expect(expect.getState().currentTestName).toMatch(new RegExp(`> ${title}$`));
    expect(countByDay([{ at: '2026-06-01T10:00:00+02:00', kind, completed }]).get('2026-06-01') ?? 0).toBe(expected);
  });

  it('adds up the breaks of each local day and leaves uncounted days out', () => {
    const counts = countByDay([
      routine('2026-06-01T10:00:00+02:00'),
      routine('2026-06-01T23:30:00-07:00', 'movement'),
      routine('2026-06-02T00:30:00+02:00'),
      routine('2026-06-03T10:00:00+02:00', 'natural'),
    ]);
    expect(counts).toEqual(new Map([['2026-06-01', 2], ['2026-06-02', 1]]));
  });
});

describe('current and best streak (Mon–Fri, goal 2)', () => {
  it.each<[string, Map<string, number>, Partial<StreakRules>, string, number, number]>([
    //                                                                         today         current best
    ['goal met every day', days('2026-06-01', [2, 3, 2, 2, 2]), {}, '2026-06-08', 5, 5],
    ['one break of two does not meet the goal', days('2026-06-01', [2, 2, 2, 1, 2]), {}, '2026-06-05', 1, 3],
    ['a weekend inside a streak is neutral', days('2026-06-04', [2, 2, 0, 0, 2, 2]), {}, '2026-06-09', 4, 4],
    ['breaks on a weekend do not extend it', days('2026-06-05', [2, 2, 2, 2]), {}, '2026-06-08', 2, 2],
    ['a day off inside a streak is neutral', days('2026-06-01', [2, 2, 0, 2, 2]), { daysOff: new Set(['2026-06-03']) }, '2026-06-05', 4, 4],
    ['breaks on a day off do not extend it', days('2026-06-01', [2, 2, 2]), { daysOff: new Set(['2026-06-02']) }, '2026-06-03', 2, 2],
    ['today not met yet: the streak up to yesterday', days('2026-06-01', [2, 2, 2, 2, 1]), {}, '2026-06-05', 4, 4],
    ['today without breaks yet: the streak up to yesterday', days('2026-06-01', [2, 2, 2, 2]), {}, '2026-06-05', 4, 4],
    ['today met: included', days('2026-06-01', [2, 2, 2, 2, 2]), {}, '2026-06-05', 5, 5],
    ['a missed working day breaks it', days('2026-06-01', [2, 2, 0, 2]), {}, '2026-06-05', 1, 2],
    ['yesterday missed, today in progress', days('2026-06-01', [2, 2, 0]), {}, '2026-06-04', 0, 2],
    ['a Friday missed, Monday in progress', days('2026-06-01', [2, 2, 2, 2, 0]), {}, '2026-06-08', 0, 4],
    ['best is an older run', new Map([...days('2026-06-01', [2, 2, 2, 2, 2]), ...days('2026-06-08', [0, 2, 2, 2])]), {}, '2026-06-12', 3, 5],
    ['today on a weekend', days('2026-06-01', [2, 2, 2, 2, 2]), {}, '2026-06-06', 5, 5],
    ['today a day off', days('2026-06-01', [2, 2, 2, 2]), { daysOff: new Set(['2026-06-05']) }, '2026-06-05', 4, 4],
    ['a Sunday–Thursday week', days('2026-05-31', [2, 2, 2, 2, 2, 0, 0, 2]), { workDays: ['sun', 'mon', 'tue', 'wed', 'thu'] }, '2026-06-07', 6, 6],
    ['a goal of 1', days('2026-06-01', [1, 1, 1]), { dailyGoal: 1 }, '2026-06-03', 3, 3],
    ['breaks after today are ignored', days('2026-06-01', [2, 2, 2, 2, 2]), {}, '2026-06-03', 3, 3],
    ['empty history', new Map(), {}, '2026-06-05', 0, 0],
    ['only days off', new Map(), { daysOff: new Set(['2026-06-01', '2026-06-02']) }, '2026-06-05', 0, 0],
    // Year boundaries: 2026-12-31 is a Thursday, 2028-02-29 a Tuesday, 2027 has no 29 February.
    ['across New Year', days('2026-12-29', [2, 2, 2, 2, 0, 0, 2]), {}, '2027-01-04', 5, 5],
    ['across New Year with 1 January off', days('2026-12-29', [2, 2, 2, 0, 0, 0, 2]), { daysOff: new Set(['2027-01-01']) }, '2027-01-04', 4, 4],
    ['every day across New Year', days('2026-12-30', [2, 2, 2, 2]), { workDays: EVERY_DAY }, '2027-01-02', 4, 4],
    ['through a leap day', days('2028-02-28', [2, 2, 2]), {}, '2028-03-01', 3, 3],
    ['a missed leap day breaks it', days('2028-02-28', [2, 0, 2]), {}, '2028-03-01', 1, 1],
    ['no leap day in 2027', days('2027-02-26', [2, 0, 0, 2]), {}, '2027-03-01', 2, 2],
  ])('%s', (_, counts, over, today, current, best) => {
    expect(streakSummary(counts, rules(over), today)).toMatchObject({ current, best });
    expect(streakSummary(counts, rules(over), today).current).toBe(current);
    expect(streakSummary(counts, rules(over), today).best).toBe(best);
  });
});

describe('DST days: breaks near midnight count on their local day (every day a working day)', () => {
  const everyDay = rules({ workDays: EVERY_DAY });
  it.each([
    [
      'Berlin spring forward',
      [
        '2026-03-28T00:10:00+01:00', '2026-03-28T23:50:00+01:00',
        '2026-03-29T00:10:00+01:00', '2026-03-29T23:50:00+02:00',
        '2026-03-30T00:10:00+02:00', '2026-03-30T23:50:00+02:00',
      ],
      '2026-03-30',
    ],
    [
      'Berlin fall back',
      [
        '2026-10-24T00:10:00+02:00', '2026-10-24T23:50:00+02:00',
        '2026-10-25T02:30:00+02:00', '2026-10-25T02:30:00+01:00',
        '2026-10-26T00:10:00+01:00', '2026-10-26T23:50:00+01:00',
      ],
      '2026-10-26',
    ],
    [
      'New York spring forward',
      [
        '2026-03-07T00:10:00-05:00', '2026-03-07T23:50:00-05:00',
        '2026-03-08T00:10:00-05:00', '2026-03-08T23:50:00-04:00',
        '2026-03-09T00:10:00-04:00', '2026-03-09T23:50:00-04:00',
      ],
      '2026-03-09',
    ],
    [
      'New York fall back',
      [
        '2026-10-31T00:10:00-04:00', '2026-10-31T23:50:00-04:00',
        '2026-11-01T01:30:00-04:00', '2026-11-01T01:30:00-05:00',
        '2026-11-02T00:10:00-05:00', '2026-11-02T23:50:00-05:00',
      ],
      '2026-11-02',
    ],
  ])('%s: two breaks on each of three days, a streak of 3', (_, ats, today) => {
    const counts = countByDay(ats.map((at) => routine(at)));
    expect(counts).toEqual(days(addDaysToKey(today, -2), [2, 2, 2]));
    expect(streakSummary(counts, everyDay, today)).toMatchObject({ current: 3, best: 3 });
  });
});

describe.each([
  ['Asia/Tokyo', -540],
  ['America/Los_Angeles', 420],
  ['Europe/Berlin', -120],
  ['America/New_York', 240],
])('with the machine in %s', (tz, juneOffset) => {
  timezoneForEach(tz);

  it('gives the same days, weekdays and streaks', () => {
    // Proves the timezone really changed for this test.
    expect(new Date('2026-06-15T12:00:00Z').getTimezoneOffset()).toBe(juneOffset);
    const counts = countByDay(
      [
        '2026-03-06T23:30:00-07:00', // Fri, recorded in California: 2026-03-07 in UTC
        '2026-03-06T23:40:00-07:00',
        '2026-03-09T00:20:00+01:00', // Mon, recorded in Berlin: 2026-03-08 in UTC
        '2026-03-09T08:00:00Z',
        '2026-03-10T23:59:00-05:00',
        '2026-03-10T00:01:00+09:00',
      ].map((at) => routine(at)),
    );
    expect(counts).toEqual(new Map([['2026-03-06', 2], ['2026-03-09', 2], ['2026-03-10', 2]]));
    expect([addDaysToKey('2026-03-07', 1), addDaysToKey('2026-03-08', 1), addDaysToKey('2026-03-29', 1), addDaysToKey('2026-11-01', -1)]).toEqual([
      '2026-03-08',
      '2026-03-09',
      '2026-03-30',
      '2026-10-31',
    ]);
    expect([dayNameOfKey('2026-03-08'), dayNameOfKey('2026-03-09')]).toEqual(['sun', 'mon']);
    expect(streakSummary(counts, rules(), '2026-03-11')).toEqual({ current: 3, best: 3, consistency: 19 });
  });
});

describe('consistency (Mon–Fri, goal 2)', () => {
  it('is 0 for an empty history', () => {
    expect(streakSummary(new Map(), rules(), '2026-06-01').consistency).toBe(0);
  });

  // Each met working day moves the score 1 - 0.5^(1/10) of the way to 100: after n, 100 × (1 - 0.5^(n/10)).
  it.each([
    [1, 7],
    [5, 29],
    [10, 50],
    [20, 75],
    [40, 94],
    [76, 99],
    [77, 100],
    [300, 100],
  ])('after %i met working days it is %i', (n, expected) => {
    const { counts, last } = metWorkingDays('2026-06-01', n);
    expect(streakSummary(counts, rules(), last).consistency).toBe(expected);
  });

  // 10 met days end on Friday 2026-06-12; Saturday, Sunday and Monday (a day off) are neutral.
  it.each([
    ['without breaks', 0],
    ['with one of two breaks', 1],
  ])('neutral days and Tuesday in progress %s leave it unchanged', (_, count) => {
    const { counts } = metWorkingDays('2026-06-01', 10);
    counts.set('2026-06-16', count);
    expect(streakSummary(counts, rules({ daysOff: new Set(['2026-06-15']) }), '2026-06-16').consistency).toBe(50);
  });

  // a = 1 - 0.5^(1/10) ≈ 0.067; after 20 met days the score is 75.
  it.each([
    ['met', 2, 77], // 75 + (100 - 75) × a
    ['half met', 1, 73], // 75 + (50 - 75) × a
    ['missed', 0, 70], // 75 × (1 - a) ≈ 69.98
  ])('a working day %s after 20 met days', (_, count, expected) => {
    const { counts, last } = metWorkingDays('2026-06-01', 20); // ends on Friday 2026-06-26
    counts.set(addDaysToKey(last, 3), count); // Monday; Tuesday is today, in progress
    expect(streakSummary(counts, rules(), addDaysToKey(last, 4)).consistency).toBe(expected);
  });

  it('loses less than 15 points for one missed day after a long run', () => {
    const { counts, last } = metWorkingDays('2026-01-05', 100); // ends on Friday 2026-05-22
    expect(streakSummary(counts, rules(), last).consistency).toBe(100);
    // Monday missed, Tuesday in progress: 100 × (1 - 0.5^10) × (1 - 0.067) ≈ 93.
    const after = streakSummary(counts, rules(), addDaysToKey(last, 4)).consistency;
    expect(after).toBe(93);
    expect(100 - after).toBeLessThan(15);
  });

  it('rises with every met day', () => {
    const { counts, last } = metWorkingDays('2026-06-01', 120);
    let previous = 0;
    for (let day = '2026-06-01'; day <= last; day = addDaysToKey(day, 1)) {
      const score = streakSummary(counts, rules(), day).consistency;
      // Below 85 a met day adds at least a × 15 ≈ 1 point, so rounding cannot hide the rise.
      if (counts.has(day) && previous < 85) expect(score).toBeGreaterThan(previous);
      else expect(score).toBeGreaterThanOrEqual(previous);
      previous = score;
    }
    expect(previous).toBe(100);
  });

  it('stays an integer in 0–100 on an irregular history', () => {
    // A fixed pseudo-random history of 0–5 breaks a day over a year.
    let seed = 7;
    const counts = new Map<string, number>();
    for (let i = 0; i < 365; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      counts.set(addDaysToKey('2026-01-01', i), seed % 6);
    }
    for (let i = 0; i < 400; i += 3) {
      const score = streakSummary(counts, rules({ dailyGoal: 4 }), addDaysToKey('2026-01-01', i)).consistency;
      expect(Number.isInteger(score) && score >= 0 && score <= 100).toBe(true);
    }
  });
});
