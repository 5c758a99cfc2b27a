// A setting with a few fixed choices (numbers, words, or null for "none"), as a select.
import { allowedByBounds, isBoundedSetting, type Bounds } from '../../core/policy-ranges';
import type { SettingName, Settings } from '../../core/settings';
import { useI18n } from '../i18n';
import { boundsNote } from './bounds-note';
import { describedBy, SettingField } from './SettingField';
import { useSettingField, type SaveSettings } from './use-setting-field';

interface Props<N extends SettingName> {
  name: N;
  label: string;
  value: Settings[N];
  options: readonly { value: Settings[N]; label: string }[];
  locked: boolean;
  onSave: SaveSettings;
  /** The policy's bounds on a numeric setting: only the choices within them are offered. */
  bounds?: Bounds;
}

export function SelectField<N extends SettingName>({ name, label, value, options: all, locked, onSave, bounds }: Props<N>) {
  const { t, locale } = useI18n();
  const { problem, change, saveFailed, saveError } = useSettingField(name, onSave, undefined, bounds);
  const state = { id: `setting-${name}`, locked, problem, saveFailed, saveError, boundsNote: boundsNote(bounds, t, locale) };
  // A locked value wins over the bounds: it is shown even when they would not offer it.
  const options = all.filter((o) => o.value === value || !isBoundedSetting(name) || allowedByBounds(name, o.value, bounds));
  // Options are told apart by their place in the list, so a null ("no limit") is a choice like any other.
  const selected = options.findIndex((o) => o.value === value);
  // A refused save re-renders with the stored value, which puts the select back to it.
  return (
    <SettingField {...state}>
      <label for={state.id}>{label}</label>
      <select
        id={state.id}
        value={String(selected)}
        disabled={locked}
        aria-describedby={describedBy(state)}
        onChange={(e) => change(options[Number((e.target as HTMLSelectElement).value)]?.value)}
      >
        {options.map((o, i) => (
          <option key={i} value={String(i)}>
            {o.label}
          </option>
        ))}
      </select>
    </SettingField>
  );
}
