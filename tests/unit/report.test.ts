// The printed report's model: the span's bounds and weeks, what it takes in and leaves out, and reasons only when asked.
import { describe, expect, it } from 'vitest';
import type { BreakRecord } from '../../core/breaks';
import type { DayOffRange } from '../../core/history-file';
import { buildReport, type ReportInput } from '../../core/report';
import type { StreakRules } from '../../core/streaks';

// 2026-03-31 is a Tuesday. The spans start on Wed 2026-03-04 (28 days), Wed 2026-01-07 (84) and Tue 2025-04-01 (365).
const TODAY = '2026-03-31';
const EVERY_DAY: StreakRules = { workDays: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'], dailyGoal: 1, daysOff: new Set() };

let n = 0;
function routine(at: string, routineId: string, fields: Partial<BreakRecord> = {}): BreakRecord {
  return { id: `r${n++}`, at, time: 0, kind: 'routine', routineId, completed: true, ...fields };
}

function input(fields: Partial<ReportInput>): ReportInput {
  return { today: TODAY, counts: new Map(), daysOff: [], dayOffRanges: [], recent: [], ...fields };
}

describe('the report span', () => {
  // Counted breaks per day, written out: the day before each span, its first day, its last (today), the day after.
  const counts = new Map([
    ['2025-03-31', 100],
    ['2025-04-01', 1],
    ['2026-01-06', 200],
    ['2026-01-07', 2],
    ['2026-03-03', 300],
    ['2026-03-04', 3],
    ['2026-03-08', 4],
    ['2026-03-09', 5],
    ['2026-03-30', 6],
    ['2026-03-31', 7],
    ['2026-04-01', 400],
  ]);

  it('holds 4 weeks as 28 days ending today, in Monday weeks clipped to the span', () => {
    const report = buildReport(input({ counts }), EVERY_DAY, { span: '4w', includeReasons: false });
    expect([report.from, report.to]).toEqual(['2026-03-04', '2026-03-31']);
    expect(report.weeks).toEqual([
      { from: '2026-03-04', to: '2026-03-08', counted: 3 + 4 },
      { from: '2026-03-09', to: '2026-03-15', counted: 5 },
      { from: '2026-03-16', to: '2026-03-22', counted: 0 },
      { from: '2026-03-23', to: '2026-03-29', counted: 0 },
      { from: '2026-03-30', to: '2026-03-31', counted: 6 + 7 },
    ]);
    expect(report.total).toBe(3 + 4 + 5 + 6 + 7);
  });

  it('holds 12 weeks from 84 days back and 12 months from 365 days back, and nothing outside', () => {
    const twelveWeeks = buildReport(input({ counts }), EVERY_DAY, { span: '12w', includeReasons: false });
    expect([twelveWeeks.from, twelveWeeks.to, twelveWeeks.weeks.length]).toEqual(['2026-01-07', TODAY, 13]);
    expect(twelveWeeks.weeks[0]).toEqual({ from: '2026-01-07', to: '2026-01-11', counted: 2 });
    expect(twelveWeeks.total).toBe(2 + 300 + 3 + 4 + 5 + 6 + 7);

    const year = buildReport(input({ counts }), EVERY_DAY, { span: '12m', includeReasons: false });
    expect([year.from, year.to, year.weeks.length]).toEqual(['2025-04-01', TODAY, 53]);
    expect(year.weeks[0]).toEqual({ from: '2025-04-01', to: '2025-04-06', counted: 1 });
    expect(year.weeks.at(-1)).toEqual({ from: '2026-03-30', to: TODAY, counted: 13 });
    expect(year.total).toBe(1 + 200 + 2 + 300 + 3 + 4 + 5 + 6 + 7);
  });

  it('crosses a year end in whole Monday weeks', () => {
    const report = buildReport(input({ today: '2027-01-05' }), EVERY_DAY, { span: '4w', includeReasons: false });
    // 28 days back from Tue 2027-01-05 is Wed 2026-12-09; Mon 2026-12-28 to Sun 2027-01-03 is one week.
    expect(report.weeks.map((w) => w.from)).toEqual(['2026-12-09', '2026-12-14', '2026-12-21', '2026-12-28', '2027-01-04']);
    expect(report.weeks[3]!.to).toBe('2027-01-03');
  });
});

describe('the report streaks', () => {
  it('are the streaks as of today over the whole history, not only the span', () => {
    // Met every day from 2025-01-01 to 2025-01-10 (ten days, long before every span), then the last three days.
    const counts = new Map<string, number>();
    for (let d = 1; d <= 10; d++) counts.set(`2025-01-${String(d).padStart(2, '0')}`, 1);
    for (const day of ['2026-03-29', '2026-03-30', '2026-03-31']) counts.set(day, 2);
    const report = buildReport(input({ counts }), EVERY_DAY, { span: '4w', includeReasons: false });
    expect([report.summary.current, report.summary.best]).toEqual([3, 10]);
  });
});

describe('the report routines', () => {
  it('counts the routines done in the span and their ratings, most done first, and leaves out those outside it', () => {
    const recent = [
      routine('2026-03-03T10:00:00+01:00', 'calves'), // the day before 4 weeks: out
      routine('2026-03-04T00:10:00-08:00', 'calves'), // the first day, where it was lived
      routine('2026-03-10T10:00:00+01:00', 'calves'),
      routine('2026-03-10T11:00:00+01:00', 'calves', { completed: false }), // not done
      routine('2026-04-01T10:00:00+02:00', 'calves'), // after today: out
      routine('2026-03-20T10:00:00+01:00', 'acme-reset', { routineName: 'Desk reset (Acme)' }),
      routine('2026-03-21T10:00:00+01:00', 'acme-reset', { routineName: 'Desk reset (Acme)' }),
      routine('2026-03-22T10:00:00+01:00', 'acme-reset', { routineName: 'Desk reset (Acme)' }),
      // Five ratings of jaw release: before 6, 5, 7, 4, 8 (30 / 5 = 6), after 2, 3, 7, 5, 3 (20 / 5 = 4); one not finished.
      ...[[6, 2], [5, 3], [7, 7], [4, 5], [8, 3]].map(([before, after], i) =>
        routine(`2026-03-2${i}T15:00:00+01:00`, 'jaw-release', { intensityBefore: before, intensityAfter: after, completed: i < 4 }),
      ),
      // Rated twice, never finished: too few ratings, done 0.
      routine('2026-03-25T09:00:00+01:00', 'neck-rolls', { intensityBefore: 5, intensityAfter: 4, completed: false }),
      routine('2026-03-26T09:00:00+01:00', 'neck-rolls', { intensityBefore: 5, intensityAfter: 3, completed: false }),
      // A rating outside the span does not count.
      routine('2026-02-01T09:00:00+01:00', 'jaw-release', { intensityBefore: 10, intensityAfter: 0 }),
      { id: 'm', at: '2026-03-12T10:00:00+01:00', time: 0, kind: 'movement', completed: true },
    ] satisfies BreakRecord[];
    const report = buildReport(input({ recent }), EVERY_DAY, { span: '4w', includeReasons: false });
    expect(report.routines).toEqual([
      { routineId: 'jaw-release', done: 4, ratings: 5, before: 6, after: 4, change: -2 },
      { routineId: 'acme-reset', routineName: 'Desk reset (Acme)', done: 3, ratings: 0 },
      { routineId: 'calves', done: 2, ratings: 0 },
      { routineId: 'neck-rolls', done: 0, ratings: 2 },
    ]);
  });
});

describe('the report days off', () => {
  const ranges: DayOffRange[] = [
    { from: '2026-04-02', to: '2026-04-10', label: 'After today' },
    { from: '2026-03-16', to: '2026-03-20', label: 'Sick leave' },
    { from: '2026-02-25', to: '2026-03-05', label: 'Skiing' }, // reaches into 4 weeks: 2 days of it (Mar 4 and 5)
    { from: '2026-03-25', to: '2026-03-23', label: 'Backwards' }, // not a valid range: left out
    { from: '2026-03-27', to: '2026-03-27' },
  ];
  const daysOff = ['2026-03-26', '2026-03-03', '2026-03-18', '2026-03-10'];

  it('lists the single days and the ranges that reach into the span, and counts each day once', () => {
    const report = buildReport(input({ daysOff, dayOffRanges: ranges }), EVERY_DAY, { span: '4w', includeReasons: false });
    expect(report.daysOff).toEqual(['2026-03-10', '2026-03-18', '2026-03-26']);
    expect(report.dayOffRanges).toEqual([
      { from: '2026-02-25', to: '2026-03-05' },
      { from: '2026-03-16', to: '2026-03-20' },
      { from: '2026-03-27', to: '2026-03-27' },
    ]);
    // Mar 4, 5; 16–20 (18 is also a single day); 27; the single days 10 and 26.
    expect(report.daysOffCount).toBe(2 + 5 + 1 + 2);
  });

  it('leaves every reason out by default: "sick leave" is health information', () => {
    const report = buildReport(input({ daysOff, dayOffRanges: ranges }), EVERY_DAY, { span: '12m', includeReasons: false });
    expect(JSON.stringify(report)).not.toMatch(/Sick leave|Skiing|label/);
  });

  it('keeps the reasons when asked', () => {
    const report = buildReport(input({ daysOff, dayOffRanges: ranges }), EVERY_DAY, { span: '4w', includeReasons: true });
    expect(report.dayOffRanges.map((r) => r.label)).toEqual(['Skiing', 'Sick leave', undefined]);
  });
});

describe('what the report holds', () => {
  it('is the span, the streaks, the weeks, the routines and the days off: nothing else', () => {
    const report = buildReport(input({}), EVERY_DAY, { span: '12w', includeReasons: true });
    expect(Object.keys(report).sort()).toEqual(['dayOffRanges', 'daysOff', 'daysOffCount', 'from', 'routines', 'summary', 'to', 'total', 'weeks']);
  });
});
