// Whether the working time can ever hold one break: with none, no break ever comes, so pages warn about it.
import type { SettingProblem, Settings } from './settings';
import { DAY_NAMES, hoursOn, minutesOfDay } from './work-time';

const DAY_MINUTES = 24 * 60;
const HOUR_MINUTES = 60;

type Cadence = Pick<Settings, 'intervalMinutes' | 'workDays' | 'workHours'> & Partial<Pick<Settings, 'breakAtMinute' | 'workHoursByDay'>>;

/** The first minute after `start` that is minute `m` of an hour (never `start` itself). */
const nextAtMinute = (start: number, m: number) => start + ((m - (start % HOUR_MINUTES) + HOUR_MINUTES) % HOUR_MINUTES || HOUR_MINUTES);

/**
 * True when no working period on any working day (with its own hours, if it has them) can hold a
 * break, i.e. no break can ever come.
 * Mirrors core/schedule's `nextBreakAt`: ranges that touch (12:00 ends one, 12:00 starts the next;
 * "24:00" then the next working day's "00:00") are one period, and a break falls strictly inside a
 * period, never on its end. Every interval: one interval after the period starts. With
 * `breakAtMinute` set: at that minute of an hour after the period starts (09:00–10:00 holds 09:50,
 * 09:00–09:50 does not). Wall-clock minutes: a DST night may shorten one day's range, which does not
 * make every day fail; day starts are whole hours, so a minute of the day tells the minute of the hour.
 */
export function noBreakFits(settings: Cadence): boolean {
  const { intervalMinutes, workDays, breakAtMinute = null } = settings;
  // Two weeks, so a period running from Saturday's "24:00" into Sunday's "00:00" is joined too.
  const periods: { start: number; end: number }[] = [];
  for (let day = 0; day < 14; day++) {
    const name = DAY_NAMES[day % 7]!;
    if (!workDays.includes(name)) continue;
    const ranges = [...hoursOn(settings, name)].sort((a, b) => minutesOfDay(a.start) - minutesOfDay(b.start));
    for (const r of ranges) {
      const start = day * DAY_MINUTES + minutesOfDay(r.start);
      const end = day * DAY_MINUTES + minutesOfDay(r.end);
      const last = periods.at(-1);
      if (last && start <= last.end) last.end = Math.max(last.end, end);
      else periods.push({ start, end });
    }
  }
  const holdsBreak = (p: { start: number; end: number }) =>
    breakAtMinute === null ? p.end - p.start > intervalMinutes : nextAtMinute(p.start, breakAtMinute) < p.end;
  return !periods.some(holdsBreak);
}

/**
 * Why no break can come, for the settings form and the Administrator note, or undefined when one
 * can: 'no-break-fits' with the interval, or 'no-break-at-minute' with the minute as two digits.
 */
export function noBreakReason(settings: Cadence): Omit<SettingProblem, 'name'> | undefined {
  if (!noBreakFits(settings)) return undefined;
  const { breakAtMinute = null } = settings;
  return breakAtMinute === null
    ? { reason: 'no-break-fits', detail: String(settings.intervalMinutes) }
    : { reason: 'no-break-at-minute', detail: String(breakAtMinute).padStart(2, '0') };
}
