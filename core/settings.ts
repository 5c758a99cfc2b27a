// The settings a user (or, later, an administrator) can change: their type, defaults and validation.
import { ROUTINE_IDS, type RoutineId } from './routines';
import { DAY_NAMES, END_OF_DAY, minutesOfDay, type DayName, type TimeRange } from './work-time';

export interface Settings {
  intervalMinutes: number;
  workDays: DayName[];
  workHours: TimeRange[];
  snoozeMinutes: number;
  maxSnoozes: number;
  naturalBreakMinutes: number;
  dailyGoal: number;
  allowPause: boolean;
  enabledRoutines: RoutineId[];
  sound: boolean;
  /** Chime volume, 0–100. */
  volume: number;
}

export const SNOOZE_CHOICES = [5, 10, 15] as const;

/** The allowed range of every numeric setting: validation, the settings form and policy all read it here. */
export const SETTING_RANGES = {
  intervalMinutes: { min: 20, max: 180, step: 5 },
  maxSnoozes: { min: 0, max: 5, step: 1 },
  naturalBreakMinutes: { min: 2, max: 30, step: 1 },
  dailyGoal: { min: 1, max: 12, step: 1 },
  volume: { min: 0, max: 100, step: 10 },
} as const satisfies Partial<Record<keyof Settings, { min: number; max: number; step: number }>>;
export type RangedSetting = keyof typeof SETTING_RANGES;

/** A day has at most this many working ranges. */
export const MAX_WORK_RANGES = 6;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  intervalMinutes: 60,
  workDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  workHours: [{ start: '09:00', end: '17:30' }],
  snoozeMinutes: 10,
  maxSnoozes: 2,
  naturalBreakMinutes: 5,
  dailyGoal: 4,
  allowPause: true,
  enabledRoutines: [...ROUTINE_IDS],
  sound: false,
  volume: 60,
});

export type SettingName = keyof Settings;

/** Why one stored or policy value was not used. `reason` is a message key with `detail` as its substitution. */
export interface SettingProblem {
  name: string;
  reason:
    | 'not-a-number'
    | 'out-of-range'
    | 'not-a-choice'
    | 'bad-days'
    | 'bad-hours'
    | 'not-boolean'
    | 'bad-routines'
    | 'unknown'
    | 'bad-text'
    | 'bad-locked'
    /** The working time never holds one interval (detail: the interval in minutes): no break can come. */
    | 'no-break-fits'
    /** Stored by a newer version of Unknot (detail: its version), so this one does not overwrite it. */
    | 'newer-version';
  detail: string;
}

type Check<T> = (value: unknown) => T | Omit<SettingProblem, 'name'>;

export const isSettingProblem = (x: unknown): x is Omit<SettingProblem, 'name'> =>
  typeof x === 'object' && x !== null && 'reason' in x && 'detail' in x;

function integerIn({ min, max }: { min: number; max: number }): Check<number> {
  return (value) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) return { reason: 'not-a-number', detail: `${min}–${max}` };
    if (value < min || value > max) return { reason: 'out-of-range', detail: `${min}–${max}` };
    return value;
  };
}

function oneOf(choices: readonly number[]): Check<number> {
  return (value) =>
    typeof value === 'number' && choices.includes(value) ? value : { reason: 'not-a-choice', detail: choices.join(', ') };
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

const checkWorkDays: Check<DayName[]> = (value) => {
  if (!Array.isArray(value) || value.length === 0 || !value.every((d) => DAY_NAMES.includes(d))) {
    return { reason: 'bad-days', detail: DAY_NAMES.join(', ') };
  }
  return DAY_NAMES.filter((d) => value.includes(d));
};

/** One to MAX_WORK_RANGES ranges, each start before its end (which may be "24:00"), sorted and not overlapping. */
const checkWorkHours: Check<TimeRange[]> = (value) => {
  const problem = { reason: 'bad-hours', detail: 'HH:MM' } as const;
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_WORK_RANGES) return problem;
  const ranges: TimeRange[] = [];
  for (const r of value) {
    if (typeof r !== 'object' || r === null) return problem;
    const { start, end } = r as Record<string, unknown>;
    if (typeof start !== 'string' || typeof end !== 'string' || !HHMM.test(start)) return problem;
    if (!HHMM.test(end) && end !== END_OF_DAY) return problem;
    if (minutesOfDay(start) >= minutesOfDay(end)) return problem;
    ranges.push({ start, end });
  }
  ranges.sort((a, b) => minutesOfDay(a.start) - minutesOfDay(b.start));
  for (let i = 1; i < ranges.length; i++) {
    if (minutesOfDay(ranges[i]!.start) < minutesOfDay(ranges[i - 1]!.end)) return problem;
  }
  return ranges;
};

const checkBoolean: Check<boolean> = (value) =>
  typeof value === 'boolean' ? value : { reason: 'not-boolean', detail: 'true, false' };

const checkRoutines: Check<RoutineId[]> = (value) => {
  if (!Array.isArray(value) || value.length === 0 || !value.every((id) => ROUTINE_IDS.includes(id))) {
    return { reason: 'bad-routines', detail: ROUTINE_IDS.join(', ') };
  }
  return ROUTINE_IDS.filter((id) => value.includes(id));
};

export const SETTING_CHECKS: { [K in SettingName]: Check<Settings[K]> } = {
  intervalMinutes: integerIn(SETTING_RANGES.intervalMinutes),
  workDays: checkWorkDays,
  workHours: checkWorkHours,
  snoozeMinutes: oneOf(SNOOZE_CHOICES),
  maxSnoozes: integerIn(SETTING_RANGES.maxSnoozes),
  naturalBreakMinutes: integerIn(SETTING_RANGES.naturalBreakMinutes),
  dailyGoal: integerIn(SETTING_RANGES.dailyGoal),
  allowPause: checkBoolean,
  enabledRoutines: checkRoutines,
  sound: checkBoolean,
  volume: integerIn(SETTING_RANGES.volume),
};

export const SETTING_NAMES = Object.keys(SETTING_CHECKS) as SettingName[];

export function isSettingName(name: string): name is SettingName {
  return Object.hasOwn(SETTING_CHECKS, name);
}

/**
 * Validates a partial settings object field by field. Valid fields are kept, each invalid
 * one is reported and left out, so one bad value never costs the others.
 */
export function validateSettings(raw: unknown): { values: Partial<Settings>; problems: SettingProblem[] } {
  const values: Partial<Record<SettingName, unknown>> = {};
  const problems: SettingProblem[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    if (raw !== undefined && raw !== null) problems.push({ name: '*', reason: 'unknown', detail: typeof raw });
    return { values: {}, problems };
  }
  for (const [name, value] of Object.entries(raw)) {
    if (!isSettingName(name)) {
      problems.push({ name, reason: 'unknown', detail: name });
      continue;
    }
    const result = SETTING_CHECKS[name](value);
    if (isSettingProblem(result)) problems.push({ name, ...result });
    else values[name] = result;
  }
  return { values: values as Partial<Settings>, problems };
}
