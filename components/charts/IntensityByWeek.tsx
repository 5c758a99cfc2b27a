// Average intensity (0–10) before and after breaks, week by week: paired bars, a legend, and a hidden table of the numbers.
import type { WeekIntensity } from '../../core/dashboard';
import { dayKeyToUtc } from '../../core/day';
import { inlineX } from '../../core/reading-direction';
import { useDirection, useI18n } from '../i18n';
import { ChartTable } from './ChartTable';
import './charts.css';

const MAX = 10;
const SLOT = 64;
const BAR = 20;
const GAP = 3;
const LEFT = 22;
const TOP = 16;
const PLOT = 110;
const BOTTOM = 20;

export function IntensityByWeek({ weeks }: { weeks: readonly WeekIntensity[] }) {
  const { t, locale } = useI18n();
  const dir = useDirection();
  const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(locale);
  const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const missing = t('intensity_week_missing');
  const baseline = TOP + PLOT;
  const width = LEFT + Math.max(weeks.length, 1) * SLOT;
  // Weeks (and before, then after) in reading order: right to left they start at the right, the scale too.
  const ix = (at: number, size = 0) => inlineX(at, width, dir, size);
  const yOf = (v: number) => baseline - (Math.min(Math.max(v, 0), MAX) / MAX) * PLOT;

  const bar = (value: number | undefined, x: number, kind: 'before' | 'after') =>
    value === undefined ? (
      <text x={ix(x + BAR / 2)} y={baseline - 4} text-anchor="middle">
        {missing}
      </text>
    ) : (
      <g>
        <rect class={`chart__bar chart__bar--${kind}`} x={ix(x, BAR)} y={yOf(value)} width={BAR} height={baseline - yOf(value)} rx={2} />
        <text class="chart__value" x={ix(x + BAR / 2)} y={yOf(value) - 4} text-anchor="middle">
          {one.format(value)}
        </text>
      </g>
    );

  const cell = (value: number | undefined) =>
    value === undefined ? (
      <>
        <span aria-hidden="true">{missing}</span>
        <span class="charts-visually-hidden">{t('intensity_week_missing_label')}</span>
      </>
    ) : (
      one.format(value)
    );

  return (
    <div class="intensity-week">
      <svg class="chart" viewBox={`0 0 ${width} ${baseline + BOTTOM}`} role="img" aria-label={t('intensity_week_label')}>
        {[0, 5, 10].map((v) => (
          <g key={v}>
            <line class="chart__axis" x1={ix(LEFT)} x2={ix(width)} y1={yOf(v)} y2={yOf(v)} />
            <text x={ix(LEFT - 4)} y={yOf(v) + 3} text-anchor="end">
              {whole.format(v)}
            </text>
          </g>
        ))}
        {weeks.map((w, i) => {
          const x = LEFT + i * SLOT + (SLOT - 2 * BAR - GAP) / 2;
          return (
            <g key={w.start}>
              {bar(w.before, x, 'before')}
              {bar(w.after, x + BAR + GAP, 'after')}
              <text x={ix(x + BAR + GAP / 2)} y={baseline + 14} text-anchor="middle">
                {short.format(dayKeyToUtc(w.start))}
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="chart-legend" aria-hidden="true">
        <li>
          <span class="chart-swatch chart-swatch--before" />
          {t('intensity_week_before')}
        </li>
        <li>
          <span class="chart-swatch chart-swatch--after" />
          {t('intensity_week_after')}
        </li>
      </ul>
      <ChartTable
        hide="table"
        caption={t('intensity_week_caption')}
        columns={[t('intensity_week_col_week'), t('intensity_week_before'), t('intensity_week_after')]}
        rows={weeks.map((w) => ({ key: w.start, header: long.format(dayKeyToUtc(w.start)), cells: [cell(w.before), cell(w.after)] }))}
      />
    </div>
  );
}
