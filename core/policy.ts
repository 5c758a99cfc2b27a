// Administrator policy: its validation, and the one merge that gives the effective settings everywhere.
import {
  DEFAULT_SETTINGS,
  isSettingName,
  LOCKED_TOGETHER,
  NULLABLE_SETTINGS,
  SETTING_RANGES,
  validateSettings,
  type SettingName,
  type SettingProblem,
  type Settings,
} from './settings';
import { noBreakReason } from './break-fit';
import { clipToRanges, parseRanges, type PolicyRanges } from './policy-ranges';
import { isRoutineId, isRoutineIdShape } from './routines';

export interface Policy {
  /** Valid policy values: starting values the user may change, unless locked. */
  values: Partial<Settings>;
  /**
   * Settings the user cannot change: the policy's value (or the default) always wins. Settings
   * locked together (LOCKED_TOGETHER: intervalMinutes and breakAtMinute; workHours and workHoursByDay)
   * are both here when either is named.
   */
  locked: ReadonlySet<SettingName>;
  /** Bounds on numeric settings: staff choose within them, and a value outside them is used clipped (core/policy-ranges). */
  ranges: PolicyRanges;
  /**
   * The organization's routine pack (`customRoutines`) as given: core/policy-routines checks it and shows it in the
   * page's language. Its check (custom-routine's) loads only where a pack is shown, never in the popup's first chunk.
   */
  customRoutines?: unknown;
  organizationName?: string;
  /** Policy values that were ignored, and why: the options page lists them for the administrator. */
  problems: SettingProblem[];
  /** Whether any policy was set at all. */
  present: boolean;
}

export const NO_POLICY: Policy = Object.freeze({ values: {}, locked: new Set<SettingName>(), ranges: {}, problems: [], present: false });

const MAX_ORGANIZATION_NAME = 100;

/** Reads what storage.managed holds. Every invalid value is ignored on its own; the rest still applies. */
export function parsePolicy(raw: unknown): Policy {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || Object.keys(raw).length === 0) return NO_POLICY;
  const { organizationName, locked, ranges: rawRanges, customRoutines, ...given } = raw as Record<string, unknown>;
  const { rest, problems: entryProblems } = withKnownRoutines(given, packIds(customRoutines));
  const { values, problems: valueProblems } = validateSettings(withoutNulls(rest));
  // In the order the administrator wrote them, a null among the rest; "workHoursByDay.fri" where its key is.
  const order = Object.keys(rest);
  const at = (p: SettingProblem) => order.indexOf(p.name.split('.')[0]!);
  const problems = [...entryProblems, ...valueProblems, ...nullProblems(rest)].sort((a, b) => at(a) - at(b));

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
  for (const group of LOCKED_TOGETHER) {
    if (group.some((n) => lockedNames.has(n))) group.forEach((n) => lockedNames.add(n));
  }
  let ranges: PolicyRanges = {};
  if (rawRanges !== undefined) {
    const parsed = parseRanges(rawRanges);
    ranges = parsed.ranges;
    problems.push(...parsed.problems);
  }
  const noBreaks = noBreakProblem(values, ranges);
  if (noBreaks) problems.push(noBreaks);
  return { values, locked: lockedNames, ranges, ...(customRoutines === undefined ? {} : { customRoutines }), organizationName: name, problems, present: true };
}

/** The ids the pack names (its routines' own check is core/policy-routines'). */
const packIds = (raw: unknown): ReadonlySet<string> =>
  new Set(Array.isArray(raw) ? raw.map((r: unknown) => (r as { id?: unknown } | null)?.id).filter(isRoutineIdShape) : []);

/**
 * enabledRoutines may name the pack's routines beside the built-in ones: any other entry is ignored alone and listed
 * (a list left with none is ignored, as the entries say why).
 */
function withKnownRoutines(raw: Record<string, unknown>, pack: ReadonlySet<string>): { rest: Record<string, unknown>; problems: SettingProblem[] } {
  const list = raw['enabledRoutines'];
  if (!Array.isArray(list) || list.length === 0) return { rest: raw, problems: [] };
  const known = (id: unknown) => isRoutineId(id) || (typeof id === 'string' && pack.has(id));
  const problems = list.filter((id) => !known(id)).map((id): SettingProblem => ({ name: 'enabledRoutines', reason: 'unknown-routine', detail: String(id) }));
  const kept = list.filter(known);
  const { enabledRoutines: _all, ...others } = raw;
  return { rest: kept.length > 0 ? { ...raw, enabledRoutines: kept } : others, problems };
}

/**
 * A user's null (breakAtMinute, dailySkipLimit) is their choice of "none"; a policy presets a
 * number or leaves the key out (Chrome's schema allows one type a value), so a policy's null is
 * reported as not a number and ignored, which leaves the default, "none", in force.
 */
const isNullable = (name: string) => (NULLABLE_SETTINGS as readonly string[]).includes(name);
const withoutNulls = (raw: Record<string, unknown>) => Object.fromEntries(Object.entries(raw).filter(([n, v]) => !(v === null && isNullable(n))));
function nullProblems(raw: Record<string, unknown>): SettingProblem[] {
  return NULLABLE_SETTINGS.filter((name) => Object.hasOwn(raw, name) && raw[name] === null).map((name) => {
    const { min, max } = SETTING_RANGES[name];
    return { name, reason: 'not-a-number', detail: `${min}–${max}` };
  });
}

/**
 * A policy whose working time (its own values, the defaults for the rest) never holds one break
 * gives no break at all, and nothing else would say so: the Administrator note lists it.
 */
function noBreakProblem(values: Partial<Settings>, ranges: PolicyRanges): SettingProblem | undefined {
  const { intervalMinutes, workDays, workHours, workHoursByDay, breakAtMinute } = clipToRanges({ ...DEFAULT_SETTINGS, ...values }, ranges);
  const why = noBreakReason({ intervalMinutes, workDays, workHours, workHoursByDay, breakAtMinute });
  if (!why) return undefined;
  const cadence = breakAtMinute === null ? 'intervalMinutes' : 'breakAtMinute';
  const name = (['workHours', 'workHoursByDay', 'workDays', cadence] as const).find((n) => n in values) ?? 'workHours';
  return { name, ...why };
}

/**
 * Defaults, then policy, then the user's own values, then each clipped to the policy's ranges, then locked policy:
 * the one order used everywhere. A locked value wins over the bounds.
 */
export function effectiveSettings(policy: Policy, user: Partial<Settings>): Settings {
  const merged: Settings = clipToRanges({ ...DEFAULT_SETTINGS, ...policy.values, ...user }, policy.ranges);
  for (const name of policy.locked) {
    (merged as Record<SettingName, unknown>)[name] = policy.values[name] ?? DEFAULT_SETTINGS[name];
  }
  return merged;
}

/** The user's changes without the locked ones, which are the administrator's to set. */
export function withoutLocked(changes: Partial<Settings>, policy: Policy): Partial<Settings> {
  return Object.fromEntries(Object.entries(changes).filter(([name]) => !policy.locked.has(name as SettingName))) as Partial<Settings>;
}
