// The pause durations offered to the user, as message keys and end times, and a chosen time later today.
import { workingPeriods } from './day';
import type { Settings } from './settings';
import { tomorrowsStart } from './schedule';
import { MINUTE } from './time';

/** The end of today's working time when it is still ahead of now. */
function endOfTodaysWork(settings: Settings, now: number): number | undefined {
  let end: number | undefined;
  for (const period of workingPeriods(settings, now, 1)) {
    if (new Date(period.end - 1).toDateString() === new Date(now).toDateString()) end = Math.max(end ?? 0, period.end);
  }
  return end !== undefined && end > now ? end : undefined;
}

export function pauseOptions(settings: Settings, now: number): { key: string; until: number }[] {
  if (!settings.allowPause) return [];
  const options = [
    { key: 'action_pause_30', until: now + 30 * MINUTE },
    { key: 'action_pause_60', until: now + 60 * MINUTE },
    { key: 'action_pause_120', until: now + 120 * MINUTE },
  ];
  const restOfToday = endOfTodaysWork(settings, now);
  if (restOfToday !== undefined) options.push({ key: 'action_pause_rest_of_today', until: restOfToday });
  const tomorrow = tomorrowsStart(settings, now);
  if (tomorrow !== undefined) options.push({ key: 'action_pause_tomorrow', until: tomorrow });
  return options;
}

/** A chosen time ("HH:MM") later today, for the popup's time picker; undefined when not later than now. */
export function pauseUntilTime(settings: Settings, hhmm: string, now: number): number | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!settings.allowPause || !match) return undefined;
  const day = new Date(now);
  // The Date constructor reads a local wall-clock time, so a DST day is handled by the platform.
  const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), Number(match[1]), Number(match[2])).getTime();
  return at > now ? at : undefined;
}
