// The effective settings and policy as the worker last computed them, so the popup and the break page show them
// without loading the settings' and the policy's validation (that code stays out of the popup's first load).
import { storage } from '#imports';
import { browser } from 'wxt/browser';
import type { Policy } from '../core/policy';
import type { SettingName, Settings } from '../core/settings';
import type { SettingsView } from './settings-store';

/** As stored: JSON, so the locked set is a list; `build` is the version that wrote it (another build's may lack a key). */
interface Snapshot {
  build: string;
  settings: Settings;
  policy: Omit<Policy, 'locked'> & { locked: SettingName[] };
}

/** A cache, not the user's data: the worker rewrites it from storage.sync and storage.managed whenever either changes. */
const snapshot = storage.defineItem<Snapshot | null>('local:settingsView', { fallback: null });

const build = () => browser.runtime.getManifest().version;

const toSnapshot = ({ settings, policy }: SettingsView): Snapshot => ({ build: build(), settings, policy: { ...policy, locked: [...policy.locked] } });

/**
 * Saves the view the worker computed, only when it differs from the one stored (most events change nothing). When
 * it cannot be saved (storage full), the old one is removed, so no page shows settings or locks that no longer hold.
 */
export async function saveSettingsSnapshot(view: SettingsView): Promise<void> {
  const next = toSnapshot(view);
  if (JSON.stringify(await snapshot.getValue()) === JSON.stringify(next)) return;
  try {
    await snapshot.setValue(next);
  } catch (error) {
    await snapshot.removeValue().catch(() => undefined);
    throw error;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The last view the worker saved, or undefined when there is none to trust: none yet, one another build wrote
 * (an update adds settings), or one not in this shape. The caller then reads the settings themselves.
 */
export async function readSettingsSnapshot(): Promise<SettingsView | undefined> {
  const stored: unknown = await snapshot.getValue();
  if (!isObject(stored) || stored.build !== build() || !isObject(stored.settings) || !isObject(stored.policy)) return undefined;
  const { locked } = stored.policy;
  if (!Array.isArray(locked)) return undefined;
  const policy = { ...(stored.policy as unknown as Policy), locked: new Set(locked as SettingName[]) };
  return { settings: stored.settings as unknown as Settings, policy };
}

export function watchSettingsSnapshot(listener: () => void): () => void {
  return snapshot.watch(() => listener());
}
