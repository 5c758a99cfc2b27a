// When the next break falls: every interval of working time, or at a set minute of every working hour.
import { workingPeriods, type Period } from './day';
import type { Settings } from './settings';
import { HOUR, MINUTE } from './time';

/** A clock-aligned break is at least this long after the last one (or the return to the computer). */
export const CLOCK_BREAK_MIN_GAP_MS = 20 * MINUTE;

/**
 * The first :MM of a local hour that lies strictly after the period's start and at least the
 * minimum gap after the anchor. The minute is set on the local clock, then stepped by real hours:
 * across a spring-forward gap 01:50 + 1 h is 03:50 (02:50 does not exist), and on a fall-back night
 * the repeated hour has its own 01:50.
 */
function clockBreakIn(period: Period, anchor: number, minute: number): number {
  const earliest = Math.max(anchor + CLOCK_BREAK_MIN_GAP_MS, period.start + 1);
  const local = new Date(earliest);
  local.setMinutes(minute, 0, 0);
  let at = local.getTime();
  while (at < earliest) at += HOUR;
  return at;
}

/**
 * The first break time after `anchor`, inside a working period, or undefined when no working time
 * lies ahead. With `breakAtMinute` unset (null): one interval after the anchor or after the start
 * of the working period, whichever is later. With it set: that minute of a working hour, strictly
 * inside a period (core/break-fit's rule), and at least 20 minutes after the anchor, so a natural
 * break at 10:40 moves the next :50 break to 11:50.
 */
export function nextBreakAt(settings: Settings, anchor: number): number | undefined {
  const interval = settings.intervalMinutes * MINUTE;
  const minute = settings.breakAtMinute;
  for (const period of workingPeriods(settings, anchor)) {
    const due = minute === null ? Math.max(anchor, period.start) + interval : clockBreakIn(period, anchor, minute);
    if (due < period.end) return due;
  }
  return undefined;
}
