// The printed report for a physiotherapist: one span's figures, taken from the dashboard's own computations, and nothing else.
import type { BreakRecord } from './breaks';
import { buildDashboard, countedBetween } from './dashboard';
import { addDaysToKey, dayOfBreak, weekStartKey } from './day';
import { rangeProblem } from './day-off-ranges';
import type { DayOffRange } from './history-file';
import { spanStart, type InsightSpan } from './insights';
import type { StreakRules, StreakSummary } from './streaks';

export interface ReportOptions {
  span: InsightSpan;
  /** A reason such as "sick leave" is health information: it is printed only when asked for. */
  includeReasons: boolean;
}

/** What the report reads: the options page's dashboard data (per-day totals, days off, the last year's breaks). */
export interface ReportInput {
  today: string;
  counts: ReadonlyMap<string, number>;
  daysOff: readonly string[];
  dayOffRanges: readonly DayOffRange[];
  recent: readonly BreakRecord[];
}

export interface ReportWeek {
  /** The week's first and last day within the span: the first and the current week may be partial. */
  from: string;
  to: string;
  counted: number;
}

export interface ReportRoutine {
  routineId: string;
  routineName?: string;
  /** Completed in the span. */
  done: number;
  /** Ratings with both an intensity before and after, and their averages (only from MIN_RATINGS ratings on). */
  ratings: number;
  before?: number;
  after?: number;
  change?: number;
}

export interface Report {
  /** The span, both days included. */
  from: string;
  to: string;
  /** Current and best streak and consistency as of `to`, as the dashboard shows them. */
  summary: StreakSummary;
  /** Counted breaks in the span. */
  total: number;
  /** Monday-first weeks, oldest first. */
  weeks: ReportWeek[];
  /** Routines done or rated in the span, most done first. */
  routines: ReportRoutine[];
  /** Single days off in the span, sorted. */
  daysOff: string[];
  /** Ranges that reach into the span, as stored (not clipped), oldest first; `label` only with includeReasons. */
  dayOffRanges: DayOffRange[];
  /** Distinct days off within the span, single days and ranges together. */
  daysOffCount: number;
}

/** The report for `options.span` ending `input.today` (the clock, as a day key). */
export function buildReport(input: ReportInput, rules: StreakRules, options: ReportOptions): Report {
  const to = input.today;
  const from = spanStart(options.span, to);
  const inSpan = (day: string) => from <= day && day <= to;
  const records = input.recent.filter((b) => inSpan(dayOfBreak(b.at)));
  // The dashboard's figures over the span's records: the same counts and averages the options page shows.
  const dashboard = buildDashboard(input.counts, records, rules, to);

  const weeks: ReportWeek[] = [];
  for (let monday = weekStartKey(from); monday <= to; monday = addDaysToKey(monday, 7)) {
    const first = monday < from ? from : monday;
    const sunday = addDaysToKey(monday, 6);
    const last = sunday > to ? to : sunday;
    weeks.push({ from: first, to: last, counted: countedBetween(input.counts, first, last) });
  }

  const changes = new Map(dashboard.insights.routines.map((r) => [r.routineId, r]));
  const routines: ReportRoutine[] = dashboard.routines.map(({ count, ...r }) => {
    const change = changes.get(r.routineId);
    changes.delete(r.routineId);
    return { ...r, done: count, ratings: change?.ratings ?? 0, ...averages(change) };
  });
  // Rated but not completed in the span (a routine stopped halfway): its ratings still say how it went.
  for (const change of changes.values()) {
    const routineName = records.find((b) => b.routineId === change.routineId && b.routineName)?.routineName;
    routines.push({ routineId: change.routineId, ...(routineName ? { routineName } : {}), done: 0, ratings: change.ratings, ...averages(change) });
  }

  const daysOff = [...new Set(input.daysOff.filter(inSpan))].sort();
  const dayOffRanges = input.dayOffRanges
    .filter((r) => rangeProblem(r) === undefined && r.from <= to && r.to >= from)
    .map((r) => ({ from: r.from, to: r.to, ...(options.includeReasons && r.label ? { label: r.label } : {}) }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const offDays = new Set(daysOff);
  for (const r of dayOffRanges) {
    for (let day = r.from < from ? from : r.from; day <= r.to && day <= to; day = addDaysToKey(day, 1)) offDays.add(day);
  }

  return {
    from,
    to,
    summary: dashboard.summary,
    total: weeks.reduce((sum, w) => sum + w.counted, 0),
    weeks,
    routines,
    daysOff,
    dayOffRanges,
    daysOffCount: offDays.size,
  };
}

function averages(change: { before?: number; after?: number; change?: number } | undefined) {
  return change?.change === undefined ? {} : { before: change.before, after: change.after, change: change.change };
}
