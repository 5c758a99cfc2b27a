// An on/off setting as one checkbox.
import { useEffect, useState } from 'preact/hooks';
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
  // The box shows the click at once and keeps it while the save is on its way: a re-render before the
  // stored value arrives would otherwise put the box back, undoing the click (seen under load).
  const [draft, setDraft] = useState<boolean>();
  const { problem, change, saveFailed, saveError } = useSettingField(name, onSave, () => setDraft(undefined));
  useEffect(() => setDraft(undefined), [checked]);
  const state = { id: `setting-${name}`, locked, problem, saveFailed, saveError };
  // A refused save drops the draft, which puts the box back as it is stored.
  return (
    <SettingField {...state}>
      <label class="checkbox">
        <input
          id={state.id}
          type="checkbox"
          checked={draft ?? checked}
          disabled={locked}
          aria-describedby={describedBy(state)}
          onChange={(e) => {
            const value = (e.target as HTMLInputElement).checked;
            setDraft(value);
            change(value);
          }}
        />
        {label}
      </label>
    </SettingField>
  );
}
