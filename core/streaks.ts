// Streaks and the consistency score: which local day each break belongs to, and how the days add up.
import { countsTowardGoal, type BreakRecord } from './breaks';
import { DAY_NAMES, type DayName } from './settings';

/** What makes a day count. Day keys are local dates "YYYY-MM-DD". */
export interface StreakRules {
  workDays: readonly DayName[];
  dailyGoal: number;
  /** Holidays and leave: neutral like a weekend, they neither break nor extend a streak. */
  daysOff: ReadonlySet<string>;
}

export interface StreakSummary {
  current: number;
  best: number;
  /** 0–100. */
  consistency: number;
}

/**
 * How far one working day moves the consistency score toward that day's result: a half-life of
 * 10 working days (two working weeks). Ten met days take an empty score to 50, and one missed day
 * after a long run costs about 7 points instead of the whole streak — the forgiving "habit
 * strength" of Loop Habit Tracker, so a single sick day does not wipe out months of effort.
 */
export const CONSISTENCY_ALPHA = 1 - 0.5 ** (1 / 10);

const MS_PER_DAY = 86_400_000;
const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The local day of a break: the date as written in `at`, whatever the offset. */
export function dayOfBreak(at: string): string {
  // Parsing `at` would move the break into the machine's current timezone: after travelling or a
  // timezone change, old breaks would jump to another day. The written date is the day it was lived.
  return at.slice(0, 10);
}

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

/** Midnight UTC of a day key: formatted with timeZone 'UTC', it shows that very day on any machine. */
export function dayKeyToUtc(day: string): number {
  return Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
}

/** Days since 1970-01-01. UTC, because a local day can be 23 or 25 hours long across DST. */
function epochDay(day: string): number {
  return dayKeyToUtc(day) / MS_PER_DAY;
}

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday; days before it are negative. */
function weekdayIndex(epoch: number): number {
  return (((epoch + 4) % 7) + 7) % 7;
}

export function addDays(day: string, n: number): string {
  return new Date((epochDay(day) + n) * MS_PER_DAY).toISOString().slice(0, 10);
}

export function weekdayOf(day: string): DayName {
  const name = DAY_NAMES[weekdayIndex(epochDay(day))];
  if (name === undefined) throw new RangeError(`not a day "YYYY-MM-DD": ${day}`);
  return name;
}

export function isWorkingDay(day: string, rules: Pick<StreakRules, 'workDays' | 'daysOff'>): boolean {
  return !rules.daysOff.has(day) && rules.workDays.includes(weekdayOf(day));
}

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/**
 * The earliest day up to `today` with at least one counted break. Days before it can neither
 * extend a streak nor move a score that starts at 0, so starting here gives the same results as
 * starting at the first day of history (or of days off), with fewer days to walk.
 */
function firstCountedDay(counts: ReadonlyMap<string, number>, today: string): string | undefined {
  let first: string | undefined;
  for (const [day, count] of counts) {
    if (count > 0 && day <= today && (first === undefined || day < first) && DAY_KEY.test(day)) first = day;
  }
  return first;
}

/** Current and best streak and consistency, in one pass over the days from the first counted break to `today`. */
export function streakSummary(counts: ReadonlyMap<string, number>, rules: StreakRules, today: string): StreakSummary {
  // Settings keep the goal in 1–12; a stored 0 must not make every empty day met or divide by zero.
  const goal = Math.max(1, rules.dailyGoal);
  const working = DAY_NAMES.map((name) => rules.workDays.includes(name));
  let current = 0;
  let best = 0;
  let score = 0;
  const first = firstCountedDay(counts, today);
  if (first === undefined || !DAY_KEY.test(today)) return { current, best, consistency: 0 };

  const last = epochDay(today) - epochDay(first);
  let year = +first.slice(0, 4);
  let month = +first.slice(5, 7);
  let date = +first.slice(8, 10);
  let weekday = weekdayIndex(epochDay(first));
  // Dates and weekdays advance by arithmetic: no Date per day, and no DST day is skipped or repeated.
  for (let i = 0; i <= last; i++) {
    const key = `${year}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
    if (working[weekday] && !rules.daysOff.has(key)) {
      const count = counts.get(key) ?? 0;
      const met = count >= goal;
      const inProgress = i === last && !met;
      if (met) best = Math.max(best, ++current);
      else if (!inProgress) current = 0;
      if (!inProgress) score += CONSISTENCY_ALPHA * (Math.min(1, count / goal) - score);
    }
    weekday = weekday === 6 ? 0 : weekday + 1;
    if (date < daysInMonth(year, month)) date++;
    else {
      date = 1;
      if (month < 12) month++;
      else {
        month = 1;
        year++;
      }
    }
  }
  return { current, best, consistency: Math.round(score * 100) };
}

/** Met working days in a row, up to today if today is met, else up to the last working day before it. */
export function currentStreak(counts: ReadonlyMap<string, number>, rules: StreakRules, today: string): number {
  return streakSummary(counts, rules, today).current;
}

/** The longest run of met working days ever, the current one included. */
export function bestStreak(counts: ReadonlyMap<string, number>, rules: StreakRules, today: string): number {
  return streakSummary(counts, rules, today).best;
}

/** 0–100: how regularly the goal was met on working days, forgiving single misses. */
export function consistency(counts: ReadonlyMap<string, number>, rules: StreakRules, today: string): number {
  return streakSummary(counts, rules, today).consistency;
}
