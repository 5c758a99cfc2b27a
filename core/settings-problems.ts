// Which message explains a setting problem: shared by the settings form and the Administrator note.
import type { SettingProblem } from './settings';

/** The `_locales` key of a problem's reason: "out-of-range" → "setting_problem_out_of_range". */
export function problemMessageKey(problem: Pick<SettingProblem, 'reason'>): string {
  return `setting_problem_${problem.reason.replaceAll('-', '_')}`;
}
