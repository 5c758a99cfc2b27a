// Settings: the user's own in storage.sync, validated field by field, merged with the administrator's policy.
import { effectiveSettings, withoutLocked, type Policy } from '../core/policy';
import { withinRanges } from '../core/policy-ranges';
import { validateSettings, type SettingProblem, type Settings } from '../core/settings';
import { loadPolicy, onPolicyChanged, type LoadPolicyOptions } from './policy';
import { readUserSettings, watchUserSettings, writeSettings } from './settings-item';

export interface SettingsView {
  /** What the scheduler, the popup and the options page all use. */
  settings: Settings;
  policy: Policy;
}

async function loadUserSettings(): Promise<Partial<Settings>> {
  const { values, problems } = await readUserSettings();
  for (const p of problems) {
    console.warn(`Unknot: stored setting "${p.name}" is invalid (${p.reason}, expected ${p.detail}); using the default.`);
  }
  return values;
}

/** `{ wait: false }` only to show settings (see LoadPolicyOptions); a save never uses this view. */
export async function loadSettingsView(options?: LoadPolicyOptions): Promise<SettingsView> {
  const [policy, user] = await Promise.all([loadPolicy(options), loadUserSettings()]);
  return { settings: effectiveSettings(policy, user), policy };
}

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsView()).settings;
}

/**
 * Saves the valid, unlocked fields of `changes`, each setting on its own, and nothing else: a
 * setting another page saved meanwhile, or one a newer version added, stays. Returns the problems
 * of the fields not saved; rejects with a StorageWriteError when storage refuses (then nothing changed).
 */
export async function saveSettings(changes: Partial<Settings>): Promise<SettingProblem[]> {
  // Waits for storage.managed as the worker does: a lock it alone knows of still holds.
  const policy = await loadPolicy();
  const { values: valid, problems } = validateSettings(withoutLocked(changes, policy));
  // Staff choose within the policy's bounds: a value outside them is refused like an invalid one.
  const { values, problems: outside } = withinRanges(valid, policy.ranges);
  return [...problems, ...outside, ...(await writeSettings(values))];
}

/** The user's settings changed, or the administrator's policy. */
export function onSettingsChanged(listener: () => void): () => void {
  const stopUser = watchUserSettings(listener);
  const stopPolicy = onPolicyChanged(listener);
  return () => {
    stopUser();
    stopPolicy();
  };
}
