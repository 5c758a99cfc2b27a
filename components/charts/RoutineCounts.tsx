// How often each routine was done: a table of real text, with bars behind the numbers as decoration.
import { useI18n } from '../i18n';
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
    <table class="routine-counts">
      <caption class="charts-visually-hidden">{t('routine_counts_caption')}</caption>
      <thead class="charts-visually-hidden">
        <tr>
          <th scope="col">{t('routine_counts_col_routine')}</th>
          <th scope="col">{t('routine_counts_col_count')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            <td>
              <span class="routine-counts__cell">
                <span
                  class={`routine-counts__bar${r.count > 0 ? '' : ' routine-counts__bar--zero'}`}
                  style={{ width: `${(Math.max(r.count, 0) / most) * 100}%` }}
                  aria-hidden="true"
                />
                <span class="routine-counts__count">{num.format(r.count)}</span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
