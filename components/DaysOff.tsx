// Days off (holidays, leave, sick days): neither break nor extend a streak. Add and remove them.
import { useState } from 'preact/hooks';
import { useI18n } from './i18n';
import { dayKeyToUtc, isDayKey } from '../core/day';

interface Props {
  days: readonly string[];
  onAdd: (day: string) => void;
  onRemove: (day: string) => void;
}

const formatDay = (day: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(dayKeyToUtc(day));

export function DaysOff({ days, onAdd, onRemove }: Props) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState('');
  return (
    <section aria-labelledby="days-off-heading" class="days-off">
      <h2 id="days-off-heading">{t('days_off_heading')}</h2>
      <p class="hint">{t('days_off_hint')}</p>
      <form
        class="field range"
        onSubmit={(e) => {
          e.preventDefault();
          if (isDayKey(draft)) onAdd(draft);
          setDraft('');
        }}
      >
        <label>
          {t('days_off_date')}
          <input type="date" value={draft} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" disabled={!draft}>
          {t('days_off_add')}
        </button>
      </form>
      {days.length > 0 && (
        <ul class="days-off__list">
          {days.map((day) => (
            <li key={day}>
              <span>{formatDay(day, locale)}</span>{' '}
              <button type="button" onClick={() => onRemove(day)} aria-label={t('days_off_remove', formatDay(day, locale))}>
                {t('days_off_remove_short')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
