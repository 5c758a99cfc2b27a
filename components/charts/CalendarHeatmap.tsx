// The last 12 months of breaks as a day-by-day heatmap: a keyboard-navigable ARIA grid, one labelled cell per day.
import { Component } from 'preact';
import { useCallback, useId, useMemo, useState } from 'preact/hooks';
import { addDaysToKey, dayKeyToUtc, weekStartKey } from '../../core/day';
import { pluralKey } from '../../core/plural';
import { calendarMove, inlineX, type ReadingDirection } from '../../core/reading-direction';
import { useDirection, useI18n, type Translate } from '../i18n';
import { weekdayOptions } from '../settings/weekdays';
import './charts.css';

interface Props {
  counts: ReadonlyMap<string, number>;
  /** "YYYY-MM-DD": the last day drawn. */
  today: string;
  /** The daily goal: a day with this many breaks or more is drawn darkest. */
  goal: number;
  /** Non-working days and days off, drawn fainter. */
  neutral: (day: string) => boolean;
}

interface Cell {
  day: string;
  col: number;
  row: number;
  level: 0 | 1 | 2 | 3;
  neutral: boolean;
  label: string;
}

const CALENDAR_WEEKS = 53;
const CELL = 11;
const STEP = 13;
const LEFT = 30;
const TOP = 16;

function levelOf(count: number, goal: number): Cell['level'] {
  if (count <= 0) return 0;
  if (count >= goal) return 3;
  return count < goal / 2 ? 1 : 2;
}

function labeller(t: Translate, locale: string) {
  const num = new Intl.NumberFormat(locale);
  return (count: number, date: string, neutral: boolean) => {
    // The plural category, not count === 1: some languages put 21 in the singular.
    const key = count === 0 ? 'calendar_cell_none' : pluralKey('calendar_cell', count, locale);
    const base = count === 0 ? t(key, date) : t(key, [num.format(count), date]);
    return neutral ? t('calendar_cell_day_off', base) : base;
  };
}

function buildCells(props: Props, t: Translate, locale: string) {
  // Columns are weeks, Monday first: the first is the Monday 52 weeks before this week's.
  const first = addDaysToKey(weekStartKey(props.today), -7 * (CALENDAR_WEEKS - 1));
  const longDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const label = labeller(t, locale);
  const cells: Cell[] = [];
  for (let day = first, i = 0; day <= props.today; day = addDaysToKey(day, 1), i++) {
    const count = props.counts.get(day) ?? 0;
    const neutral = props.neutral(day);
    cells.push({
      day,
      col: Math.floor(i / 7),
      row: i % 7,
      level: levelOf(count, props.goal),
      neutral,
      label: label(count, longDate.format(dayKeyToUtc(day)), neutral),
    });
  }

  // A month is named above the column holding its 1st; the first column gets its own month only if there is room.
  const shortMonth = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const months: { col: number; name: string }[] = [];
  for (const c of cells) {
    if (c.day.endsWith('-01')) months.push({ col: c.col, name: shortMonth.format(dayKeyToUtc(c.day)) });
  }
  if (!months.length || months[0]!.col >= 3) months.unshift({ col: 0, name: shortMonth.format(dayKeyToUtc(first)) });

  // Rows, like the options, are Monday first: rows 0, 2, 4 are Monday, Wednesday, Friday.
  const shortDays = weekdayOptions(locale, 'short');
  const weekdays = [0, 2, 4].map((row) => ({ row, name: shortDays[row]!.label }));
  return { cells, index: new Map(cells.map((c, i) => [c.day, i])), months, weekdays };
}

const WIDTH = LEFT + CALENDAR_WEEKS * STEP;
/** A cell's x: weeks read from the start of the line, so right to left the oldest week is at the right and the labels' margin too. */
const x = (c: { col: number }, dir: ReadingDirection) => inlineX(LEFT + c.col * STEP, WIDTH, dir, CELL);
const y = (c: { row: number }) => TOP + c.row * STEP;

interface DayCellProps {
  cell: Cell;
  dir: ReadingDirection;
  tabStop: boolean;
  onFocus: (e: FocusEvent) => void;
}

/** Re-renders only when a prop changed: preact/compat's `memo` would bring compat's global option hooks to the page. */
abstract class Pure<P extends object> extends Component<P> {
  override shouldComponentUpdate(next: P): boolean {
    const now = this.props as Record<string, unknown>;
    const keys = Object.keys(next);
    return keys.length !== Object.keys(now).length || keys.some((key) => now[key] !== (next as Record<string, unknown>)[key]);
  }
}

/**
 * One day, with a handler shared by every cell: moving the tab stop re-draws only the two cells
 * it leaves and reaches, not all 371 (re-drawing every cell per key made the keyboard test take
 * seconds on a busy machine).
 */
class DayCell extends Pure<DayCellProps> {
  override render({ cell: c, dir, tabStop, onFocus }: DayCellProps) {
    return (
      <rect
        role="gridcell"
        class={`cal__cell cal--${c.level}${c.neutral ? ' cal--neutral' : ''}`}
        data-day={c.day}
        x={x(c, dir)}
        y={y(c)}
        width={CELL}
        height={CELL}
        rx={2}
        tabindex={tabStop ? 0 : -1}
        aria-label={c.label}
        onFocus={onFocus}
      />
    );
  }
}

type AxesProps = Pick<ReturnType<typeof buildCells>, 'months' | 'weekdays'> & { dir: ReadingDirection };

/** Month names along the top and weekday names down the side: drawn once per data, not per key. */
class Axes extends Pure<AxesProps> {
  override render({ months, weekdays, dir }: AxesProps) {
    // Points, not boxes: a month starts at its column's start edge, a weekday ends just before the first column.
    // text-anchor's start and end follow the text's direction, which the page's dir gives: they need no flip.
    return (
      <g aria-hidden="true">
        {months.map((m) => (
          <text key={`m${m.col}`} x={inlineX(LEFT + m.col * STEP, WIDTH, dir)} y={TOP - 5}>
            {m.name}
          </text>
        ))}
        {weekdays.map((w) => (
          <text key={`w${w.row}`} x={inlineX(LEFT - 4, WIDTH, dir)} y={y(w) + CELL - 1} text-anchor="end">
            {w.name}
          </text>
        ))}
      </g>
    );
  }
}

function CalendarHeatmapView({ counts, today, goal, neutral }: Props) {
  const { t, locale } = useI18n();
  const dir = useDirection();
  const { cells, index, months, weekdays } = useMemo(
    () => buildCells({ counts, today, goal, neutral }, t, locale),
    [counts, today, goal, neutral, t, locale],
  );
  const rows = useMemo(() => Array.from({ length: 7 }, (_, row) => cells.filter((c) => c.row === row)), [cells]);
  const [active, setActive] = useState(today);
  const [hovered, setHovered] = useState<string | undefined>(undefined);
  const id = useId();
  const onCellFocus = useCallback((e: FocusEvent) => setActive((e.currentTarget as Element).getAttribute('data-day')!), []);

  // Falls back to today when new data (or a new today) no longer holds the remembered day.
  const at = index.get(active) ?? cells.length - 1;
  const currentCell = cells[at]!;
  const shown = cells[index.get(hovered ?? '') ?? at]!;

  const onKeyDown = (e: KeyboardEvent) => {
    // Left and right follow the reading direction: right to left, ArrowLeft goes to the next week (drawn on the left).
    const move = calendarMove(e.key, dir);
    let next: number;
    if (move !== undefined) next = at + move;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = cells.length - 1;
    else return;
    e.preventDefault();
    // At an edge (or beside days not drawn yet) focus stays put, as in the ARIA grid pattern.
    const target = cells[next];
    if (!target) return;
    setActive(target.day);
    (e.currentTarget as SVGSVGElement).querySelector<SVGElement>(`[data-day="${target.day}"]`)?.focus();
  };

  const onPointerOver = (e: PointerEvent) => setHovered((e.target as Element).getAttribute('data-day') ?? undefined);

  const width = WIDTH;
  const height = TOP + 7 * STEP;

  return (
    <div class="cal">
      <svg
        class="chart"
        viewBox={`0 0 ${width} ${height}`}
        role="grid"
        aria-label={t('calendar_label')}
        aria-describedby={`${id}-legend ${id}-keys`}
        onKeyDown={onKeyDown}
        onPointerOver={onPointerOver}
        onPointerLeave={() => setHovered(undefined)}
      >
        <Axes months={months} weekdays={weekdays} dir={dir} />
        {rows.map((row, r) => (
          <g role="row" key={r}>
            {row.map((c) => (
              <DayCell key={c.day} cell={c} dir={dir} tabStop={c === currentCell} onFocus={onCellFocus} />
            ))}
          </g>
        ))}
        <rect
          class="cal__ring"
          aria-hidden="true"
          x={x(currentCell, dir) - 1.5}
          y={y(currentCell) - 1.5}
          width={CELL + 3}
          height={CELL + 3}
          rx={3}
        />
      </svg>
      <div class="cal__foot" aria-hidden="true">
        <p class="cal__detail">{shown.label}</p>
        <span class="cal__key">
          {t('calendar_key_less')}
          {[0, 1, 2, 3].map((level) => (
            <svg key={level} viewBox={`0 0 ${CELL} ${CELL}`}>
              <rect class={`cal--${level}`} width={CELL} height={CELL} rx={2} />
            </svg>
          ))}
          {t('calendar_key_more')}
        </span>
      </div>
      <p id={`${id}-legend`} class="charts-visually-hidden">
        {t('calendar_legend', new Intl.NumberFormat(locale).format(goal))}
      </p>
      <p id={`${id}-keys`} class="charts-visually-hidden">
        {t('calendar_keys')}
      </p>
    </div>
  );
}

/** Props compared as a whole too: a page re-rendering with the same data (a settings change) leaves the grid alone. */
export class CalendarHeatmap extends Pure<Props> {
  override render(props: Props) {
    return <CalendarHeatmapView {...props} />;
  }
}
