// What every settings form of the options page takes: the effective settings, which are locked, and how to save.
import type { SettingName, Settings } from '../../core/settings';
import type { SaveSettings } from './use-setting-field';

export interface SettingsProps {
  /** The effective settings, as stored (policy applied). */
  settings: Settings;
  locked: ReadonlySet<SettingName>;
  /** Stores the changed settings; a rejection (a full storage quota, say) is shown under the field, which shows the stored value again. */
  onSave: SaveSettings;
}

/** The props every field of a form shares: its name, whether it is locked, and the save. */
export const fieldProps = ({ locked, onSave }: SettingsProps) => <N extends SettingName>(name: N) => ({ name, locked: locked.has(name), onSave });
