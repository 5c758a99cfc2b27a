// Whether the working time can ever hold one interval: with none, no break ever comes, so pages warn about it.
import type { Settings } from './settings';
import { DAY_NAMES, minutesOfDay } from './work-time';

const DAY_MINUTES = 24 * 60;

/**
 * True when no working period on any working day is longer than one interval, i.e. no break can
 * ever come. Mirrors core/schedule's `nextBreakAt`: a break is due one interval after a period
 * starts and only if that is before the period ends (strictly), and ranges that touch (12:00 ends
 * one, 12:00 starts the next; "24:00" then the next working day's "00:00") are one period.
 * Wall-clock minutes: a DST night may shorten one day's range, which does not make every day fail.
 */
export function noBreakFits(settings: Pick<Settings, 'intervalMinutes' | 'workDays' | 'workHours'>): boolean {
  const { intervalMinutes, workDays, workHours } = settings;
  // Two weeks, so a period running from Saturday's "24:00" into Sunday's "00:00" is joined too.
  const periods: { start: number; end: number }[] = [];
  for (let day = 0; day < 14; day++) {
    if (!workDays.includes(DAY_NAMES[day % 7]!)) continue;
    const ranges = [...workHours].sort((a, b) => minutesOfDay(a.start) - minutesOfDay(b.start));
    for (const r of ranges) {
      const start = day * DAY_MINUTES + minutesOfDay(r.start);
      const end = day * DAY_MINUTES + minutesOfDay(r.end);
      const last = periods.at(-1);
      if (last && start <= last.end) last.end = Math.max(last.end, end);
      else periods.push({ start, end });
    }
  }
  return !periods.some((p) => p.end - p.start > intervalMinutes);
}
