// "Which routines help": each rated routine's average intensity change and how many ratings it rests on.
import type { RoutineChange } from '../../core/insights';
import { ChartTable } from '../charts/ChartTable';
import { useI18n } from '../i18n';
import { routineLabel } from '../routine-label';
import './insights.css';

export function RoutineChanges({ rows }: { rows: readonly RoutineChange[] }) {
  const { t, locale } = useI18n();
  if (!rows.length) return <p class="hint" data-testid="insights-routines">{t('insights_routines_empty')}</p>;
  const count = new Intl.NumberFormat(locale);
  // Signed, so an easing reads "-1.4" and a worsening "+0.6".
  const change = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  return (
    <div data-testid="insights-routines">
      <ChartTable
        hide="none"
        class="routine-change"
        caption={t('insights_routines_caption')}
        columns={[t('insights_col_routine'), t('insights_col_ratings'), t('insights_col_change')]}
        rows={rows.map((r) => ({
          key: r.routineId,
          // A routine from another computer's catalogue has no name here: its id is the best label there is.
          header: routineLabel(r, t),
          cells: [
            count.format(r.ratings),
            r.change === undefined ? <span class="routine-change__few">{t('insights_too_few')}</span> : change.format(r.change),
          ],
        }))}
      />
    </div>
  );
}
