// One stored value as a WXT storage item: read raw for core's validators, and data of another version never lost.
import { storage, type StorageItemKey } from '#imports';
import { writing } from './storage-error';

/** A stored value not in this build's version: a migration that failed (older), or a newer build's data. */
export interface VersionProblem {
  key: StorageItemKey;
  stored: number;
  expected: number;
}

interface Stored {
  /** The stored value as it is (null when nothing is stored): the caller validates it. */
  raw: unknown;
  /** The version the value is in; this build's version when nothing is stored. */
  version: number;
}

/** WXT keeps an item's version in its metadata (`<key>$`, `{ v }`); a value without one is version 1. */
export const storedVersion = (meta: unknown): number => {
  const v = (meta as { v?: unknown } | null)?.v;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
};

/** Where a value of another version is kept when this build replaces it. */
const setAsideKey = (key: StorageItemKey, version: number): StorageItemKey => `${key}@v${version}`;

export function warnVersion({ key, stored, expected }: VersionProblem): void {
  const why = stored > expected ? 'was written by a newer version of Unknot' : 'could not be migrated';
  console.warn(`Unknot: stored "${key}" (v${stored}) ${why}; using what this version (v${expected}) can read, and keeping the stored data.`);
}

// Every item defined in this page or worker, so a page can list the ones in the wrong version.
const checks = new Set<() => Promise<VersionProblem[]>>();

/** Registers a check for loadStorageProblems (items that are not one WXT item, like the settings, use it too). */
export function registerVersionCheck(check: () => Promise<VersionProblem[]>): void {
  checks.add(check);
}

/** The message a page shows for a VersionProblem: data of a newer version, or a migration that failed. */
export function storageProblemMessageKey(p: VersionProblem): 'storage_problem_newer' | 'storage_problem_migration' {
  return p.stored > p.expected ? 'storage_problem_newer' : 'storage_problem_migration';
}

/** The stored items in another version than this build's: the options page shows them (nothing is lost meanwhile). */
export async function loadStorageProblems(): Promise<VersionProblem[]> {
  return (await Promise.all([...checks].map((check) => check()))).flat();
}

/**
 * A WXT storage item with its version and migrations. WXT only logs a failed migration (or a
 * stored version newer than this build's) and then hands out the unmigrated value: `read` says
 * which version the value is in, with a warning, and `save` first sets such a value aside under
 * `<key>@v<version>` and stamps this build's version, so it is never overwritten unseen and the
 * next start does not run a migration over this build's value.
 */
export function versionedItem(key: StorageItemKey, version: number, migrations: Record<number, (old: any) => unknown>) {
  // WXT's migration step reads the item before any other read of it may start. At version 1 there is
  // nothing to migrate, and `read` tells a newer version's data by itself: no step, one round trip less.
  const item = storage.defineItem<unknown, { v: number }>(key, { version, migrations: version > 1 ? migrations : undefined });

  async function read(): Promise<Stored> {
    const [raw, meta] = await Promise.all([item.getValue(), item.getMeta()]);
    const stored = raw === null ? version : storedVersion(meta);
    if (stored !== version) warnVersion({ key, stored, expected: version });
    return { raw, version: stored };
  }

  registerVersionCheck(async () => {
    const { version: stored } = await read();
    return stored === version ? [] : [{ key, stored, expected: version }];
  });

  /** Writes `value` (undefined removes it); rejects with a StorageWriteError, leaving what was stored. */
  async function save(value: unknown): Promise<void> {
    await writing(key, async () => {
      const current = await read();
      if (current.version !== version) {
        await storage.setItems([{ key: setAsideKey(key, current.version), value: current.raw }]);
        await item.setMeta({ v: version });
      }
      if (value === undefined) await item.removeValue();
      else await item.setValue(value);
    });
  }

  return { item, read, save };
}
