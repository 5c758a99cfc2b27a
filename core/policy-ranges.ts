// Policy `ranges`: bounds an administrator sets on numeric settings, their validation, and the clip that applies them.
import { formatNumber } from './number-format';
import { SETTING_RANGES, SNOOZE_CHOICES, type SettingProblem, type Settings } from './settings';

/** The numeric settings a policy may bound: every ranged setting, and the snooze length (one of its choices). */
export const BOUNDED_SETTINGS = [...(Object.keys(SETTING_RANGES) as (keyof typeof SETTING_RANGES)[]), 'snoozeMinutes'] as const;
export type BoundedSetting = (typeof BOUNDED_SETTINGS)[number];

/** One setting's bounds: at least one of them, each within the setting's own range, min not above max. */
export interface Bounds {
  min?: number;
  max?: number;
}
export type PolicyRanges = Partial<Record<BoundedSetting, Bounds>>;

export const isBoundedSetting = (name: string): name is BoundedSetting => (BOUNDED_SETTINGS as readonly string[]).includes(name);

/** A setting's own range, which its bounds must lie within. */
export function ownRange(name: BoundedSetting): { min: number; max: number } {
  if (name === 'snoozeMinutes') return { min: Math.min(...SNOOZE_CHOICES), max: Math.max(...SNOOZE_CHOICES) };
  return SETTING_RANGES[name];
}

/** The fixed choices of a setting that has them (the snooze length), within bounds. */
export function choicesWithin(name: BoundedSetting, bounds: Bounds | undefined): readonly number[] | undefined {
  if (name !== 'snoozeMinutes') return undefined;
  return SNOOZE_CHOICES.filter((c) => inBounds(c, bounds));
}

export const inBounds = (value: number, bounds: Bounds | undefined) =>
  (bounds?.min === undefined || value >= bounds.min) && (bounds?.max === undefined || value <= bounds.max);

const rangeText = ({ min, max }: { min: number; max: number }) => `${min}–${max}`;

/**
 * Reads the policy's `ranges`. Each setting's bounds are checked on their own, and each bound in them: an invalid
 * one is ignored alone and reported under its path ("ranges.intervalMinutes.min"); min above max drops both.
 */
export function parseRanges(raw: unknown): { ranges: PolicyRanges; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  const ranges: PolicyRanges = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ name: 'ranges', reason: 'bad-ranges', detail: BOUNDED_SETTINGS.join(', ') });
    return { ranges, problems };
  }
  for (const [name, value] of Object.entries(raw)) {
    const path = `ranges.${name}`;
    if (!isBoundedSetting(name)) {
      problems.push({ name: path, reason: 'range-not-numeric', detail: BOUNDED_SETTINGS.join(', ') });
      continue;
    }
    const own = ownRange(name);
    const given = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
    if (!given || !('min' in given || 'max' in given)) {
      problems.push({ name: path, reason: 'bad-bounds', detail: rangeText(own) });
      continue;
    }
    const bounds: Bounds = {};
    for (const side of ['min', 'max'] as const) {
      if (!(side in given)) continue;
      const bound = given[side];
      if (typeof bound !== 'number' || !Number.isInteger(bound)) problems.push({ name: `${path}.${side}`, reason: 'not-a-number', detail: rangeText(own) });
      else if (bound < own.min || bound > own.max) problems.push({ name: `${path}.${side}`, reason: 'out-of-range', detail: rangeText(own) });
      else bounds[side] = bound;
    }
    for (const key of Object.keys(given)) {
      if (key !== 'min' && key !== 'max') problems.push({ name: `${path}.${key}`, reason: 'bad-bounds', detail: rangeText(own) });
    }
    if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
      problems.push({ name: path, reason: 'range-min-above-max', detail: `${bounds.min} > ${bounds.max}` });
      continue;
    }
    const choices = choicesWithin(name, bounds);
    if (choices && choices.length === 0) {
      problems.push({ name: path, reason: 'range-no-choice', detail: SNOOZE_CHOICES.join(', ') });
      continue;
    }
    if (bounds.min !== undefined || bounds.max !== undefined) ranges[name] = bounds;
  }
  return { ranges, problems };
}

/**
 * A value used within its bounds: a number outside them is the nearest bound (the nearest choice within them, for a
 * setting with fixed choices). null is "none": no skip limit is above any maximum, so it becomes the maximum; the
 * interval cadence (breakAtMinute null) has no minute to bound and stays.
 */
export function clipToBounds<K extends BoundedSetting>(name: K, value: Settings[K], bounds: Bounds | undefined): Settings[K] {
  if (!bounds) return value;
  if (value === null) return (name === 'dailySkipLimit' && bounds.max !== undefined ? bounds.max : null) as Settings[K];
  const choices = choicesWithin(name, bounds);
  if (choices) {
    if (choices.includes(value)) return value;
    // The nearest choice within the bounds; of two as near, the smaller.
    return choices.reduce((best, c) => (Math.abs(c - value) < Math.abs(best - value) ? c : best)) as Settings[K];
  }
  const low = bounds.min ?? -Infinity;
  const high = bounds.max ?? Infinity;
  return Math.min(high, Math.max(low, value)) as Settings[K];
}

/** Every bounded setting of `settings` clipped to its bounds. */
export function clipToRanges(settings: Settings, ranges: PolicyRanges): Settings {
  const clipped = { ...settings } as Record<BoundedSetting, unknown>;
  for (const name of Object.keys(ranges) as BoundedSetting[]) {
    clipped[name] = clipToBounds(name, settings[name], ranges[name]);
  }
  return clipped as unknown as Settings;
}

/**
 * Why a value the user chose is not allowed by the bounds (to be saved it must be within them), as the field and the
 * save both say it: "Your organization allows 45–90", "… 2 or more", "… up to 90".
 */
export function boundsProblem(bounds: Bounds | undefined, locale?: string): Omit<SettingProblem, 'name'> | undefined {
  if (!bounds || (bounds.min === undefined && bounds.max === undefined)) return undefined;
  // A page passes its locale, so the numbers read as its language writes them; the save's own list keeps plain digits.
  const n = (value: number) => (locale ? formatNumber(value, locale) : String(value));
  if (bounds.min !== undefined && bounds.max !== undefined) return { reason: 'policy-range', detail: `${n(bounds.min)}–${n(bounds.max)}` };
  if (bounds.min !== undefined) return { reason: 'policy-min', detail: n(bounds.min) };
  return { reason: 'policy-max', detail: n(bounds.max!) };
}

/** The user's changes split into those within the bounds and, for each other, why not. */
export function withinRanges(changes: Partial<Settings>, ranges: PolicyRanges): { values: Partial<Settings>; problems: SettingProblem[] } {
  const values: Partial<Record<keyof Settings, unknown>> = {};
  const problems: SettingProblem[] = [];
  for (const [name, value] of Object.entries(changes) as [keyof Settings, unknown][]) {
    const bounds = isBoundedSetting(name) ? ranges[name] : undefined;
    if (bounds && !allowedByBounds(name as BoundedSetting, value, bounds)) problems.push({ name, ...boundsProblem(bounds)! });
    else values[name] = value;
  }
  return { values: values as Partial<Settings>, problems };
}

/** Whether a value stays as it is under the bounds. */
export const allowedByBounds = (name: BoundedSetting, value: unknown, bounds: Bounds | undefined): boolean =>
  (value === null || typeof value === 'number') && clipToBounds(name, value as never, bounds) === value;
