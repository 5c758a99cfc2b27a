// The inline message under a setting: why a value was not saved, because it is invalid or because the browser refused it.
import type { SettingProblem } from '../../core/settings';
import { problemMessageKey } from '../../core/settings-problems';
import { useI18n } from '../i18n';

interface Props {
  id: string;
  problem?: Omit<SettingProblem, 'name'>;
  /** The last valid change could not be stored (a full storage quota, say). */
  saveFailed?: boolean;
}

export function FieldMessage({ id, problem, saveFailed }: Props) {
  const { t } = useI18n();
  if (!problem && !saveFailed) return null;
  return (
    <p id={id} class="field__error" role="alert">
      {problem ? t(problemMessageKey(problem), problem.detail) : t('settings_save_failed')}
    </p>
  );
}
