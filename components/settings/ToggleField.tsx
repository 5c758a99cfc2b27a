// An on/off setting as one checkbox.
import type { SettingName, Settings } from '../../core/settings';
import { LockedNote } from './LockedNote';

interface Props {
  name: SettingName;
  label: string;
  checked: boolean;
  locked: boolean;
  onSave: (changes: Partial<Settings>) => void;
}

export function ToggleField({ name, label, checked, locked, onSave }: Props) {
  const id = `setting-${name}`;
  return (
    <div class="field">
      <label class="checkbox">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={locked}
          aria-describedby={locked ? `${id}-locked` : undefined}
          onChange={(e) => onSave({ [name]: (e.target as HTMLInputElement).checked } as Partial<Settings>)}
        />
        {label}
      </label>
      {locked && <LockedNote id={`${id}-locked`} />}
    </div>
  );
}
