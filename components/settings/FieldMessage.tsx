// The inline message under a setting: why a value was not saved, because it is invalid or because the browser refused it.
import type { SettingProblem } from '../../core/settings';
import { problemMessageKey } from '../../core/settings-problems';
import { storageErrorMessageKey, StorageWriteError } from '../../platform/storage-error';
import { useI18n } from '../i18n';

interface Props {
  id: string;
  problem?: Omit<SettingProblem, 'name'>;
  /** The last valid change could not be stored (a full storage quota, say). */
  saveFailed?: boolean;
  /** The refusal itself: a store's StorageWriteError says whether storage was full; anything else gets the general message. */
  saveError?: unknown;
}

/** The message for a refused save: the store's own reason (storage full, or refused), else the general one. */
const saveFailedKey = (error: unknown) => (error instanceof StorageWriteError ? storageErrorMessageKey(error) : 'settings_save_failed');

export function FieldMessage({ id, problem, saveFailed, saveError }: Props) {
  const { t } = useI18n();
  if (!problem && !saveFailed) return null;
  return (
    <p id={id} class="field__error" role="alert">
      {problem ? t(problemMessageKey(problem), problem.detail) : t(saveFailedKey(saveError))}
    </p>
  );
}
