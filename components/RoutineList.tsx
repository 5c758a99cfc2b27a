// The routines to choose from, the suggested one first, each with its length and what it needs.
import { formatNumber } from '../core/number-format';
import { needsMessageKeys, routineName, routinePurpose, totalSeconds, type Routine } from '../core/routines';
import { useI18n } from './i18n';
import { minutesLabel } from './minutes-label';
import './routine-list.css';

interface Props {
  routines: readonly Routine[];
  onStart: (id: string) => void;
}

export function RoutineList({ routines, onStart }: Props) {
  const { t, locale } = useI18n();
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  return (
    <section class="routines" aria-labelledby="routines-heading">
      <h2 id="routines-heading">{t('routines_heading')}</h2>
      <ul data-testid="routine-list" class="routine-list">
        {routines.map((routine, index) => {
          const purpose = routinePurpose(routine, t);
          return (
          <li key={routine.id}>
            <button type="button" class="routine" onClick={() => onStart(routine.id)}>
              <span class="routine__title">{routineName(routine, t)}</span>
              {index === 0 && <span class="routine__badge">{t('routine_suggested')}</span>}
              {purpose !== undefined && <span class="routine__purpose">{purpose}</span>}
              {routine.source === 'mine' && <span class="routine__source">{t('routine_source_mine')}</span>}
              {routine.source === 'organization' && <span class="routine__source">{t('routine_from_organization')}</span>}
              <span class="routine__meta">
                {minutesLabel(Math.round(totalSeconds(routine) / 60), t, locale)} ·{' '}
                {t('routine_needs', list.format(needsMessageKeys(routine.needs).map((k) => t(k))))}
              </span>
            </button>
          </li>
          );
        })}
      </ul>
    </section>
  );
}
