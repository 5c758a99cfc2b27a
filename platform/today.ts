// Today's breaks from the history, for "2 of 4 breaks today" and the routine suggestion.
import { countsTowardGoal, lastDoneByRoutine } from '../core/breaks';
import { dayBounds } from '../core/day';
import type { RoutineId } from '../core/routines';
import { DAY } from '../core/time';
import { breaksBetween } from './history';

const TWO_WEEKS = 14 * DAY;

export interface RecentBreaks {
  doneToday: number;
  lastDone: Map<string, number>;
}

export async function loadRecentBreaks(now = Date.now()): Promise<RecentBreaks> {
  const today = dayBounds(now);
  const recent = await breaksBetween(today.start - TWO_WEEKS, today.end);
  return {
    doneToday: recent.filter((b) => b.time >= today.start && countsTowardGoal(b)).length,
    lastDone: lastDoneByRoutine(recent),
  };
}
