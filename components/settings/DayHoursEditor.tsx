// Working hours per weekday: one group of ranges for each working day, each checked on its own, and "Copy Monday to all".
import { useEffect, useState } from 'preact/hooks';
import { formatNumber } from '../../core/number-format';
import { checkDayHours, isSettingProblem, type SettingProblem } from '../../core/settings';
import { hoursOn, type DayName, type TimeRange, type WorkHoursByDay } from '../../core/work-time';
import { useI18n } from '../i18n';
import { FieldMessage } from './FieldMessage';
import { RangeList } from './RangeList';
import { weekdayOptions } from './weekdays';

type Drafts = Partial<Record<DayName, TimeRange[]>>;
type Problems = Partial<Record<DayName, Omit<SettingProblem, 'name'>>>;

interface Props {
  workDays: readonly DayName[];
  workHours: readonly TimeRange[];
  byDay: Readonly<WorkHoursByDay>;
  locked: boolean;
  /** Called with the days' hours once every shown day is valid. */
  onChange: (byDay: WorkHoursByDay) => void;
}

const draftsOf = (days: readonly DayName[], work: Pick<Props, 'workHours' | 'byDay'>): Drafts =>
  Object.fromEntries(days.map((day) => [day, [...hoursOn({ workHours: work.workHours, workHoursByDay: work.byDay }, day)]]));

export function DayHoursEditor({ workDays, workHours, byDay, locked, onChange }: Props) {
  const { t, locale } = useI18n();
  // The working days in the reader's week order (Monday first), with their names in the page's language.
  const days = weekdayOptions(locale).filter((d) => workDays.includes(d.value));
  const shown = days.map((d) => d.value);
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(shown, { workHours, byDay }));
  const [problems, setProblems] = useState<Problems>({});
  const stored = JSON.stringify([shown, workHours, byDay]);
  useEffect(() => {
    setDrafts(draftsOf(shown, { workHours, byDay }));
    setProblems({});
  }, [stored]);

  const edit = (next: Drafts) => {
    setDrafts(next);
    const found: Problems = {};
    for (const day of shown) {
      const result = checkDayHours(next[day]);
      if (isSettingProblem(result)) found[day] = result;
    }
    setProblems(found);
    // Days not shown (not working days now) keep the hours of their own they had, for when they are worked again.
    if (Object.keys(found).length === 0) onChange({ ...byDay, ...next });
  };

  const first = days[0];
  return (
    <div class="day-hours">
      {days.map(({ value: day, label }) => {
        const ranges = drafts[day] ?? [];
        const errorId = `setting-workHoursByDay-${day}-error`;
        const emptyId = `setting-workHoursByDay-${day}-empty`;
        const problem = problems[day];
        const describedBy = [problem ? errorId : '', ranges.length === 0 ? emptyId : ''].filter(Boolean).join(' ') || undefined;
        return (
          <fieldset class="day-hours__day" key={day} data-day={day} aria-describedby={describedBy}>
            <legend>{t('setting_day_hours', label)}</legend>
            {ranges.length === 0 && (
              <p id={emptyId} class="field__note">
                {t('setting_day_no_hours')}
              </p>
            )}
            <RangeList
              ranges={ranges}
              locked={locked}
              invalid={problem !== undefined}
              describedBy={problem ? errorId : undefined}
              canRemoveLast
              labels={{
                start: (n) => t('setting_day_range_start', [label, formatNumber(n, locale)]),
                end: (n) => t('setting_day_range_end', [label, formatNumber(n, locale)]),
                remove: (n) => t('setting_day_range_remove', [label, formatNumber(n, locale)]),
                add: t('setting_day_range_add', label),
              }}
              onChange={(next) => edit({ ...drafts, [day]: next })}
              onAdd={(next) => edit({ ...drafts, [day]: next })}
            />
            <FieldMessage id={errorId} problem={problem} />
          </fieldset>
        );
      })}
      {!locked && first && days.length > 1 && (
        <button type="button" onClick={() => edit(Object.fromEntries(shown.map((day) => [day, [...(drafts[first.value] ?? [])]])))}>
          {t('setting_day_copy_to_all', first.label)}
        </button>
      )}
    </div>
  );
}
