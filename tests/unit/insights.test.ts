// Insights: completed breaks by recorded local hour and weekday per span, and each routine's average intensity change.
import { describe, expect, it } from 'vitest';
import type { BreakKind, BreakRecord } from '../../core/breaks';
import { buildDashboard } from '../../core/dashboard';
import { buildInsights, hourOfBreak } from '../../core/insights';
import type { RoutineId } from '../../core/routines';
import { inTimezone } from '../support/tz';

let n = 0;
/** A record as stored; `time` is only for ordering, and no figure may read it. */
function record(at: string, kind: BreakKind = 'routine', fields: Partial<BreakRecord> = {}): BreakRecord {
  return { id: `r${n++}`, at, time: 0, kind, routineId: kind === 'routine' ? 'neck-rolls' : undefined, completed: true, ...fields };
}

/** 24 hours from a sparse table of the hours that have breaks. */
const hours = (sparse: Record<number, number>) => Array.from({ length: 24 }, (_, h) => sparse[h] ?? 0);

// 2026-03-31 is a Tuesday. Spans: 4 weeks from 2026-03-04, 12 weeks from 2026-01-07, 12 months from 2025-04-01.
const TODAY = '2026-03-31';
const WHEN: BreakRecord[] = [
  record('2026-03-02T09:15:00+01:00'), // Mon 9: 12 weeks, 12 months
  record('2026-03-02T09:45:00-05:00', 'movement'), // Mon 9 where it was lived (14:45 UTC)
  record('2026-03-03T23:30:00+09:00'), // Tue 23 (14:30 UTC, still Tuesday)
  record('2026-03-04T00:10:00-08:00'), // Wed 0: the first day of 4 weeks (08:10 UTC)
  record('2026-03-06T23:59:59+01:00'), // Fri 23, the last second before midnight
  record('2026-03-07T00:00:00+01:00'), // Sat 0, midnight itself
  record('2026-03-29T01:30:00+01:00'), // Sun 1: Europe's clocks go forward at 2:00 that night
  record('2026-03-29T03:30:00+02:00', 'movement'), // Sun 3, an hour of real time later
  record('2025-11-02T01:30:00-04:00'), // Sun 1: the US clocks go back at 2:00 that night...
  record('2025-11-02T01:30:00-05:00'), // ...and 1:30 comes again an hour later: also 1
  record('2026-01-07T12:00:00+01:00'), // Wed 12: the first day of 12 weeks
  record('2026-01-06T12:00:00+01:00'), // Tue 12: 12 months only
  record('2025-04-01T08:00:00+02:00'), // Tue 8: the first day of 12 months
  record('2025-03-31T08:00:00+02:00'), // a day before 12 months: nowhere
  record('2026-04-01T08:00:00+02:00'), // after today (a clock ahead): nowhere
  // Not completed breaks: counted nowhere.
  record('2026-03-10T10:00:00+01:00', 'skipped', { completed: undefined }),
  record('2026-03-10T10:05:00+01:00', 'routine', { completed: false }),
  record('2026-03-10T10:10:00+01:00', 'natural', { completed: undefined, seconds: 600 }),
  record('2026-03-10T10:15:00+01:00', 'due', { completed: undefined }),
  record('2026-03-10T10:20:00+01:00', 'movement', { completed: undefined }),
];

const EXPECTED = {
  '4w': { hours: hours({ 0: 2, 1: 1, 3: 1, 23: 1 }), weekdays: [0, 0, 1, 0, 1, 1, 2], total: 5 },
  '12w': { hours: hours({ 0: 2, 1: 1, 3: 1, 9: 2, 12: 1, 23: 2 }), weekdays: [2, 1, 2, 0, 1, 1, 2], total: 9 },
  '12m': { hours: hours({ 0: 2, 1: 3, 3: 1, 8: 1, 9: 2, 12: 2, 23: 2 }), weekdays: [2, 3, 2, 0, 1, 1, 4], total: 13 },
};

describe('completed breaks by hour and weekday', () => {
  it.each(['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Honolulu'])(
    'counts each break at its own recorded local hour and date, the same with the machine in %s',
    (zone) => {
      const { when } = inTimezone(zone, () => buildInsights(WHEN, TODAY));
      expect(when).toEqual(EXPECTED);
    },
  );

  it('does not depend on the order of the records', () => {
    expect(buildInsights([...WHEN].reverse(), TODAY).when).toEqual(EXPECTED);
  });

  it('has all zeros with no breaks', () => {
    const zero = { hours: hours({}), weekdays: [0, 0, 0, 0, 0, 0, 0], total: 0 };
    expect(buildInsights([], TODAY).when).toEqual({ '4w': zero, '12w': zero, '12m': zero });
  });

  it('leaves out a record whose time cannot be read', () => {
    expect(buildInsights([record('2026-03-30T25:00:00+01:00'), record('2026-03-30')], TODAY).when['4w'].total).toBe(0);
  });

  it.each([
    ['2026-03-29T10:15:00+02:00', 10],
    ['2026-03-29T00:00:00Z', 0],
    ['2026-03-29T23:59:00-11:00', 23],
    ['2026-03-29T24:00:00+01:00', undefined],
    ['2026-03-29', undefined],
  ])('reads the hour of %s as %s', (at, hour) => {
    expect(hourOfBreak(at)).toBe(hour);
  });
});

const rated = (routineId: string, before: number | undefined, after: number | undefined, fields: Partial<BreakRecord> = {}) =>
  record('2026-03-20T10:00:00+01:00', 'routine', { routineId: routineId as RoutineId, intensityBefore: before, intensityAfter: after, ...fields });

describe('average intensity change per routine', () => {
  it('shows no average under 5 ratings, the average from exactly 5, and counts only records with both ratings', () => {
    const records = [
      // 4 ratings: not enough.
      rated('neck-rolls', 6, 2),
      rated('neck-rolls', 5, 4),
      rated('neck-rolls', 3, 3),
      rated('neck-rolls', 7, 1),
      // Exactly 5: changes −4, −2, 0, +1, −5 → −10 / 5 = −2.
      rated('jaw-release', 6, 2),
      rated('jaw-release', 5, 3),
      rated('jaw-release', 7, 7),
      rated('jaw-release', 4, 5),
      rated('jaw-release', 8, 3, { completed: false }), // stopped after both ratings: still a rating
      // Records that are not ratings of a routine.
      rated('jaw-release', 6, undefined),
      rated('jaw-release', undefined, 2),
      rated('jaw-release', undefined, undefined),
      record('2026-03-20T11:00:00+01:00', 'movement', { intensityBefore: 9, intensityAfter: 0 }),
      // An id this catalogue does not have (another computer's routine), with zeros that still count:
      // changes −1, −1, −1, 0, 0, 0 → −3 / 6 = −0.5.
      rated('elbow-circles', 3, 2),
      rated('elbow-circles', 3, 2),
      rated('elbow-circles', 3, 2),
      rated('elbow-circles', 2, 2),
      rated('elbow-circles', 0, 0),
      rated('elbow-circles', 0, 0),
    ];
    expect(buildInsights(records, TODAY).routines).toEqual([
      // Averages before and after: elbow circles 11 / 6 and 8 / 6; jaw release 30 / 5 and 20 / 5.
      { routineId: 'elbow-circles', ratings: 6, change: -0.5, before: expect.closeTo(11 / 6, 9), after: expect.closeTo(8 / 6, 9) },
      { routineId: 'jaw-release', ratings: 5, change: -2, before: 6, after: 4 },
      { routineId: 'neck-rolls', ratings: 4 },
    ]);
  });

  it('names a routine of ones own by the name its records kept', () => {
    const named = Array.from({ length: 5 }, () => rated('mine-physio', 6, 3, { routineName: 'Physio set' }));
    expect(buildInsights(named, TODAY).routines).toEqual([{ routineId: 'mine-physio', routineName: 'Physio set', ratings: 5, change: -3, before: 6, after: 3 }]);
  });

  it('averages a worsening as a positive change, and sorts equal counts by id', () => {
    const five = (id: string, before: number, after: number) => Array.from({ length: 5 }, () => rated(id, before, after));
    expect(buildInsights([...five('hips-glutes', 2, 5), ...five('calves', 4, 4)], TODAY).routines).toEqual([
      { routineId: 'calves', ratings: 5, change: 0, before: 4, after: 4 },
      { routineId: 'hips-glutes', ratings: 5, change: 3, before: 2, after: 5 },
    ]);
  });

  it('is part of the dashboard, from the same records', () => {
    const rules = { workDays: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, dailyGoal: 4, daysOff: new Set<string>() };
    const dashboard = buildDashboard(new Map(), WHEN, { ...rules, workDays: [...rules.workDays] }, TODAY);
    expect(dashboard.insights.when).toEqual(EXPECTED);
  });
});
