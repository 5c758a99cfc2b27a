// The one-time note before the first routine: not medical advice, and the stop signs. Must be acknowledged.
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from './i18n';

export function SafetyNote({ onAccept }: { onAccept: () => void }) {
  const { t } = useI18n();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <section class="safety-note" role="dialog" aria-modal="true" aria-labelledby="safety-title" aria-describedby="safety-body">
      <h2 id="safety-title">{t('disclaimer_title')}</h2>
      <p id="safety-body">{t('disclaimer_body')}</p>
      <h3>{t('stop_signs_title')}</h3>
      <p>{t('stop_signs_body')}</p>
      <button type="button" class="primary" ref={button} onClick={onAccept}>
        {t('disclaimer_accept')}
      </button>
    </section>
  );
}
