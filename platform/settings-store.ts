// Settings: the user's own in storage.sync, validated field by field, merged with the administrator's policy.
import { browser } from 'wxt/browser';
import { effectiveSettings, withoutLocked, type Policy } from '../core/policy';
import { validateSettings, type Settings } from '../core/settings';
import { forgetPolicy, loadPolicy, POLICY_CACHE } from './policy';

const KEY = 'settings';

export interface SettingsView {
  /** What the scheduler, the popup and the options page all use. */
  settings: Settings;
  policy: Policy;
}

async function loadUserSettings(): Promise<Partial<Settings>> {
  const stored = (await browser.storage.sync.get(KEY))[KEY];
  const { values, problems } = validateSettings(stored);
  for (const p of problems) {
    console.warn(`Unknot: stored setting "${p.name}" is invalid (${p.reason}, expected ${p.detail}); using the default.`);
  }
  return values;
}

export async function loadSettingsView(): Promise<SettingsView> {
  const [policy, user] = await Promise.all([loadPolicy(), loadUserSettings()]);
  return { settings: effectiveSettings(policy, user), policy };
}

export async function loadSettings(): Promise<Settings> {
  return (await loadSettingsView()).settings;
}

// Saves follow one another: each reads what the one before wrote, so quick edits never undo each other.
let saving: Promise<unknown> = Promise.resolve();

/** Saves the valid, unlocked fields of `changes` over what is stored; returns the problems of the others. */
export function saveSettings(changes: Partial<Settings>) {
  const run = saving.then(() => save(changes));
  saving = run.catch(() => undefined);
  return run;
}

async function save(changes: Partial<Settings>) {
  const policy = await loadPolicy();
  const { values, problems } = validateSettings(withoutLocked(changes, policy));
  const current = await loadUserSettings();
  await browser.storage.sync.set({ [KEY]: { ...current, ...values } });
  return problems;
}

/** The user's settings changed, or (in Chrome, live) the administrator's policy. */
export function onSettingsChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') forgetPolicy();
    const policy = area === 'managed' || (area === 'local' && POLICY_CACHE in changes);
    if (policy || (area === 'sync' && KEY in changes)) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
