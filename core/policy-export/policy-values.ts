// The one Unknot policy every exported format carries: the settings as preset values, the organization, the locks.
import { LOCKED_TOGETHER, SETTING_NAMES, type SettingName, type Settings } from '../settings';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type PolicyObject = Record<string, Json>;

/** What the administrator chose on the options page. */
export interface PolicyChoice {
  /** The settings to preset (the options page's effective settings). */
  settings: Partial<Settings>;
  /** The settings staff may not change. */
  locked: readonly SettingName[];
  /** Shown to staff as "Managed by …"; blank: left out. */
  organizationName?: string;
}

export const MAX_ORGANIZATION_NAME = 100;

/** A lock group (intervalMinutes with breakAtMinute, workHours with workHoursByDay) is one choice: naming one names all. */
export function lockGroup(name: SettingName): readonly SettingName[] {
  return LOCKED_TOGETHER.find((group) => group.includes(name)) ?? [name];
}

/**
 * Unknot's policy keys and values, the same object in every format: each setting by the settings' own list (so a
 * setting added there is exported with no change here), then organizationName, then locked. A null setting (no
 * minute of the hour, no skip limit) is left out: a policy has no null (Chrome's schema allows one type a value),
 * and leaving it out gives that same "none".
 */
export function policyObject({ settings, locked, organizationName }: PolicyChoice): PolicyObject {
  const policy: PolicyObject = {};
  for (const name of SETTING_NAMES) {
    const value = settings[name];
    if (value !== undefined && value !== null) policy[name] = value as Json;
  }
  const name = organizationName?.trim();
  if (name) policy['organizationName'] = name.slice(0, MAX_ORGANIZATION_NAME);
  const lockedNames = SETTING_NAMES.filter((n) => locked.includes(n));
  if (lockedNames.length > 0) policy['locked'] = lockedNames;
  return policy;
}
