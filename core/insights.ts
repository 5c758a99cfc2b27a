// Insights from the last year's breaks: when in the day and week breaks are done, and how each routine changes intensity.
import type { BreakRecord } from './breaks';
import { countsTowardGoal } from './breaks';
import { addDaysToKey, dayKeyToUtc, dayOfBreak } from './day';

/** The spans the "When you move" chart can show, shortest first. */
export const INSIGHT_SPANS = ['4w', '12w', '12m'] as const;
export type InsightSpan = (typeof INSIGHT_SPANS)[number];

/** Days back from today (today included) each span holds; 12 months is the year the dashboard loads. */
const SPAN_DAYS: Record<InsightSpan, number> = { '4w': 28, '12w': 84, '12m': 365 };

/** Below this many before-and-after ratings a routine's average change is not shown. */
export const MIN_RATINGS = 5;

export interface MovementCounts {
  /** Completed breaks by the hour of their recorded local time, 0–23. */
  hours: number[];
  /** Completed breaks by weekday of their recorded local date, Monday first. */
  weekdays: number[];
  total: number;
}

export interface RoutineChange {
  /** Any id found in the records: one from another computer's catalogue stays as written. */
  routineId: string;
  /** A custom or organization routine's name, as its records kept it. */
  routineName?: string;
  /** Records with both an intensity before and after. */
  ratings: number;
  /** Average of after − before (below zero: it eased); only with MIN_RATINGS ratings or more. */
  change?: number;
  /** The average intensity before and after (0–10), with `change` only. */
  before?: number;
  after?: number;
}

export interface Insights {
  when: Record<InsightSpan, MovementCounts>;
  /** Most ratings first, then by id. */
  routines: RoutineChange[];
}

/** The first day a span holds, as a day key. */
export function spanStart(span: InsightSpan, today: string): string {
  return addDaysToKey(today, 1 - SPAN_DAYS[span]);
}

const emptyCounts = (): MovementCounts => ({ hours: new Array<number>(24).fill(0), weekdays: new Array<number>(7).fill(0), total: 0 });

/** The hour written in `at` ("2026-03-29T10:15:00+02:00" → 10), the local hour it was lived; undefined if unreadable. */
export function hourOfBreak(at: string): number | undefined {
  // Read from the text, not through Date: a Date would move the break into this machine's current zone.
  // Character codes rather than slice and Number: this runs once per break of the year.
  const tens = at.charCodeAt(11) - 48;
  const ones = at.charCodeAt(12) - 48;
  if (at[10] !== 'T' || !(tens >= 0 && tens <= 2) || !(ones >= 0 && ones <= 9)) return undefined;
  const hour = tens * 10 + ones;
  return hour <= 23 ? hour : undefined;
}

/**
 * Adds records one at a time, so the dashboard's single loop over the year's breaks feeds every
 * figure (the speed rule: 20,000 breaks may add at most 300 ms), then `result()` gives the insights.
 */
export function insightsTally(today: string) {
  const starts = INSIGHT_SPANS.map((span) => spanStart(span, today));
  const counts = INSIGHT_SPANS.map(emptyCounts);
  const ratings = new Map<string, { n: number; sum: number; before: number }>();
  // The name a custom routine's records kept, so the table names it rather than showing its id.
  const names = new Map<string, string>();
  // Most breaks share their day with others: its weekday and first span are worked out once per day.
  const days = new Map<string, { weekday: number; first: number }>();

  function dayInfo(day: string) {
    let info = days.get(day);
    if (info === undefined) {
      const utcDay = new Date(dayKeyToUtc(day)).getUTCDay();
      // Spans run shortest first and each holds the one before it: a day in the first it reaches is in all after.
      let first = starts.findIndex((start) => day >= start);
      if (Number.isNaN(utcDay) || day > today) first = -1;
      info = { weekday: (utcDay + 6) % 7, first }; // getUTCDay counts from Sunday
      days.set(day, info);
    }
    return info;
  }

  function add(b: BreakRecord): void {
    if (b.kind === 'routine' && b.routineId !== undefined && b.intensityBefore !== undefined && b.intensityAfter !== undefined) {
      const r = ratings.get(b.routineId) ?? { n: 0, sum: 0, before: 0 };
      r.n += 1;
      r.sum += b.intensityAfter - b.intensityBefore;
      r.before += b.intensityBefore;
      ratings.set(b.routineId, r);
      if (b.routineName) names.set(b.routineId, b.routineName);
    }
    if (!countsTowardGoal(b)) return;
    const hour = hourOfBreak(b.at);
    if (hour === undefined) return;
    const { weekday, first } = dayInfo(dayOfBreak(b.at));
    if (first < 0) return;
    for (let i = first; i < counts.length; i++) {
      const c = counts[i]!;
      c.hours[hour]! += 1;
      c.weekdays[weekday]! += 1;
      c.total += 1;
    }
  }

  function result(): Insights {
    const routines = [...ratings]
      .map(([routineId, { n, sum, before }]): RoutineChange => {
        const named = names.has(routineId) ? { routineId, routineName: names.get(routineId)! } : { routineId };
        // The average after is the average before plus the average change: one more sum, not a second pass.
        return n >= MIN_RATINGS ? { ...named, ratings: n, change: sum / n, before: before / n, after: (before + sum) / n } : { ...named, ratings: n };
      })
      .sort((a, b) => b.ratings - a.ratings || (a.routineId < b.routineId ? -1 : a.routineId > b.routineId ? 1 : 0));
    const when = Object.fromEntries(INSIGHT_SPANS.map((span, i) => [span, counts[i]!])) as Record<InsightSpan, MovementCounts>;
    return { when, routines };
  }

  return { add, result };
}

/** The insights from records in any order (one pass). */
export function buildInsights(records: readonly BreakRecord[], today: string): Insights {
  const tally = insightsTally(today);
  for (const b of records) tally.add(b);
  return tally.result();
}
