// Working hours: the same daily time ranges every day, or each working day's own (up to core's limit of ranges a day).
import { useEffect, useState } from 'preact/hooks';
import { formatNumber } from '../../core/number-format';
import { hoursOn, type DayName, type TimeRange, type WorkHoursByDay } from '../../core/work-time';
import { useI18n } from '../i18n';
import { DayHoursEditor } from './DayHoursEditor';
import { RangeList } from './RangeList';
import { SettingField } from './SettingField';
import { useSettingField, type SaveSettings } from './use-setting-field';

interface Props {
  /** The everyday hours (workHours). */
  value: readonly TimeRange[];
  /** The days with hours of their own (workHoursByDay); {} is "Same hours every day". */
  byDay: Readonly<WorkHoursByDay>;
  /** The working days, whose own hours the per-day editor shows. */
  workDays: readonly DayName[];
  /** workHours and workHoursByDay are locked together. */
  locked: boolean;
  onSave: SaveSettings;
}

type Mode = 'same' | 'per-day';
const modeOf = (byDay: Readonly<WorkHoursByDay>): Mode => (Object.keys(byDay).length > 0 ? 'per-day' : 'same');

export function WorkHoursField({ value, byDay, workDays, locked, onSave }: Props) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState<TimeRange[]>([...value]);
  const [mode, setMode] = useState<Mode>(modeOf(byDay));
  useEffect(() => setDraft([...value]), [value]);
  useEffect(() => setMode(modeOf(byDay)), [byDay]);
  // One choice, saved as one: the everyday hours and the per-day hours go together, so a person's
  // "Same hours every day" ({}) replaces an administrator's preset per-day hours as well.
  const everyday = useSettingField('workHours', onSave, () => setDraft([...value]));
  const perDay = useSettingField('workHoursByDay', onSave, () => setMode(modeOf(byDay)));
  const current = mode === 'same' ? everyday : perDay;

  const edit = (next: TimeRange[]) => {
    setDraft(next);
    everyday.change(next, { workHoursByDay: {} });
  };
  const choose = (next: Mode) => {
    setMode(next);
    // Per day starts from the hours each day works now; nothing about the schedule changes until a day is edited.
    if (next === 'per-day') perDay.change(Object.fromEntries(workDays.map((d) => [d, [...hoursOn({ workHours: value, workHoursByDay: byDay }, d)]])), { workHours: [...value] });
    else perDay.change({}, { workHours: [...value] });
  };
  const radio = (choice: Mode, label: string) => (
    <label class="checkbox">
      <input type="radio" name="work-hours-mode" value={choice} checked={mode === choice} disabled={locked} onChange={() => choose(choice)} />
      {label}
    </label>
  );

  return (
    <SettingField
      id="setting-workHours"
      legend={t('setting_work_hours')}
      locked={locked}
      problem={current.problem}
      saveFailed={current.saveFailed}
      saveError={current.saveError}
    >
      <div class="checkboxes">
        {radio('same', t('setting_hours_same'))}
        {radio('per-day', t('setting_hours_per_day'))}
      </div>
      {mode === 'same' ? (
        <RangeList
          ranges={draft}
          locked={locked}
          invalid={everyday.problem !== undefined}
          canRemoveLast={false}
          labels={{
            start: (n) => t('setting_range_start', formatNumber(n, locale)),
            end: (n) => t('setting_range_end', formatNumber(n, locale)),
            remove: (n) => t('setting_range_remove', formatNumber(n, locale)),
            add: t('setting_range_add'),
          }}
          onChange={edit}
          // An added range is a draft until it is edited: the afternoon it offers may overlap the hours as they are.
          onAdd={setDraft}
        />
      ) : (
        <DayHoursEditor
          workDays={workDays}
          workHours={value}
          byDay={byDay}
          locked={locked}
          onChange={(next) => perDay.change(next, { workHours: [...value] })}
        />
      )}
    </SettingField>
  );
}
