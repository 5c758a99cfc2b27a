// The headline numbers: current and best streak, consistency, and today's breaks against the goal.
import type { StreakSummary } from '../core/streaks';
import { pluralKey } from '../core/plural';
import { useI18n } from './i18n';

interface Props {
  summary: StreakSummary;
  today: number;
  goal: number;
}

export function StreakCards({ summary, today, goal }: Props) {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(locale);
  const card = (testId: string | undefined, value: number, labelKey: string, suffix = '') => (
    <div class="card">
      <dt>{t(labelKey)}</dt>
      <dd>
        <span class="card__value" data-testid={testId}>
          {number.format(value)}
        </span>
        {suffix && <span class="card__suffix">{suffix}</span>}
      </dd>
    </div>
  );
  return (
    <dl class="cards">
      {card('streak-current', summary.current, 'streak_current', t(pluralKey('streak_days', summary.current, locale)))}
      {card('streak-best', summary.best, 'streak_best', t(pluralKey('streak_days', summary.best, locale)))}
      {card('consistency', summary.consistency, 'streak_consistency', '/100')}
      {card('dashboard-today', today, 'streak_today', t(pluralKey('streak_today', goal, locale), number.format(goal)))}
    </dl>
  );
}
