// The inline message under a setting: why a value was not saved, or that the organization set it.
import type { SettingProblem } from '../../core/settings';
import { useI18n } from '../i18n';

export function problemMessageKey(problem: Pick<SettingProblem, 'reason'>): string {
  return `setting_problem_${problem.reason.replace(/-/g, '_')}`;
}

export function FieldMessage({ id, problem }: { id: string; problem?: Omit<SettingProblem, 'name'> }) {
  const { t } = useI18n();
  if (!problem) return null;
  return (
    <p id={id} class="field__error" role="alert">
      {t(problemMessageKey(problem), problem.detail)}
    </p>
  );
}
