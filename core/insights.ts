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
  /** Records with both an intensity before and after. */
  ratings: number;
  /** Average of after − before (below zero: it eased); only with MIN_RATINGS ratings or more. */
  change?: number;
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
  const hour = at.length >= 13 && at[10] === 'T' ? Number(at.slice(11, 13)) : NaN;
  return Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : undefined;
}

/**
 * Adds records one at a time, so the dashboard's single loop over the year's breaks feeds every
 * figure (the speed rule: 20,000 breaks may add at most 300 ms), then `result()` gives the insights.
 */
export function insightsTally(today: string) {
  const starts = INSIGHT_SPANS.map((span) => [span, spanStart(span, today)] as const);
  const when = Object.fromEntries(INSIGHT_SPANS.map((span) => [span, emptyCounts()])) as Record<InsightSpan, MovementCounts>;
  const ratings = new Map<string, { n: number; sum: number }>();
  // Most breaks share their day with others: the weekday is worked out once per day.
  const weekdayOf = new Map<string, number>();

  function add(b: BreakRecord): void {
    if (b.kind === 'routine' && b.routineId !== undefined && b.intensityBefore !== undefined && b.intensityAfter !== undefined) {
      const r = ratings.get(b.routineId) ?? { n: 0, sum: 0 };
      r.n += 1;
      r.sum += b.intensityAfter - b.intensityBefore;
      ratings.set(b.routineId, r);
    }
    if (!countsTowardGoal(b)) return;
    const day = dayOfBreak(b.at);
    const hour = hourOfBreak(b.at);
    if (day > today || hour === undefined) return;
    let weekday = weekdayOf.get(day);
    if (weekday === undefined) {
      const utcDay = new Date(dayKeyToUtc(day)).getUTCDay();
      if (Number.isNaN(utcDay)) return;
      weekday = (utcDay + 6) % 7; // getUTCDay counts from Sunday
      weekdayOf.set(day, weekday);
    }
    for (const [span, start] of starts) {
      if (day < start) continue;
      const c = when[span];
      c.hours[hour]! += 1;
      c.weekdays[weekday]! += 1;
      c.total += 1;
    }
  }

  function result(): Insights {
    const routines = [...ratings]
      .map(([routineId, { n, sum }]): RoutineChange => (n >= MIN_RATINGS ? { routineId, ratings: n, change: sum / n } : { routineId, ratings: n }))
      .sort((a, b) => b.ratings - a.ratings || (a.routineId < b.routineId ? -1 : a.routineId > b.routineId ? 1 : 0));
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
