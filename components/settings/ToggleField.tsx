// An on/off setting as one checkbox.
import type { SettingName } from '../../core/settings';
import { describedBy, SettingField } from './SettingField';
import { useSettingField, type SaveSettings } from './use-setting-field';

interface Props {
  name: SettingName;
  label: string;
  checked: boolean;
  locked: boolean;
  onSave: SaveSettings;
}

export function ToggleField({ name, label, checked, locked, onSave }: Props) {
  const { problem, change, saveFailed, saveError } = useSettingField(name, onSave);
  const state = { id: `setting-${name}`, locked, problem, saveFailed, saveError };
  // A refused save re-renders with the stored value, which puts the box back as it is stored.
  return (
    <SettingField {...state}>
      <label class="checkbox">
        <input
          id={state.id}
          type="checkbox"
          checked={checked}
          disabled={locked}
          aria-describedby={describedBy(state)}
          onChange={(e) => change((e.target as HTMLInputElement).checked)}
        />
        {label}
      </label>
    </SettingField>
  );
}
