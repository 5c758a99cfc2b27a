// The user's settings in storage.sync, one key per setting (WXT's storage by key): a save writes only the settings it names.
import { storage, type StorageItemKey } from '#imports';
import { NULLABLE_SETTINGS, SETTING_NAMES, validateSettings, type SettingName, type SettingProblem, type Settings } from '../core/settings';
import { writing } from './storage-error';
import { registerVersionCheck, storedVersion, warnVersion, type VersionProblem } from './storage-item';

/**
 * Why one item per setting: storage.sync stores and syncs each key on its own, so two pages (or
 * two browsers on one account) saving different settings never undo each other, and a setting a
 * newer version adds is a key this version never writes.
 */
const SETTING_VERSION = 1;
const settingKey = (name: string): StorageItemKey => `sync:settings.${name}`;

/**
 * A user's null (breakAtMinute: the interval cadence; dailySkipLimit: no limit) is stored as this
 * string: WXT's setItem removes a key set to null (driver.setItem: `if (value == null) remove(key)`),
 * and an absent item means "no choice of mine", which would let a policy preset win.
 */
const STORED_NONE = 'none';
const isNullable = (name: SettingName) => (NULLABLE_SETTINGS as readonly SettingName[]).includes(name);
const toStored = (name: SettingName, value: unknown) => (value === null && isNullable(name) ? STORED_NONE : value);
const fromStored = (name: SettingName, value: unknown) => (value === STORED_NONE && isNullable(name) ? null : value);

/**
 * Each setting is read, written and watched by its key, and its version is WXT's item metadata
 * (`<key>$`, none is v1), as a defined item would do it. No item is defined per setting: WXT reads
 * every defined item once when it is defined, and a page would open with 16 storage calls more.
 */
const SETTING_KEYS = SETTING_NAMES.map(settingKey);

/**
 * v1 (Unknot 0.1): every setting in this one object. v2: each setting in its own item. The
 * migration copies each valid setting into its item unless that is already set (another browser
 * on the account migrated first and may have changed it since), and leaves the object as it was:
 * a browser still on 0.1 reads it, and a setting it holds that this version does not know stays.
 */
const LAYOUT_VERSION = 2;
const LEGACY_KEY: StorageItemKey = 'sync:settings';

async function splitLegacy(old: unknown): Promise<unknown> {
  const { values } = validateSettings(old);
  const names = Object.keys(values) as SettingName[];
  const present = await storage.getItems(names.map(settingKey));
  const missing = names.filter((_, i) => present[i]!.value === null);
  if (missing.length > 0) await storage.setItems(missing.map((name) => ({ key: settingKey(name), value: toStored(name, values[name]) })));
  return old;
}

const legacySettings = storage.defineItem<unknown, { v: number }>(LEGACY_KEY, {
  version: LAYOUT_VERSION,
  migrations: { 2: splitLegacy },
});

/**
 * The user's own valid settings, and the problems of the stored values that are not used. One
 * read: each setting's item, over the 0.1 object for a setting without one (before or without a
 * finished migration, the user's settings still apply).
 */
export async function readUserSettings(): Promise<{ values: Partial<Settings>; problems: SettingProblem[] }> {
  const [legacy, ...own] = await storage.getItems([legacySettings, ...SETTING_KEYS]);
  const ownRaw = Object.fromEntries(
    SETTING_NAMES.flatMap((name, i) => (own[i]!.value === null ? [] : [[name, fromStored(name, own[i]!.value)]])),
  );
  const mine = validateSettings(ownRaw);
  const old = validateSettings(legacy!.value);
  // A setting this version does not know (a newer version's) is kept, not a problem; an invalid old
  // value a setting's own item replaces is not used, so not worth a warning either.
  const newerKey = (p: SettingProblem) => p.reason === 'unknown' && p.name !== '*';
  const used = (p: SettingProblem) => !newerKey(p) && !Object.hasOwn(mine.values, p.name);
  return { values: { ...old.values, ...mine.values }, problems: [...mine.problems, ...old.problems.filter(used)] };
}

/**
 * Writes these valid settings, each to its own item, in one storage call. A setting whose item a
 * newer version wrote is not overwritten: it comes back as a problem. Rejects with a
 * StorageWriteError when storage refuses (quota): then nothing was written.
 */
export async function writeSettings(values: Partial<Settings>): Promise<SettingProblem[]> {
  const names = Object.keys(values) as SettingName[];
  if (names.length === 0) return [];
  return writing(LEGACY_KEY, async () => {
    const versions = (await storage.getMetas(names.map(settingKey))).map(({ meta }) => storedVersion(meta));
    const isNewer = (i: number) => versions[i]! > SETTING_VERSION;
    const writable = names.filter((_, i) => !isNewer(i));
    if (writable.length > 0) await storage.setItems(writable.map((name) => ({ key: settingKey(name), value: toStored(name, values[name]) })));
    return names.flatMap((name, i): SettingProblem[] => (isNewer(i) ? [{ name, reason: 'newer-version', detail: `v${versions[i]}` }] : []));
  });
}

/** Calls back once for each change of the user's settings, however many items one save wrote. */
export function watchUserSettings(listener: () => void): () => void {
  let queued = false;
  const changed = () => {
    if (queued) return;
    queued = true;
    // storage.onChanged calls each item's watcher for one save: tell the listener once.
    setTimeout(() => {
      queued = false;
      listener();
    }, 0);
  };
  const stops = [legacySettings.watch(changed), ...SETTING_KEYS.map((key) => storage.watch(key, changed))];
  return () => stops.forEach((stop) => stop());
}

registerVersionCheck(async () => {
  const [meta, metas, [legacy]] = await Promise.all([
    legacySettings.getMeta(), // waits for the migration
    storage.getMetas(SETTING_KEYS),
    storage.getItems([legacySettings]),
  ]);
  const problems: VersionProblem[] = [];
  const layout = storedVersion(meta);
  if (legacy!.value !== null && layout !== LAYOUT_VERSION) problems.push({ key: LEGACY_KEY, stored: layout, expected: LAYOUT_VERSION });
  metas.forEach(({ key, meta: m }) => {
    if (storedVersion(m) !== SETTING_VERSION) problems.push({ key, stored: storedVersion(m), expected: SETTING_VERSION });
  });
  problems.forEach(warnVersion);
  return problems;
});
