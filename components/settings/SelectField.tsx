// A setting with a few fixed choices, as a select.
import type { SettingName, Settings } from '../../core/settings';
import { LockedNote } from './LockedNote';

interface Props {
  name: SettingName;
  label: string;
  value: number;
  options: readonly { value: number; label: string }[];
  locked: boolean;
  onSave: (changes: Partial<Settings>) => void;
}

export function SelectField({ name, label, value, options, locked, onSave }: Props) {
  const id = `setting-${name}`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={String(value)}
        disabled={locked}
        aria-describedby={locked ? `${id}-locked` : undefined}
        onChange={(e) => onSave({ [name]: Number((e.target as HTMLSelectElement).value) } as Partial<Settings>)}
      >
        {options.map((o) => (
          <option key={o.value} value={String(o.value)}>
            {o.label}
          </option>
        ))}
      </select>
      {locked && <LockedNote id={`${id}-locked`} />}
    </div>
  );
}
