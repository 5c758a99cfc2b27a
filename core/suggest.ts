// Which routine to suggest for this break: variety by rotation, and the quick desk break when time is short.
import { ROUTINES, type Routine, type RoutineId } from './routines';

/** Longer than a break: offered last, never suggested. */
const LONG_SESSION: RoutineId = 'self-massage-15';
const QUICK: RoutineId = 'desk-movement';

/**
 * The enabled built-in routines and `others` (the user's own, an organization's) in the order to show
 * them. The one done longest ago (or never) comes first, so breaks rotate through all of them; with
 * little time (the break was already snoozed) the quick desk break leads.
 */
export function orderRoutines(
  enabled: readonly string[],
  lastDone: ReadonlyMap<string, number>,
  littleTime: boolean,
  others: readonly Routine[] = [],
): Routine[] {
  const routines: Routine[] = [...ROUTINES.filter((r) => enabled.includes(r.id)), ...others];
  const rank = (r: Routine) => {
    if (r.id === LONG_SESSION) return Number.MAX_SAFE_INTEGER;
    if (littleTime && r.id === QUICK) return -Infinity;
    return lastDone.get(r.id) ?? -1;
  };
  // Array.prototype.sort is stable: equal ranks keep the catalogue's order.
  return routines.sort((a, b) => rank(a) - rank(b));
}
