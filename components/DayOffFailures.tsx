// What a list of days off says when adding or removing failed: the single days and the ranges say it alike.
import { useI18n } from './i18n';

export function DayOffFailures({ addFailed, removeFailed }: { addFailed: boolean; removeFailed: boolean }) {
  const { t } = useI18n();
  return (
    <>
      {addFailed && (
        <p role="alert" class="notice">
          {t('days_off_add_failed')}
        </p>
      )}
      {removeFailed && (
        <p role="alert" class="notice">
          {t('days_off_remove_failed')}
        </p>
      )}
    </>
  );
}
