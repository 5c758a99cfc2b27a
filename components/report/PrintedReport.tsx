// The report as printed: one page, black on white, tables and plain bars that never cut (report.css lays it out).
import { pluralKey } from '../../core/plural';
import { dayKeyToUtc } from '../../core/day';
import type { DayOffRange } from '../../core/history-file';
import type { Report } from '../../core/report';
import { useI18n } from '../i18n';
import { routineLabel } from '../routine-label';
import './report.css';

export function PrintedReport({ report }: { report: Report }) {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(locale);
  const average = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const change = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  // Day keys are calendar dates: formatted at UTC midnight in UTC, they are the same date on every machine.
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const medium = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const range = (r: DayOffRange) => (r.from === r.to ? medium.format(dayKeyToUtc(r.from)) : medium.formatRange(dayKeyToUtc(r.from), dayKeyToUtc(r.to)));
  const most = Math.max(1, ...report.weeks.map((w) => w.counted));
  const days = (n: number) => `${number.format(n)}${t(pluralKey('streak_days', n, locale))}`;

  return (
    <article class="report" aria-labelledby="report-title" data-testid="printed-report">
      <header class="report__header">
        <p class="report__brand">{t('ext_name')}</p>
        <h1 id="report-title">{t('report_title')}</h1>
        <p data-testid="report-period">{t('report_period', long.formatRange(dayKeyToUtc(report.from), dayKeyToUtc(report.to)))}</p>
      </header>

      <section aria-labelledby="report-streaks">
        <h2 id="report-streaks">{t('report_streaks')}</h2>
        <dl class="report__figures">
          <div>
            <dt>{t('streak_current')}</dt>
            <dd data-testid="report-current">{days(report.summary.current)}</dd>
          </div>
          <div>
            <dt>{t('streak_best')}</dt>
            <dd data-testid="report-best">{days(report.summary.best)}</dd>
          </div>
          <div>
            <dt>{t('streak_consistency')}</dt>
            <dd data-testid="report-consistency">{number.format(report.summary.consistency)}/{number.format(100)}</dd>
          </div>
          <div>
            <dt>{t('report_total')}</dt>
            <dd data-testid="report-total">{number.format(report.total)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="report-weeks">
        <h2 id="report-weeks">{t('report_weeks')}</h2>
        <ol class="report__weeks" data-testid="report-weeks">
          {report.weeks.map((w) => {
            const day = short.format(dayKeyToUtc(w.from));
            return (
              <li key={w.from} aria-label={t(pluralKey('report_week_item', w.counted, locale), [day, number.format(w.counted)])}>
                <span class="report__week-day">{day}</span> <span class="report__week-count">{number.format(w.counted)}</span>
                {/* A border, not a background: browsers print borders even when backgrounds are left out. */}
                <span class="report__bar" style={{ inlineSize: `${(100 * w.counted) / most}%` }} aria-hidden="true" />
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="report-routines">
        <h2 id="report-routines">{t('report_routines')}</h2>
        {report.routines.length === 0 ? (
          <p>{t('report_routines_empty')}</p>
        ) : (
          <table class="report__table" data-testid="report-routines">
            <thead>
              <tr>
                <th scope="col">{t('insights_col_routine')}</th>
                <th scope="col">{t('report_col_done')}</th>
                <th scope="col">{t('insights_col_ratings')}</th>
                <th scope="col">{t('report_col_before')}</th>
                <th scope="col">{t('report_col_after')}</th>
                <th scope="col">{t('insights_col_change')}</th>
              </tr>
            </thead>
            <tbody>
              {report.routines.map((r) => (
                <tr key={r.routineId}>
                  <th scope="row">{routineLabel(r, t)}</th>
                  <td>{number.format(r.done)}</td>
                  <td>{number.format(r.ratings)}</td>
                  {r.change === undefined ? (
                    <td colSpan={3}>{r.ratings > 0 ? t('insights_too_few') : '–'}</td>
                  ) : (
                    <>
                      <td>{average.format(r.before!)}</td>
                      <td>{average.format(r.after!)}</td>
                      <td>{change.format(r.change)}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="report-days-off" data-testid="report-days-off">
        <h2 id="report-days-off">{t('report_days_off')}</h2>
        {report.daysOffCount === 0 ? (
          <p>{t('report_days_off_none')}</p>
        ) : (
          <>
            <p>{t(pluralKey('report_days_off_count', report.daysOffCount, locale), number.format(report.daysOffCount))}</p>
            {report.dayOffRanges.length > 0 && (
              <>
                <h3>{t('report_days_off_ranges')}</h3>
                <ul class="report__ranges">
                  {report.dayOffRanges.map((r) => (
                    <li key={`${r.from}..${r.to}`}>{r.label ? t('day_off_range_item', [range(r), r.label]) : range(r)}</li>
                  ))}
                </ul>
              </>
            )}
            {report.daysOff.length > 0 && (
              <>
                <h3>{t('report_days_off_single')}</h3>
                <ul class="report__days">
                  {report.daysOff.map((d) => (
                    <li key={d}>{medium.format(dayKeyToUtc(d))}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </section>

      <footer class="report__footer">{t('report_footer')}</footer>
    </article>
  );
}
