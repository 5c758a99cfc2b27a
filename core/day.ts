// Local calendar arithmetic: working periods of a day, ISO times with their UTC offset, day keys "YYYY-MM-DD".
import { addDays, startOfDay } from 'date-fns';
import { DAY as DAY_MS } from './time';
import { DAY_NAMES, hoursOn, isWorkingWeekday, minutesOfDay, type DayName, type WorkTime } from './work-time';

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

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

/** Each working day's ranges (its own hours, else the everyday ones) as spans of time, in order, over `days` local days from the day of `from`. */
function* dailyRanges(work: WorkTime, from: number, days: number): Generator<Period> {
  let day = startOfDay(from);
  for (let i = 0; i < days; i++, day = addDays(day, 1)) {
    const name = dayName(day);
    if (!work.workDays.includes(name)) continue;
    for (const range of hoursOn(work, name)) yield { start: atLocalTime(day, range.start), end: atLocalTime(day, range.end) };
  }
}

/**
 * Working periods that end after `from`, in order, over the next `days` local days
 * (including the day of `from`). A range that ends at midnight ("24:00") where the next day's
 * begins at 00:00 is one period: working through the night is not two working periods.
 */
export function* workingPeriods(work: WorkTime, from: number, days = 15): Generator<Period> {
  let pending: Period | undefined;
  for (const range of dailyRanges(work, from, days)) {
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
export function periodAt(work: WorkTime, at: number): Period | undefined {
  for (const p of workingPeriods(work, at, 1)) {
    if (p.start <= at && at < p.end) return p;
  }
  return undefined;
}

// Written out rather than with date-fns formatISO: these two lines of fields are what it does for
// an instant, and its code was 0.4 KB of the popup's 25 KB budget (every page needs the day key).
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The local day "YYYY-MM-DD" of an instant. */
export function localDayKey(at: number): string {
  const d = new Date(at);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1, 2)}-${pad(d.getDate(), 2)}`;
}

/** "2026-03-29T10:15:00+02:00": the local time with the offset in force at that instant (whole seconds; "Z" for UTC). */
export function toOffsetIso(at: number): string {
  const d = new Date(at);
  const east = -d.getTimezoneOffset();
  // As date-fns wrote it, and every stored record has it: "Z" when local time is UTC.
  const zone = east === 0 ? 'Z' : `${east < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(east) / 60), 2)}:${pad(Math.abs(east) % 60, 2)}`;
  return `${localDayKey(at)}T${pad(d.getHours(), 2)}:${pad(d.getMinutes(), 2)}:${pad(d.getSeconds(), 2)}${zone}`;
}

/** The local day containing `at`, as [start, end) epoch milliseconds; 23 or 25 hours long on DST days. */
export function dayBounds(at: number): Period {
  const start = startOfDay(at);
  return { start: start.getTime(), end: addDays(start, 1).getTime() };
}

// Day keys name a day by its date, free of any timezone. Their arithmetic runs in UTC, where every
// day is 24 hours long, so neither the machine's timezone nor a DST change can shift a day. (date-fns
// works on local Dates; its UTC mode needs @date-fns/utc, which this project does not depend on.)


/** The local day of a break: the date as written in `at`, whatever the offset. */
export function dayOfBreak(at: string): string {
  // Parsing `at` would move the break into the machine's current timezone: after travelling or a
  // timezone change, old breaks would jump to another day. The written date is the day it was lived.
  return at.slice(0, 10);
}

/** Midnight UTC of a day key: formatted with timeZone 'UTC', it shows that very day on any machine. */
export function dayKeyToUtc(day: string): number {
  // setUTCFullYear, unlike Date.UTC, takes years 0–99 as written instead of as 1900–1999.
  return new Date(0).setUTCFullYear(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
}

/** The day key `n` days after `day` (before it when `n` is negative). */
export function addDaysToKey(day: string, n: number): string {
  // Formatted from the UTC fields: toISOString is about twice as slow, and streaks call this once a day of history.
  const d = new Date(dayKeyToUtc(day) + n * DAY_MS);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not a day "YYYY-MM-DD": ${day}`);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** A real calendar day written "YYYY-MM-DD": a day that does not exist, like 2026-02-30, comes back as another. */
export function isDayKey(text: string): boolean {
  return DAY_KEY.test(text) && addDaysToKey(text, 0) === text;
}

/** The weekday of a day key, as dayName gives it for a Date. */
export function dayNameOfKey(day: string): DayName {
  const name = DAY_NAMES[new Date(dayKeyToUtc(day)).getUTCDay()];
  if (name === undefined) throw new RangeError(`not a day "YYYY-MM-DD": ${day}`);
  return name;
}

/** The Monday that starts the week of a day key (date-fns startOfISOWeek, for day keys). */
export function weekStartKey(day: string): string {
  // DAY_NAMES starts on Sunday.
  return addDaysToKey(day, -((DAY_NAMES.indexOf(dayNameOfKey(day)) + 6) % 7));
}

/** A working day with working time (core/work-time's isWorkingWeekday) that is not a day off. */
export function isWorkingDay(day: string, rules: Pick<WorkTime, 'workDays' | 'workHoursByDay'> & { daysOff: ReadonlySet<string> }): boolean {
  return !rules.daysOff.has(day) && isWorkingWeekday(rules, dayNameOfKey(day));
}
