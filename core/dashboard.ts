// The options page's figures, computed from per-day totals and the last year's breaks.
import type { BreakRecord } from './breaks';
import { countsTowardGoal } from './breaks';
import { addDaysToKey, dayOfBreak, weekStartKey } from './day';
import { answersTally, type WeekAnswers } from './answers';
import { insightsTally, type Insights } from './insights';
import { daysOfRanges } from './day-off-ranges';
import type { DayOffRange } from './history-file';
import type { Settings } from './settings';
import { workingWeekdays } from './work-time';
import { streakSummary, type StreakRules, type StreakSummary } from './streaks';

export const WEEKS_SHOWN = 8;

export interface WeekIntensity {
  start: string;
  before?: number;
  after?: number;
}

export interface Dashboard {
  summary: StreakSummary;
  today: number;
  /** The last eight weeks, Monday first, oldest first, this week last. */
  weeks: { start: string; counted: number }[];
  /** Completed routines in the last year, most done first. */
  /** `routineName`: the name a history from elsewhere gave a routine this computer does not have. */
  routines: { routineId: string; routineName?: string; count: number }[];
  intensity: WeekIntensity[];
  /** When breaks are done and which routines ease intensity, from the same loop over the records. */
  insights: Insights;
  /** The last eight weeks' reminders and how each ended, oldest first. */
  answers: WeekAnswers[];
}

/** The first day whose breaks the dashboard reads one by one: a year back. */
export function recentFrom(today: string): string {
  return addDaysToKey(today, -364);
}

/** Counted breaks on the days from `first` to `last`, both included (day keys). */
export function countedBetween(counts: ReadonlyMap<string, number>, first: string, last: string): number {
  let counted = 0;
  for (let day = first; day <= last; day = addDaysToKey(day, 1)) counted += counts.get(day) ?? 0;
  return counted;
}

/**
 * The streak rules of the dashboard and the report: the weekdays with working time (a working day whose own hours
 * are empty is neutral, like a day off), the goal, and the single days off with every day of the ranges.
 */
export function dashboardRules(
  settings: Pick<Settings, 'workDays' | 'workHoursByDay' | 'dailyGoal'>,
  daysOff: readonly string[],
  ranges: readonly DayOffRange[],
): StreakRules {
  return { workDays: workingWeekdays(settings), dailyGoal: settings.dailyGoal, daysOff: new Set([...daysOff, ...daysOfRanges(ranges)]) };
}

const mean = (values: number[]) => (values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length);

export function buildDashboard(
  counts: ReadonlyMap<string, number>,
  recent: readonly BreakRecord[],
  rules: StreakRules,
  today: string,
): Dashboard {
  const thisWeek = weekStartKey(today);
  const starts = Array.from({ length: WEEKS_SHOWN }, (_, i) => addDaysToKey(thisWeek, -7 * (WEEKS_SHOWN - 1 - i)));
  const weeks = starts.map((start) => ({ start, counted: countedBetween(counts, start, addDaysToKey(start, 6)) }));

  const perRoutine = new Map<string, number>();
  const names = new Map<string, string>();
  const before = new Map<string, number[]>();
  const after = new Map<string, number[]>();
  const insights = insightsTally(today);
  const answers = answersTally(today, WEEKS_SHOWN);
  for (const b of recent) {
    insights.add(b);
    answers.add(b);
    if (b.kind !== 'routine' || !b.routineId) continue;
    if (countsTowardGoal(b)) perRoutine.set(b.routineId, (perRoutine.get(b.routineId) ?? 0) + 1);
    if (b.routineName) names.set(b.routineId, b.routineName);
    const week = weekStartKey(dayOfBreak(b.at));
    if (b.intensityBefore !== undefined) before.set(week, [...(before.get(week) ?? []), b.intensityBefore]);
    if (b.intensityAfter !== undefined) after.set(week, [...(after.get(week) ?? []), b.intensityAfter]);
  }

  return {
    summary: streakSummary(counts, rules, today),
    today: counts.get(today) ?? 0,
    weeks,
    routines: [...perRoutine]
      .map(([routineId, count]) => ({ routineId, ...(names.has(routineId) ? { routineName: names.get(routineId) } : {}), count }))
      .sort((a, b) => b.count - a.count),
    intensity: starts.map((start) => ({ start, before: mean(before.get(start) ?? []), after: mean(after.get(start) ?? []) })),
    insights: insights.result(),
    answers: answers.result(),
  };
}
