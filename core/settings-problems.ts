// Which message explains a setting problem: shared by the settings form and the Administrator note.
import { importProblemKey, type ImportProblemCode } from './history-problems';
import type { SettingProblem } from './settings';

/**
 * The `_locales` key of a problem's reason: "out-of-range" → "setting_problem_out_of_range". A problem in a routine
 * of the policy's pack is the importer's, with its message (which names the path itself).
 */
export function problemMessageKey(problem: Pick<SettingProblem, 'reason' | 'code'>): string {
  if (problem.reason === 'routine-definition' && problem.code) return importProblemKey(problem.code as ImportProblemCode);
  return `setting_problem_${problem.reason.replaceAll('-', '_')}`;
}

/** What a problem's message is given: the importer's messages take the path and the detail; the others the detail. */
export function problemSubstitutions(problem: Pick<SettingProblem, 'reason' | 'name' | 'detail'>): string | string[] {
  return problem.reason === 'routine-definition' ? [problem.name, problem.detail] : problem.detail;
}

/** Whether the message names the problem's path itself, so a list shows the message alone. */
export const messageNamesPath = (problem: Pick<SettingProblem, 'reason'>) => problem.reason === 'routine-definition';
