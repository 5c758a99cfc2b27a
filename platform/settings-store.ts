// User settings in storage.sync, validated field by field on every read.
import { browser } from 'wxt/browser';
import { resolveSettings, validateSettings, type Settings } from '../core/settings';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.sync.get(KEY))[KEY];
  const { settings, problems } = resolveSettings(stored);
  for (const p of problems) {
    console.warn(`Unknot: stored setting "${p.name}" is invalid (${p.reason}, expected ${p.detail}); using the default.`);
  }
  return settings;
}

/** Saves the valid fields of `changes` over what is stored; returns the problems of the others. */
export async function saveSettings(changes: Partial<Settings>) {
  const { values, problems } = validateSettings(changes);
  const stored = (await browser.storage.sync.get(KEY))[KEY];
  const current = validateSettings(stored).values;
  await browser.storage.sync.set({ [KEY]: { ...current, ...values } });
  return problems;
}

export function onSettingsChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'sync' && KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
