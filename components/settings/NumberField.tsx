// A whole-number setting with its range from core, validated as the user types: its unit beside it, − and + steppers,
// and optional common values one click away.
import { formatNumber } from '../../core/number-format';
import { allowedByBounds, type Bounds } from '../../core/policy-ranges';
import { isSettingProblem, SETTING_CHECKS, SETTING_RANGES, type RangedSetting } from '../../core/settings';
import { useI18n } from '../i18n';
import { boundsNote } from './bounds-note';
import { describedBy, SettingField } from './SettingField';
import { useSettingField, type SaveSettings } from './use-setting-field';
import { useStoredDraft } from './use-stored-draft';

interface Props {
  name: RangedSetting;
  label: string;
  value: number;
  locked: boolean;
  onSave: SaveSettings;
  /** Shown beside the box ("min", "breaks"). */
  unit?: string;
  /** Common values offered as buttons beside the box, which stays for any other value. */
  presets?: readonly number[];
  /** Why the setting is not in use now (the interval while breaks come at a minute of the hour): shown disabled with this note. */
  inactiveNote?: string;
  /** The policy's bounds: the box, its steppers and its presets offer only values within them. */
  bounds?: Bounds;
}

export function NumberField({ name, label, value, locked, onSave, unit, presets, inactiveNote, bounds }: Props) {
  const { t, locale } = useI18n();
  const { step } = SETTING_RANGES[name];
  const min = bounds?.min ?? SETTING_RANGES[name].min;
  const max = bounds?.max ?? SETTING_RANGES[name].max;
  // Quick clicks on a stepper send values faster than storage answers: the box waits for the last one sent.
  const { draft, setDraft, markSent, reset } = useStoredDraft(value, String, Object.is);
  // After a refused save the field shows what is stored, as its message says.
  const { problem, change, saveFailed, saveError } = useSettingField(name, onSave, reset, bounds);
  const state = { id: `setting-${name}`, locked, problem, saveFailed, saveError, note: inactiveNote, boundsNote: boundsNote(bounds, t, locale) };
  const disabled = locked || inactiveNote !== undefined;
  const set = (text: string) => {
    setDraft(text);
    const parsed = /^\d+$/.test(text.trim()) ? Number(text) : text;
    // Only a value the check lets through is sent; a refused one leaves stored values free to arrive.
    if (!isSettingProblem(SETTING_CHECKS[name](parsed)) && allowedByBounds(name, parsed, bounds)) markSent(parsed as number);
    change(parsed);
  };
  const current = /^\d+$/.test(draft.trim()) ? Number(draft) : value;
  // A step from a value off the grid lands on the grid, and never past the range.
  const stepTo = (direction: 1 | -1) => {
    const next = direction > 0 ? Math.floor(current / step) * step + step : Math.ceil(current / step) * step - step;
    set(String(Math.min(max, Math.max(min, next))));
  };
  return (
    <SettingField {...state}>
      <label for={state.id}>{label}</label>
      <div class="number">
        <button
          type="button"
          class="number__step"
          aria-label={t('stepper_decrease', label)}
          disabled={disabled || current <= min}
          onClick={() => stepTo(-1)}
        >
          −
        </button>
        <input
          id={state.id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={step}
          value={draft}
          disabled={disabled}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={describedBy(state)}
          onInput={(e) => set((e.target as HTMLInputElement).value)}
        />
        <button
          type="button"
          class="number__step"
          aria-label={t('stepper_increase', label)}
          disabled={disabled || current >= max}
          onClick={() => stepTo(1)}
        >
          +
        </button>
        {unit && (
          <span class="number__unit" aria-hidden="true">
            {unit}
          </span>
        )}
      </div>
      {presets && (
        <div class="presets" role="group" aria-label={t('presets_label', label)}>
          {presets.filter((preset) => preset >= min && preset <= max).map((preset) => (
            <button key={preset} type="button" aria-pressed={current === preset} disabled={disabled} onClick={() => set(String(preset))}>
              {unit ? t('value_with_unit', [formatNumber(preset, locale), unit]) : formatNumber(preset, locale)}
            </button>
          ))}
        </div>
      )}
    </SettingField>
  );
}
