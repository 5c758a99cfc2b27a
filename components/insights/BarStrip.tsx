// A row of count bars (hours of the day, weekdays): a one-row ARIA grid walked by arrow keys, and a hidden table of the numbers.
import { useId, useState } from 'preact/hooks';
import { pluralKey } from '../../core/plural';
import { inlineMove, inlineX } from '../../core/reading-direction';
import { ChartTable } from '../charts/ChartTable';
import { useDirection, useI18n } from '../i18n';
import '../charts/charts.css';
import './insights.css';

export interface Bar {
  key: string;
  /** Under the bar; empty to leave a slot unlabelled (every third hour is named). */
  axis: string;
  /** In the bar's label and the table's row header: "09:00–10:00", "Tuesday". */
  name: string;
  count: number;
}

interface Props {
  bars: readonly Bar[];
  /** The grid's accessible name. */
  label: string;
  caption: string;
  columns: readonly [string, string];
  testid: string;
}

const PLOT = 90;
const TOP = 14;
const BOTTOM = 16;

export function BarStrip({ bars, label, caption, columns, testid }: Props) {
  const { t, locale } = useI18n();
  const dir = useDirection();
  const [active, setActive] = useState(0);
  const [hovered, setHovered] = useState<number | undefined>(undefined);
  const id = useId();
  const num = new Intl.NumberFormat(locale);
  const slot = bars.length > 12 ? 22 : 36;
  const bar = slot * 0.7;
  const width = bars.length * slot;
  const baseline = TOP + PLOT;
  // Bars in reading order: right to left the first hour or weekday is at the right.
  const ix = (at: number, size = 0) => inlineX(at, width, dir, size);
  const scale = PLOT / Math.max(1, ...bars.map((b) => b.count));
  const named = (b: Bar) => t(pluralKey('insights_bar', b.count, locale), [b.name, num.format(b.count)]);
  const at = Math.min(active, bars.length - 1);
  const shown = bars[hovered ?? at];

  const onKeyDown = (e: KeyboardEvent) => {
    // Left and right follow the reading direction, as the bars do.
    const move = inlineMove(e.key, dir);
    let next: number;
    if (move !== undefined) next = at + move;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = bars.length - 1;
    else return;
    e.preventDefault();
    // At either end focus stays put, as in the ARIA grid pattern.
    if (next < 0 || next >= bars.length) return;
    setActive(next);
    (e.currentTarget as SVGSVGElement).querySelector<SVGElement>(`[data-bar="${next}"]`)?.focus();
  };
  const indexOf = (e: Event) => {
    const i = (e.target as Element).getAttribute('data-bar');
    return i === null ? undefined : Number(i);
  };

  return (
    <div class="bars" data-testid={testid}>
      <svg
        class="chart"
        viewBox={`0 0 ${width} ${baseline + BOTTOM}`}
        role="grid"
        aria-label={label}
        aria-describedby={`${id}-keys`}
        onKeyDown={onKeyDown}
        onPointerOver={(e) => setHovered(indexOf(e))}
        onPointerLeave={() => setHovered(undefined)}
      >
        <line class="chart__axis" x1={ix(0)} x2={ix(width)} y1={baseline} y2={baseline} aria-hidden="true" />
        <g role="row">
          {bars.map((b, i) => (
            // The whole slot is the cell, so a bar of 0 can still take focus and a click.
            <rect
              key={b.key}
              role="gridcell"
              class="bars__slot"
              data-bar={i}
              x={ix(i * slot, slot)}
              y={0}
              width={slot}
              height={baseline + BOTTOM}
              tabindex={i === at ? 0 : -1}
              aria-label={named(b)}
              onFocus={() => setActive(i)}
            />
          ))}
        </g>
        <g aria-hidden="true">
          {bars.map((b, i) => {
            const x = i * slot + (slot - bar) / 2;
            const h = b.count * scale;
            return (
              <g key={b.key} class="bars__bar">
                <rect class="chart__bar" x={ix(x, bar)} y={baseline - h} width={bar} height={h} rx={2} />
                {b.count > 0 && (
                  <text class="chart__value" x={ix(x + bar / 2)} y={baseline - h - 3} text-anchor="middle">
                    {num.format(b.count)}
                  </text>
                )}
                <text x={ix(x + bar / 2)} y={baseline + 12} text-anchor="middle">
                  {b.axis}
                </text>
              </g>
            );
          })}
          <rect class="bars__ring" x={ix(at * slot + 1, slot - 2)} y={1} width={slot - 2} height={baseline + BOTTOM - 2} rx={3} />
        </g>
      </svg>
      <p class="bars__detail" aria-hidden="true">
        {shown && named(shown)}
      </p>
      <p id={`${id}-keys`} class="charts-visually-hidden">
        {t('insights_keys')}
      </p>
      <ChartTable
        hide="table"
        caption={caption}
        columns={columns}
        rows={bars.map((b) => ({ key: b.key, header: b.name, cells: [num.format(b.count)] }))}
      />
    </div>
  );
}
