// Days off (holidays, leave, sick days): neither break nor extend a streak. Add and remove them.
import { useState } from 'preact/hooks';
import { dayKeyToUtc, isDayKey } from '../core/day';
import { DayOffFailures } from './DayOffFailures';
import { useFailableAction } from './failable-action';
import { useI18n } from './i18n';

export interface DaysOffProps {
  days: readonly string[];
  /** Resolves once the day is stored; on a rejection the date stays in the field and the section says it was not saved. */
  onAdd: (day: string) => Promise<unknown>;
  /** Resolves once the day is removed; on a rejection the section says it is still a day off. */
  onRemove: (day: string) => Promise<unknown>;
}

const formatDay = (day: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(dayKeyToUtc(day));

export function DaysOff({ days, onAdd, onRemove }: DaysOffProps) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState('');
  const adding = useFailableAction();
  const removing = useFailableAction();
  return (
    <section aria-labelledby="days-off-heading" class="days-off">
      <h3 id="days-off-heading">{t('days_off_heading')}</h3>
      <p class="hint">{t('days_off_hint')}</p>
      <form
        class="field range"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!isDayKey(draft)) {
            setDraft('');
            return;
          }
          // The date is cleared only once it is stored, so a failed add can be tried again as it is.
          if ((await adding.run(() => onAdd(draft))).done) setDraft('');
        }}
      >
        <label>
          {t('days_off_date')}
          <input type="date" value={draft} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" disabled={!draft || adding.pending}>
          {t('days_off_add')}
        </button>
      </form>
      <DayOffFailures addFailed={adding.failed} removeFailed={removing.failed} />
      {days.length > 0 && (
        <ul class="days-off__list">
          {days.map((day) => (
            <li key={day}>
              <span>{formatDay(day, locale)}</span>{' '}
              <button
                type="button"
                disabled={removing.pending}
                onClick={() => void removing.run(() => onRemove(day))}
                aria-label={t('days_off_remove', formatDay(day, locale))}
              >
                {t('days_off_remove_short')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
