// Streaks and the consistency score: counted breaks per local day, and how the days add up.
import { countsTowardGoal, type BreakRecord } from './breaks';
import { addDaysToKey, dayNameOfKey, dayOfBreak, isDayKey } from './day';
import { DAY_NAMES, isWorkingWeekday, type WorkTime } from './work-time';

/**
 * What makes a day count. Day keys are local dates "YYYY-MM-DD". A working day whose own hours
 * (workHoursByDay) are an empty list has no working time: neutral like a weekend.
 */
export interface StreakRules extends Pick<WorkTime, 'workDays' | 'workHoursByDay'> {
  dailyGoal: number;
  /** Holidays and leave: neutral like a weekend, they neither break nor extend a streak. */
  daysOff: ReadonlySet<string>;
}

export interface StreakSummary {
  /** Met working days in a row, up to today if today is met, else up to the last working day before it. */
  current: number;
  /** The longest run of met working days ever, the current one included. */
  best: number;
  /** 0–100: how regularly the goal was met on working days, forgiving single misses. */
  consistency: number;
}

/**
 * How far one working day moves the consistency score toward that day's result: a half-life of
 * 10 working days (two working weeks). Ten met days take an empty score to 50, and one missed day
 * after a long run costs about 7 points instead of the whole streak — the forgiving "habit
 * strength" of Loop Habit Tracker, so a single sick day does not wipe out months of effort.
 */
export const CONSISTENCY_ALPHA = 1 - 0.5 ** (1 / 10);

/** Breaks that count toward the goal, per local day. Days without any are absent. */
export function countByDay(breaks: Iterable<Pick<BreakRecord, 'at' | 'kind' | 'completed'>>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const b of breaks) {
    if (!countsTowardGoal(b)) continue;
    const day = dayOfBreak(b.at);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return counts;
}

/**
 * The earliest day up to `today` with at least one counted break. Days before it can neither
 * extend a streak nor move a score that starts at 0, so starting here gives the same results as
 * starting at the first day of history (or of days off), with fewer days to walk.
 */
function firstCountedDay(counts: ReadonlyMap<string, number>, today: string): string | undefined {
  let first: string | undefined;
  for (const [day, count] of counts) {
    if (count > 0 && day <= today && (first === undefined || day < first) && isDayKey(day)) first = day;
  }
  return first;
}

/** Current and best streak and consistency, in one pass over the days from the first counted break to `today`. */
export function streakSummary(counts: ReadonlyMap<string, number>, rules: StreakRules, today: string): StreakSummary {
  // Settings keep the goal in 1–12; a stored 0 must not make every empty day met or divide by zero.
  const goal = Math.max(1, rules.dailyGoal);
  let current = 0;
  let best = 0;
  let score = 0;
  const first = firstCountedDay(counts, today);
  if (first === undefined || !isDayKey(today)) return { current, best, consistency: 0 };

  const working = DAY_NAMES.map((name) => isWorkingWeekday(rules, name));
  let weekday = DAY_NAMES.indexOf(dayNameOfKey(first));
  // The weekday advances with the day, so each day of history costs one Date (in addDaysToKey).
  for (let day = first; day <= today; day = addDaysToKey(day, 1), weekday = (weekday + 1) % 7) {
    if (!working[weekday] || rules.daysOff.has(day)) continue;
    const count = counts.get(day) ?? 0;
    const met = count >= goal;
    const inProgress = day === today && !met;
    if (met) best = Math.max(best, ++current);
    else if (!inProgress) current = 0;
    if (!inProgress) score += CONSISTENCY_ALPHA * (Math.min(1, count / goal) - score);
  }
  return { current, best, consistency: Math.round(score * 100) };
}
