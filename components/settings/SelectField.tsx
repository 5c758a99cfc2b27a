// A setting with a few fixed choices, as a select.
import type { SettingName } from '../../core/settings';
import { describedBy, SettingField } from './SettingField';
import { useSettingField, type SaveSettings } from './use-setting-field';

interface Props {
  name: SettingName;
  label: string;
  value: number;
  options: readonly { value: number; label: string }[];
  locked: boolean;
  onSave: SaveSettings;
}

export function SelectField({ name, label, value, options, locked, onSave }: Props) {
  const { problem, change, saveFailed } = useSettingField(name, onSave);
  const state = { id: `setting-${name}`, locked, problem, saveFailed };
  // A refused save re-renders with the stored value, which puts the select back to it.
  return (
    <SettingField {...state}>
      <label for={state.id}>{label}</label>
      <select
        id={state.id}
        value={String(value)}
        disabled={locked}
        aria-describedby={describedBy(state)}
        onChange={(e) => change(Number((e.target as HTMLSelectElement).value))}
      >
        {options.map((o) => (
          <option key={o.value} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </SettingField>
  );
}
