// Local calendar arithmetic: working periods of a day, ISO times with their UTC offset. DST-safe through date-fns.
import { addDays, formatISO, startOfDay } from 'date-fns';
import { DAY_NAMES, minutesOfDay, type DayName, type TimeRange } from './settings';

/** A span of local working time, as epoch milliseconds. */
export interface Period {
  start: number;
  end: number;
}

/** The instant of a local wall-clock time "HH:MM" on the local day that contains `day`. */
export function atLocalTime(day: Date, hhmm: string): number {
  const minutes = minutesOfDay(hhmm);
  const d = startOfDay(day);
  // Setting hours and minutes (not adding milliseconds) keeps wall-clock time across DST changes;
  // a time that does not exist on a spring-forward day moves forward by the gap.
  d.setHours(Math.floor(minutes / 60), minutes % 60, 0, 0);
  return d.getTime();
}

export function dayName(day: Date): DayName {
  return DAY_NAMES[day.getDay()]!;
}

/** Each working day's ranges as spans of time, in order, over `days` local days from the day of `from`. */
function* dailyRanges(workDays: readonly DayName[], workHours: readonly TimeRange[], from: number, days: number): Generator<Period> {
  let day = startOfDay(from);
  for (let i = 0; i < days; i++, day = addDays(day, 1)) {
    if (!workDays.includes(dayName(day))) continue;
    for (const range of workHours) yield { start: atLocalTime(day, range.start), end: atLocalTime(day, range.end) };
  }
}

/**
 * Working periods that end after `from`, in order, over the next `days` local days
 * (including the day of `from`). A range that ends at midnight ("24:00") where the next day's
 * begins at 00:00 is one period: working through the night is not two working periods.
 */
export function* workingPeriods(
  workDays: readonly DayName[],
  workHours: readonly TimeRange[],
  from: number,
  days = 15,
): Generator<Period> {
  let pending: Period | undefined;
  for (const range of dailyRanges(workDays, workHours, from, days)) {
    if (pending && range.start <= pending.end) {
      pending = { start: pending.start, end: Math.max(pending.end, range.end) };
      continue;
    }
    if (pending && pending.end > from) yield pending;
    pending = range;
  }
  if (pending && pending.end > from) yield pending;
}

/** The working period that contains `at`, if any. */
export function periodAt(workDays: readonly DayName[], workHours: readonly TimeRange[], at: number): Period | undefined {
  for (const p of workingPeriods(workDays, workHours, at, 1)) {
    if (p.start <= at && at < p.end) return p;
  }
  return undefined;
}

/** "2026-03-29T10:15:00+02:00": the local time with the offset in force at that instant. */
export function toOffsetIso(at: number): string {
  return formatISO(at);
}

/** The local day "YYYY-MM-DD" of an instant. */
export function localDayKey(at: number): string {
  return formatISO(at, { representation: 'date' });
}

/** The local day containing `at`, as [start, end) epoch milliseconds; 23 or 25 hours long on DST days. */
export function dayBounds(at: number): Period {
  const start = startOfDay(at);
  return { start: start.getTime(), end: addDays(start, 1).getTime() };
}
