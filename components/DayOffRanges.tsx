// Holidays and sick leave: a range of days off at once (from–to, with an optional reason), listed and removable.
import { useState } from 'preact/hooks';
import { dayKeyToUtc } from '../core/day';
import { rangeProblem, type RangeProblem } from '../core/day-off-ranges';
import type { DayOffRange } from '../core/history-file';
import { DayOffFailures } from './DayOffFailures';
import { useFailableAction } from './failable-action';
import { useI18n } from './i18n';

export interface DayOffRangesProps {
  ranges: readonly DayOffRange[];
  /** Resolves once the range is stored; on a rejection the fields keep it and the section says it was not saved. */
  onAdd: (range: DayOffRange) => Promise<unknown>;
  onRemove: (range: DayOffRange) => Promise<unknown>;
}

const PROBLEM_KEYS: Record<RangeProblem, string> = {
  'bad-day': 'day_off_range_bad_day',
  order: 'day_off_range_order',
  'too-long': 'day_off_range_too_long',
  label: 'day_off_range_label_invalid',
};

export function DayOffRanges({ ranges, onAdd, onRemove }: DayOffRangesProps) {
  const { t, locale } = useI18n();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<RangeProblem>();
  const adding = useFailableAction();
  const removing = useFailableAction();
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const span = (r: DayOffRange) => (r.from === r.to ? day.format(dayKeyToUtc(r.from)) : day.formatRange(dayKeyToUtc(r.from), dayKeyToUtc(r.to)));
  return (
    <section aria-labelledby="day-off-ranges-heading" class="days-off">
      <h3 id="day-off-ranges-heading">{t('day_off_ranges_heading')}</h3>
      <p class="hint">{t('day_off_ranges_hint')}</p>
      <form
        class="field range"
        onSubmit={async (e) => {
          e.preventDefault();
          const range: DayOffRange = { from, to: to || from, ...(label.trim() ? { label: label.trim() } : {}) };
          const found = rangeProblem(range);
          setProblem(found);
          if (found) return;
          if ((await adding.run(() => onAdd(range))).done) {
            setFrom('');
            setTo('');
            setLabel('');
          }
        }}
      >
        <label>
          {t('day_off_range_from')}
          <input type="date" value={from} onInput={(e) => setFrom((e.target as HTMLInputElement).value)} aria-describedby={problem ? 'day-off-range-problem' : undefined} />
        </label>
        <label>
          {t('day_off_range_to')}
          <input type="date" value={to} onInput={(e) => setTo((e.target as HTMLInputElement).value)} aria-describedby={problem ? 'day-off-range-problem' : undefined} />
        </label>
        <label>
          {t('day_off_range_label')}
          <input type="text" maxLength={100} value={label} onInput={(e) => setLabel((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" disabled={!from || adding.pending}>
          {t('day_off_range_add')}
        </button>
      </form>
      {problem && (
        <p role="alert" class="notice" id="day-off-range-problem">
          {t(PROBLEM_KEYS[problem])}
        </p>
      )}
      <DayOffFailures addFailed={adding.failed} removeFailed={removing.failed} />
      {ranges.length > 0 && (
        <ul class="days-off__list" data-testid="day-off-ranges">
          {ranges.map((r) => (
            <li key={`${r.from}..${r.to}`}>
              <span>{r.label ? t('day_off_range_item', [span(r), r.label]) : span(r)}</span>{' '}
              <button
                type="button"
                disabled={removing.pending}
                onClick={() => void removing.run(() => onRemove(r))}
                aria-label={t('days_off_remove', span(r))}
              >
                {t('days_off_remove_short')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
