// How often each routine was done: a table of real text, with bars behind the numbers as decoration.
import { useI18n } from '../i18n';
import { ChartTable } from './ChartTable';
import './charts.css';

interface Props {
  /** Labels already translated by the caller, in the order to show. */
  rows: readonly { label: string; count: number }[];
}

export function RoutineCounts({ rows }: Props) {
  const { t, locale } = useI18n();
  if (!rows.length) return <p class="hint">{t('routine_counts_empty')}</p>;
  const num = new Intl.NumberFormat(locale);
  const most = Math.max(...rows.map((r) => r.count), 1);
  return (
    <ChartTable
      hide="headings"
      class="routine-counts"
      caption={t('routine_counts_caption')}
      columns={[t('routine_counts_col_routine'), t('routine_counts_col_count')]}
      rows={rows.map((r) => ({
        key: r.label,
        header: r.label,
        cells: [
          <span class="routine-counts__cell">
            <span
              class={`routine-counts__bar${r.count > 0 ? '' : ' routine-counts__bar--zero'}`}
              style={{ width: `${(Math.max(r.count, 0) / most) * 100}%` }}
              aria-hidden="true"
            />
            <span class="routine-counts__count">{num.format(r.count)}</span>
          </span>,
        ],
      }))}
    />
  );
}
