// The stop signs, one click away in every massage routine.
import { useState } from 'preact/hooks';
import { useI18n } from './i18n';

export function StopSigns() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <div class="stop-signs">
      <button type="button" class="link" aria-expanded={open} aria-controls="stop-signs-text" onClick={() => setOpen(!open)}>
        {t('stop_signs_title')}
      </button>
      {open && (
        <p id="stop-signs-text" class="stop-signs__text">
          {t('stop_signs_body')}
        </p>
      )}
    </div>
  );
}
