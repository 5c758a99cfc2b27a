// Administrator policy: its validation, and the one merge that gives the effective settings everywhere.
import {
  DEFAULT_SETTINGS,
  isSettingName,
  validateSettings,
  type SettingName,
  type SettingProblem,
  type Settings,
} from './settings';
import { noBreakFits } from './break-fit';

export interface Policy {
  /** Valid policy values: starting values the user may change, unless locked. */
  values: Partial<Settings>;
  /** Settings the user cannot change: the policy's value (or the default) always wins. */
  locked: ReadonlySet<SettingName>;
  organizationName?: string;
  /** Policy values that were ignored, and why: the options page lists them for the administrator. */
  problems: SettingProblem[];
  /** Whether any policy was set at all. */
  present: boolean;
}

export const NO_POLICY: Policy = Object.freeze({ values: {}, locked: new Set<SettingName>(), problems: [], present: false });

const MAX_ORGANIZATION_NAME = 100;

/** Reads what storage.managed holds. Every invalid value is ignored on its own; the rest still applies. */
export function parsePolicy(raw: unknown): Policy {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || Object.keys(raw).length === 0) return NO_POLICY;
  const { organizationName, locked, ...rest } = raw as Record<string, unknown>;
  const { values, problems } = validateSettings(rest);

  let name: string | undefined;
  if (organizationName !== undefined) {
    if (typeof organizationName === 'string' && organizationName.trim() && organizationName.length <= MAX_ORGANIZATION_NAME) {
      name = organizationName.trim();
    } else {
      problems.push({ name: 'organizationName', reason: 'bad-text', detail: `1–${MAX_ORGANIZATION_NAME}` });
    }
  }

  const lockedNames = new Set<SettingName>();
  if (locked !== undefined) {
    if (!Array.isArray(locked)) {
      problems.push({ name: 'locked', reason: 'bad-locked', detail: 'array' });
    } else {
      for (const entry of locked) {
        if (typeof entry === 'string' && isSettingName(entry)) lockedNames.add(entry);
        else problems.push({ name: 'locked', reason: 'bad-locked', detail: String(entry) });
      }
    }
  }
  const noBreaks = noBreakProblem(values);
  if (noBreaks) problems.push(noBreaks);
  return { values, locked: lockedNames, organizationName: name, problems, present: true };
}

/**
 * A policy whose working time (its own values, the defaults for the rest) never holds one
 * interval gives no break at all, and nothing else would say so: the Administrator note lists it.
 */
function noBreakProblem(values: Partial<Settings>): SettingProblem | undefined {
  const { intervalMinutes, workDays, workHours } = { ...DEFAULT_SETTINGS, ...values };
  if (!noBreakFits({ intervalMinutes, workDays, workHours })) return undefined;
  const name = (['workHours', 'workDays', 'intervalMinutes'] as const).find((n) => n in values) ?? 'workHours';
  return { name, reason: 'no-break-fits', detail: String(intervalMinutes) };
}

/** Defaults, then policy, then the user's own values, then locked policy: the one order used everywhere. */
export function effectiveSettings(policy: Policy, user: Partial<Settings>): Settings {
  const merged: Settings = { ...DEFAULT_SETTINGS, ...policy.values, ...user };
  for (const name of policy.locked) {
    (merged as Record<SettingName, unknown>)[name] = policy.values[name] ?? DEFAULT_SETTINGS[name];
  }
  return merged;
}

/** The user's changes without the locked ones, which are the administrator's to set. */
export function withoutLocked(changes: Partial<Settings>, policy: Policy): Partial<Settings> {
  return Object.fromEntries(Object.entries(changes).filter(([name]) => !policy.locked.has(name as SettingName))) as Partial<Settings>;
}
