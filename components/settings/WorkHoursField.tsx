// Working hours: one or more daily time ranges (up to core's limit), each with a start and an end.
import { useEffect, useState } from 'preact/hooks';
import { MAX_WORK_RANGES } from '../../core/settings';
import { END_OF_DAY, type TimeRange } from '../../core/work-time';
import { useI18n } from '../i18n';
import { SettingField } from './SettingField';
import { useSettingField, type SaveSettings } from './use-setting-field';

interface Props {
  value: readonly TimeRange[];
  locked: boolean;
  onSave: SaveSettings;
}

export function WorkHoursField({ value, locked, onSave }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<TimeRange[]>([...value]);
  useEffect(() => setDraft([...value]), [value]);
  const { problem, change, saveFailed, saveError } = useSettingField('workHours', onSave, () => setDraft([...value]));

  const edit = (next: TimeRange[]) => {
    setDraft(next);
    change(next);
  };

  return (
    <SettingField id="setting-workHours" legend={t('setting_work_hours')} locked={locked} problem={problem} saveFailed={saveFailed} saveError={saveError}>
      {draft.map((range, i) => (
        <div class="range" key={i}>
          <label>
            {t('setting_range_start', String(i + 1))}
            <input
              type="time"
              value={range.start}
              disabled={locked}
              onInput={(e) => edit(draft.map((r, j) => (j === i ? { ...r, start: (e.target as HTMLInputElement).value } : r)))}
            />
          </label>
          <label>
            {t('setting_range_end', String(i + 1))}
            <input
              type="time"
              // A time input cannot show 24:00 (midnight at the end of the day): it shows the last minute.
              value={range.end === END_OF_DAY ? '23:59' : range.end}
              disabled={locked}
              onInput={(e) => edit(draft.map((r, j) => (j === i ? { ...r, end: (e.target as HTMLInputElement).value } : r)))}
            />
          </label>
          {draft.length > 1 && !locked && (
            <button type="button" onClick={() => edit(draft.filter((_, j) => j !== i))}>
              {t('setting_range_remove', String(i + 1))}
            </button>
          )}
        </div>
      ))}
      {!locked && draft.length < MAX_WORK_RANGES && (
        <button type="button" onClick={() => setDraft([...draft, { start: '13:00', end: '17:00' }])}>
          {t('setting_range_add')}
        </button>
      )}
    </SettingField>
  );
}
