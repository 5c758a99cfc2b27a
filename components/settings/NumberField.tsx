// A whole-number setting with its range, validated as the user types.
import { useEffect, useState } from 'preact/hooks';
import type { SettingName, Settings } from '../../core/settings';
import { FieldMessage } from './FieldMessage';
import { LockedNote } from './LockedNote';
import { useSettingField } from './use-setting-field';

interface Props {
  name: SettingName;
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  locked: boolean;
  onSave: (changes: Partial<Settings>) => void;
}

export function NumberField({ name, label, value, min, max, step = 1, locked, onSave }: Props) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const { problem, change } = useSettingField(name, onSave);
  const id = `setting-${name}`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={step}
        value={draft}
        disabled={locked}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? `${id}-error` : locked ? `${id}-locked` : undefined}
        onInput={(e) => {
          const text = (e.target as HTMLInputElement).value;
          setDraft(text);
          change(/^\d+$/.test(text.trim()) ? Number(text) : text);
        }}
      />
      <FieldMessage id={`${id}-error`} problem={problem} />
      {locked && <LockedNote id={`${id}-locked`} />}
    </div>
  );
}
