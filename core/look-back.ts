// The popup's weekly look back: last working week's counted breaks, its best day and the streak it ended on.
import { addDays, startOfWeek, type Day } from 'date-fns';
import { dayNameOfKey, localDayKey } from './day';
import { streakSummary, type StreakRules } from './streaks';
import { DAY_NAMES, isWorkingWeekday, type DayName, type WorkTime } from './work-time';

export interface LookBack {
  /** The first day of the week it is shown in ("YYYY-MM-DD"): closed once, it stays closed until the next week begins. */
  week: string;
  /** Counted breaks (finished routines and "I moved") over last week's seven days. */
  breaks: number;
  /** The weekday of last week with the most counted breaks; on a tie, the first of them in the week. */
  bestDay: DayName;
  /** The current streak as last week ended, in met working days. */
  streak: number;
}

/**
 * The weekday a working week starts on: the first working day after the longest run of days without
 * working time (Monday for Monday to Friday, Sunday for Sunday to Thursday). Equal runs: the start nearest
 * after Monday wins, as does Monday when every day, or none, has working time.
 */
export function workWeekStart(work: Pick<WorkTime, 'workDays' | 'workHoursByDay'>): Day {
  const working = DAY_NAMES.map((day) => isWorkingWeekday(work, day));
  let best: Day = 1;
  let longest = 0;
  // Monday first, so that among equal runs the earliest start in an ISO week is kept.
  for (let k = 0; k < 7; k++) {
    const day = ((k + 1) % 7) as Day;
    const before = (day + 6) % 7;
    if (!working[day] || working[before]) continue;
    let run = 0;
    while (run < 7 && !working[(before - run + 7) % 7]) run++;
    if (run > longest) [best, longest] = [day, run];
  }
  return best;
}

/** The seven day keys of the working week before the one containing `now`, and the key of that week's first day. */
export function lastWeekDays(work: Pick<WorkTime, 'workDays' | 'workHoursByDay'>, now: number): { week: string; days: string[] } {
  // date-fns works on local calendar days (setDate, not 24-hour steps), so a DST change moves no boundary.
  const start = startOfWeek(now, { weekStartsOn: workWeekStart(work) });
  const days = Array.from({ length: 7 }, (_, i) => localDayKey(addDays(start, i - 7).getTime()));
  return { week: localDayKey(start.getTime()), days };
}

/**
 * Last week's look back, or undefined when last week had no counted break: a card that says "0 breaks"
 * after a holiday would be a reproach, and a new user has nothing to look back on.
 */
export function lookBack(counts: ReadonlyMap<string, number>, rules: StreakRules, now: number): LookBack | undefined {
  const { week, days } = lastWeekDays(rules, now);
  let breaks = 0;
  let best = days[0]!;
  for (const day of days) {
    const count = counts.get(day) ?? 0;
    breaks += count;
    if (count > (counts.get(best) ?? 0)) best = day;
  }
  if (breaks === 0) return undefined;
  const last = days[6]!;
  // streakSummary takes its last day as today, still in progress; last week's last day is over, so unmet it ends the run.
  const open = isWorkingWeekday(rules, dayNameOfKey(last)) && !rules.daysOff.has(last) && (counts.get(last) ?? 0) < Math.max(1, rules.dailyGoal);
  const streak = open ? 0 : streakSummary(counts, rules, last).current;
  return { week, breaks, bestDay: dayNameOfKey(best), streak };
}

/** Whether the look back is shown: there is one, and it was not closed in this week. */
export function showLookBack(look: LookBack | undefined, closedWeek: string | undefined): look is LookBack {
  return look !== undefined && look.week !== closedWeek;
}
