// A natural break clipped to what really happened: the working time it covers, within one local day.
import { localDayKey, workingPeriods } from './day';
import { MAX_SECONDS } from './breaks';
import type { Settings } from './settings';
import { MINUTE, SECOND } from './time';

/** The working time in [from, to) on the local day of `from`, and where it begins. */
function workingTimeOnDay(settings: Settings, from: number, to: number): { start: number; ms: number } {
  let start: number | undefined;
  let ms = 0;
  for (const period of workingPeriods(settings, from, 1)) {
    const overlap = Math.min(period.end, to) - Math.max(period.start, from);
    if (overlap <= 0) continue;
    start ??= Math.max(period.start, from);
    ms += overlap;
  }
  return { start: start ?? from, ms };
}

/**
 * The natural break of a time away from `from` to `to`, or none. A time away that runs into another
 * day is the night or a weekend, not a break (a laptop asleep from Friday to Monday once recorded
 * 234,300 seconds, which the importer refuses). Within a day the break lasts the working time it
 * covers, from the first working moment, and counts only when that is the natural-break length.
 */
export function naturalBreak(settings: Settings, from: number, to: number): { at: number; seconds: number } | undefined {
  if (!(from < to) || localDayKey(from) !== localDayKey(to)) return undefined;
  const covered = workingTimeOnDay(settings, from, to);
  if (covered.ms < settings.naturalBreakMinutes * MINUTE) return undefined;
  // A 25-hour DST day aside, a day is the importer's limit; keep within it whatever the day's length.
  return { at: covered.start, seconds: Math.min(MAX_SECONDS, Math.round(covered.ms / SECOND)) };
}
