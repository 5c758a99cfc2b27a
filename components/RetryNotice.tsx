// What a page shows when reading or saving failed: the reason in words, and a button to try again.
import { useI18n } from './i18n';

export function RetryNotice({ messageKey, onRetry }: { messageKey: string; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" class="notice">
      <p>{t(messageKey)}</p>
      <button type="button" onClick={onRetry}>
        {t('h3a_retry')}
      </button>
    </div>
  );
}
