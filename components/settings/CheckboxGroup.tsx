// A setting that is a set of choices (working days, enabled routines), as a fieldset of checkboxes.
import { isSettingProblem, SETTING_CHECKS, type SettingName } from '../../core/settings';
import { SettingField } from './SettingField';
import { useSettingField, type SaveSettings } from './use-setting-field';
import { useStoredDraft } from './use-stored-draft';

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v) => b.includes(v));
const asIs = <T,>(value: T) => value;

interface Props<T extends string> {
  name: SettingName;
  legend: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  locked: boolean;
  onSave: SaveSettings;
}

export function CheckboxGroup<T extends string>({ name, legend, options, selected, locked, onSave }: Props<T>) {
  // The boxes show what the user ticked, even a choice that cannot be saved (no day at all), until a save is refused;
  // two quick ticks are both kept while the first one's save comes back.
  const { draft, setDraft, markSent, reset } = useStoredDraft<readonly T[]>(selected, asIs, sameSet);
  const { problem, change, saveFailed, saveError } = useSettingField(name, onSave, reset);
  return (
    <SettingField id={`setting-${name}`} legend={legend} locked={locked} problem={problem} saveFailed={saveFailed} saveError={saveError}>
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
                if (!isSettingProblem(SETTING_CHECKS[name](next))) markSent(next);
                change(next);
              }}
            />
            {option.label}
          </label>
        ))}
      </div>
    </SettingField>
  );
}
