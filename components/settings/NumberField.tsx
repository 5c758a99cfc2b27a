// A whole-number setting with its range from core, validated as the user types.
import { useEffect, useState } from 'preact/hooks';
import { SETTING_RANGES, type RangedSetting } from '../../core/settings';
import { describedBy, SettingField } from './SettingField';
import { useSettingField, type SaveSettings } from './use-setting-field';

interface Props {
  name: RangedSetting;
  label: string;
  value: number;
  locked: boolean;
  onSave: SaveSettings;
  /** Why the setting is not in use now (the interval while breaks come at a minute of the hour): shown disabled with this note. */
  inactiveNote?: string;
}

export function NumberField({ name, label, value, locked, onSave, inactiveNote }: Props) {
  const { min, max, step } = SETTING_RANGES[name];
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  // After a refused save the field shows what is stored, as its message says.
  const { problem, change, saveFailed, saveError } = useSettingField(name, onSave, () => setDraft(String(value)));
  const state = { id: `setting-${name}`, locked, problem, saveFailed, saveError, note: inactiveNote };
  return (
    <SettingField {...state}>
      <label for={state.id}>{label}</label>
      <input
        id={state.id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={step}
        value={draft}
        disabled={locked || inactiveNote !== undefined}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={describedBy(state)}
        onInput={(e) => {
          const text = (e.target as HTMLInputElement).value;
          setDraft(text);
          change(/^\d+$/.test(text.trim()) ? Number(text) : text);
        }}
      />
    </SettingField>
  );
}
