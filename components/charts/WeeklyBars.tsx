// Breaks per week over the last 8 weeks: bars against a dashed weekly goal, with a hidden table for screen readers.
import { WEEKS_SHOWN } from '../../core/dashboard';
import { dayKeyToUtc } from '../../core/day';
import { inlineX } from '../../core/reading-direction';
import { useDirection, useI18n } from '../i18n';
import { ChartTable } from './ChartTable';
import './charts.css';

interface Props {
  /** Oldest first; `start` is the week's first day, "YYYY-MM-DD". Only the last 8 are drawn. */
  weeks: readonly { start: string; counted: number }[];
  /** The weekly goal, as the caller computes it (daily goal × working days, which need not be 5). */
  goal: number;
}

const SLOT = 64;
const BAR = 36;
const LEFT = 8;
const TOP = 18;
const PLOT = 120;
const BOTTOM = 20;

export function WeeklyBars({ weeks, goal }: Props) {
  const { t, locale } = useI18n();
  const dir = useDirection();
  const shown = weeks.slice(-WEEKS_SHOWN);
  if (!shown.length) return <p class="hint">{t('weekly_empty')}</p>;

  const num = new Intl.NumberFormat(locale);
  const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const counts = shown.map((w) => w.counted);
  const most = Math.max(...counts);
  // Headroom above the goal line and the tallest bar, for the numbers drawn above them.
  const scale = PLOT / Math.max(most, goal, 1);
  const width = LEFT + shown.length * SLOT + 56;
  const baseline = TOP + PLOT;
  const goalY = baseline - goal * scale;
  // Weeks in reading order: right to left the oldest is at the right and the goal's label at the left.
  const ix = (at: number, size = 0) => inlineX(at, width, dir, size);
  const summary = t('weekly_summary', [
    num.format(shown.length),
    num.format(counts.at(-1)!),
    num.format(most),
    num.format(goal),
    num.format(counts.filter((c) => c >= goal).length),
  ]);

  return (
    <div class="weekly">
      <svg class="chart" viewBox={`0 0 ${width} ${baseline + BOTTOM}`} role="img" aria-label={summary}>
        <line class="chart__axis" x1={ix(LEFT)} x2={ix(LEFT + shown.length * SLOT)} y1={baseline} y2={baseline} />
        {shown.map((w, i) => {
          const x = LEFT + i * SLOT + (SLOT - BAR) / 2;
          const h = w.counted * scale;
          return (
            <g key={w.start}>
              <rect class="chart__bar" x={ix(x, BAR)} y={baseline - h} width={BAR} height={h} rx={3} />
              <text class="chart__value" x={ix(x + BAR / 2)} y={baseline - h - 4} text-anchor="middle">
                {num.format(w.counted)}
              </text>
              <text x={ix(x + BAR / 2)} y={baseline + 14} text-anchor="middle">
                {short.format(dayKeyToUtc(w.start))}
              </text>
            </g>
          );
        })}
        {goal > 0 && (
          <g>
            <line class="chart__goal" x1={ix(LEFT)} x2={ix(LEFT + shown.length * SLOT)} y1={goalY} y2={goalY} />
            <text x={ix(LEFT + shown.length * SLOT + 4)} y={goalY + 3}>
              {t('weekly_goal_line', num.format(goal))}
            </text>
          </g>
        )}
      </svg>
      <ChartTable
        hide="table"
        caption={t('weekly_caption')}
        columns={[t('weekly_col_week'), t('weekly_col_count')]}
        rows={shown.map((w) => ({ key: w.start, header: long.format(dayKeyToUtc(w.start)), cells: [num.format(w.counted)] }))}
      />
    </div>
  );
}
