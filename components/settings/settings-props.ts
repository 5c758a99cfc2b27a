// What every settings form of the options page takes: the effective settings, which are locked, and how to save.
import type { BoundedSetting, PolicyRanges } from '../../core/policy-ranges';
import type { SettingName, Settings } from '../../core/settings';
import type { SaveSettings } from './use-setting-field';

export interface SettingsProps {
  /** The effective settings, as stored (policy applied). */
  settings: Settings;
  locked: ReadonlySet<SettingName>;
  /** The policy's bounds on numeric settings (none when absent): each field offers and accepts only values within them. */
  ranges?: PolicyRanges;
  /** Stores the changed settings; a rejection (a full storage quota, say) is shown under the field, which shows the stored value again. */
  onSave: SaveSettings;
}

/** The props every field of a form shares: its name, whether it is locked, and the save. */
export const fieldProps = ({ locked, onSave }: SettingsProps) => <N extends SettingName>(name: N) => ({ name, locked: locked.has(name), onSave });

/** The props of a numeric field: those every field shares, and the policy's bounds on it. */
export const boundedFieldProps = (props: SettingsProps) => <N extends BoundedSetting>(name: N) => ({ ...fieldProps(props)(name), bounds: props.ranges?.[name] });
