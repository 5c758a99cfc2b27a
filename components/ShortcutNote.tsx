// The keyboard shortcut that takes a break now, and how to change it in this browser.
import { useI18n } from './i18n';

interface Props {
  shortcut: string;
  /** Opens the browser's shortcut settings; absent where an extension cannot open them (Firefox). */
  onChange?: () => void;
}

export function ShortcutNote({ shortcut, onChange }: Props) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="shortcut-heading">
      <h3 id="shortcut-heading">{t('shortcut_heading')}</h3>
      <p data-testid="shortcut">{shortcut ? t('shortcut_current', shortcut) : t('shortcut_none')}</p>
      {onChange ? (
        <button type="button" onClick={onChange}>
          {t('shortcut_change')}
        </button>
      ) : (
        <p class="hint">{t('shortcut_change_firefox')}</p>
      )}
    </section>
  );
}
