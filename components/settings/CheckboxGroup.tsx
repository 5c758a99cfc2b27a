// A setting that is a set of choices (working days, enabled routines), as a fieldset of checkboxes.
import { useEffect, useState } from 'preact/hooks';
import type { SettingName, Settings } from '../../core/settings';
import { FieldMessage } from './FieldMessage';
import { LockedNote } from './LockedNote';
import { useSettingField } from './use-setting-field';

interface Props<T extends string> {
  name: SettingName;
  legend: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  locked: boolean;
  onSave: (changes: Partial<Settings>) => void;
}

export function CheckboxGroup<T extends string>({ name, legend, options, selected, locked, onSave }: Props<T>) {
  const { problem, change } = useSettingField(name, onSave);
  // The boxes show what the user ticked, even a choice that cannot be saved (no day at all).
  const [draft, setDraft] = useState<readonly T[]>(selected);
  useEffect(() => setDraft(selected), [selected]);
  const id = `setting-${name}`;
  return (
    <fieldset class="field" aria-describedby={problem ? `${id}-error` : locked ? `${id}-locked` : undefined}>
      <legend>{legend}</legend>
      <div class="checkboxes">
        {options.map((option) => (
          <label key={option.value} class="checkbox">
            <input
              type="checkbox"
              checked={draft.includes(option.value)}
              disabled={locked}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                const next = on ? [...draft, option.value] : draft.filter((v) => v !== option.value);
                setDraft(next);
                change(next);
              }}
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldMessage id={`${id}-error`} problem={problem} />
      {locked && <LockedNote id={`${id}-locked`} />}
    </fieldset>
  );
}
