// "2 of 4 breaks today": progress toward the daily goal.
import { formatNumber } from '../core/number-format';
import { pluralKey } from '../core/plural';
import { useI18n } from './i18n';

export function BreaksToday({ done, goal }: { done: number; goal: number }) {
  const { t, locale } = useI18n();
  return (
    <p class="today" data-testid="breaks-today">
      <progress max={goal} value={Math.min(done, goal)} aria-hidden="true" />
      <span>{t(pluralKey('breaks_today', goal, locale), [formatNumber(done, locale), formatNumber(goal, locale)])}</span>
    </p>
  );
}
