// A routine's name as the pages show it: a built-in one in the page's language; another one (from another
// computer's history, or an organization's) by the name its record kept, or by its id when it kept none.
import { isRoutineId, messageKey } from '../core/routines';

export function routineLabel(routine: { routineId: string; routineName?: string }, t: (key: string) => string): string {
  if (isRoutineId(routine.routineId)) return t(messageKey(routine.routineId, 'title'));
  return routine.routineName ?? routine.routineId;
}
