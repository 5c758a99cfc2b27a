// A list of daily time ranges with a start and an end each, and buttons to add and remove one: the working hours' controls.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { MAX_WORK_RANGES } from '../../core/settings';
import { END_OF_DAY, type TimeRange } from '../../core/work-time';

export interface RangeLabels {
  start: (n: number) => string;
  end: (n: number) => string;
  remove: (n: number) => string;
  add: string;
}

interface Props {
  ranges: readonly TimeRange[];
  labels: RangeLabels;
  locked: boolean;
  /** The ranges as they are (with a problem) make the inputs invalid, described by `describedBy`. */
  invalid?: boolean;
  describedBy?: string;
  /** A day of its own may have no range at all (no working time); the everyday hours keep one. */
  canRemoveLast: boolean;
  onChange: (next: TimeRange[]) => void;
  onAdd: (next: TimeRange[]) => void;
}

/** A range added after others fills the afternoon, as the form always offered; to an empty day, a working day. */
const newRange = (ranges: readonly TimeRange[]): TimeRange => (ranges.length === 0 ? { start: '09:00', end: '17:00' } : { start: '13:00', end: '17:00' });

export function RangeList({ ranges, labels, locked, invalid, describedBy, canRemoveLast, onChange, onAdd }: Props) {
  const list = useRef<HTMLDivElement>(null);
  // After an add, focus goes to the new range's start; after a remove, to the add button (the removed button is gone).
  const focusNext = useRef<'last-start' | 'add' | undefined>(undefined);
  useLayoutEffect(() => {
    const target = focusNext.current;
    focusNext.current = undefined;
    if (!target || !list.current) return;
    const el = target === 'add' ? list.current.querySelector<HTMLElement>('[data-range-add]') : [...list.current.querySelectorAll<HTMLElement>('[data-range-start]')].at(-1);
    el?.focus();
  });
  const set = (i: number, field: keyof TimeRange, text: string) => onChange(ranges.map((r, j) => (j === i ? { ...r, [field]: text } : r)));
  const canRemove = !locked && (canRemoveLast || ranges.length > 1);
  return (
    <div ref={list} class="range-list">
      {ranges.map((range, i) => (
        <div class="range" key={i}>
          <label>
            {labels.start(i + 1)}
            <input
              type="time"
              data-range-start
              value={range.start}
              disabled={locked}
              aria-invalid={invalid ? 'true' : undefined}
              aria-describedby={describedBy}
              onInput={(e) => set(i, 'start', (e.target as HTMLInputElement).value)}
            />
          </label>
          <label>
            {labels.end(i + 1)}
            <input
              type="time"
              // A time input cannot show 24:00 (midnight at the end of the day): it shows the last minute.
              value={range.end === END_OF_DAY ? '23:59' : range.end}
              disabled={locked}
              aria-invalid={invalid ? 'true' : undefined}
              aria-describedby={describedBy}
              onInput={(e) => set(i, 'end', (e.target as HTMLInputElement).value)}
            />
          </label>
          {canRemove && (
            <button
              type="button"
              onClick={() => {
                focusNext.current = 'add';
                onChange(ranges.filter((_, j) => j !== i));
              }}
            >
              {labels.remove(i + 1)}
            </button>
          )}
        </div>
      ))}
      {!locked && ranges.length < MAX_WORK_RANGES && (
        <button
          type="button"
          data-range-add
          onClick={() => {
            focusNext.current = 'last-start';
            onAdd([...ranges, newRange(ranges)]);
          }}
        >
          {labels.add}
        </button>
      )}
    </div>
  );
}
