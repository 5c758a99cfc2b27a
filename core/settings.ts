// The settings a user (or, later, an administrator) can change: their type, defaults and validation.
import { isRoutineId, isRoutineIdShape, ROUTINE_IDS } from './routines';
import { DAY_NAMES, END_OF_DAY, minutesOfDay, type DayName, type TimeRange, type WorkHoursByDay } from './work-time';

export interface Settings {
  intervalMinutes: number;
  workDays: DayName[];
  workHours: TimeRange[];
  /**
   * Days with working hours of their own ("a short Friday"); the days not named work `workHours`, and
   * an empty list is no working time that day. {}: the same hours every day. One choice with
   * `workHours`: the settings form saves both, and locking either locks both.
   */
  workHoursByDay: WorkHoursByDay;
  snoozeMinutes: number;
  maxSnoozes: number;
  naturalBreakMinutes: number;
  dailyGoal: number;
  allowPause: boolean;
  /** Built-in routine ids, and the ids of an organization's routines (policy `customRoutines`) it names. */
  enabledRoutines: string[];
  sound: boolean;
  /** Chime volume, 0–100. */
  volume: number;
  /** A break that comes due while a tab plays sound or a window is fullscreen waits for it to end. */
  waitForCalls: boolean;
  /** The longest such a wait lasts, in minutes. */
  maxWaitMinutes: number;
  /** null: a break every `intervalMinutes` of working time; 0–59: a break at that minute of every working hour. */
  breakAtMinute: number | null;
  /** null: no limit; 0–20: skips allowed per working day. */
  dailySkipLimit: number | null;
  /** How a due break shows itself: a notification, or the break page opened in a tab. */
  breakStyle: BreakStyle;
  /** The player reads each step aloud (the Web Speech API). */
  voiceGuidance: boolean;
  /** The voice's name as the browser lists it; '': the browser's default voice for the page's language. */
  voiceName: string;
  /** Speaking rate in percent of the voice's normal rate. */
  voiceRate: number;
}

export const BREAK_STYLES = ['notification', 'tab'] as const;
export type BreakStyle = (typeof BREAK_STYLES)[number];

export const SNOOZE_CHOICES = [5, 10, 15] as const;

/** The allowed range of every numeric setting: validation, the settings form and policy all read it here. */
export const SETTING_RANGES = {
  intervalMinutes: { min: 20, max: 180, step: 5 },
  maxSnoozes: { min: 0, max: 5, step: 1 },
  naturalBreakMinutes: { min: 2, max: 30, step: 1 },
  dailyGoal: { min: 1, max: 12, step: 1 },
  volume: { min: 0, max: 100, step: 10 },
  maxWaitMinutes: { min: 5, max: 60, step: 5 },
  breakAtMinute: { min: 0, max: 59, step: 1 },
  dailySkipLimit: { min: 0, max: 20, step: 1 },
  voiceRate: { min: 50, max: 200, step: 10 },
} as const satisfies Partial<Record<keyof Settings, { min: number; max: number; step: number }>>;
export type RangedSetting = keyof typeof SETTING_RANGES;

/** A day has at most this many working ranges. */
export const MAX_WORK_RANGES = 6;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  intervalMinutes: 60,
  workDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  workHours: [{ start: '09:00', end: '17:30' }],
  workHoursByDay: {},
  snoozeMinutes: 10,
  maxSnoozes: 2,
  naturalBreakMinutes: 5,
  dailyGoal: 4,
  allowPause: true,
  enabledRoutines: [...ROUTINE_IDS],
  sound: false,
  volume: 60,
  waitForCalls: true,
  maxWaitMinutes: 30,
  breakAtMinute: null,
  dailySkipLimit: null,
  breakStyle: 'notification',
  voiceGuidance: false,
  voiceName: '',
  voiceRate: 100,
});

/** A voice name longer than this is no browser's voice. */
export const MAX_VOICE_NAME = 200;

/**
 * The settings whose value may be null, the user's own choice of "none" (interval cadence, no skip
 * limit). A policy presets them with a number or not at all: Chrome's schema allows one type a value.
 */
export const NULLABLE_SETTINGS = ['breakAtMinute', 'dailySkipLimit'] as const satisfies readonly SettingName[];
export type NullableSetting = (typeof NULLABLE_SETTINGS)[number];

/**
 * Settings that are one choice and so are locked together: locking either of them locks both
 * (core/policy puts both in `Policy.locked`). The cadence is every interval, or a minute of the hour.
 */
export const LOCKED_TOGETHER: readonly (readonly SettingName[])[] = [
  ['intervalMinutes', 'breakAtMinute'],
  // The working hours: the same every day, or some days' own.
  ['workHours', 'workHoursByDay'],
];

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
    /** workHoursByDay is not an object from day to ranges (detail: the day names). */
    | 'bad-hours-by-day'
    | 'not-boolean'
    | 'bad-routines'
    | 'unknown'
    | 'bad-text'
    | 'bad-locked'
    /** The working time never holds one interval (detail: the interval in minutes): no break can come. */
    | 'no-break-fits'
    /** With a minute of the hour set, no working period holds that minute before its end (detail: the minute, "50"). */
    | 'no-break-at-minute'
    /** Stored by a newer version of Unknot (detail: its version), so this one does not overwrite it. */
    | 'newer-version'
    /** Policy `ranges` is not an object from setting to bounds (detail: the settings that can be bounded). */
    | 'bad-ranges'
    /** A setting in `ranges` that is not a numeric setting (detail: those that are). */
    | 'range-not-numeric'
    /** A setting's bounds are not an object with `min`, `max` or both (detail: the setting's own range). */
    | 'bad-bounds'
    /** A setting's min is above its max (detail: "90 > 45"): both are ignored. */
    | 'range-min-above-max'
    /** Bounds on a setting of fixed choices that hold none of them (detail: the choices). */
    | 'range-no-choice'
    /** A value outside the policy's bounds, which staff choose within (detail: "45–90"; only a min: "2"; only a max: "90"). */
    | 'policy-range'
    | 'policy-min'
    | 'policy-max'
    /** Policy `customRoutines` is not a list (detail: ""). */
    | 'bad-custom-routines'
    /** More routines than a pack holds (detail: the most): the ones after are ignored. */
    | 'too-many-organization-routines'
    /** A problem core/custom-routine found in a routine of the pack: `code` is its ImportProblemCode, the message the importer's. */
    | 'routine-definition'
    /** A name or step text that is not an object from language to text, or has no language left (detail: ""). */
    | 'no-text'
    /** A key of such an object that is not a language tag (detail: the key). */
    | 'bad-locale'
    /** One language's text that is not one line of 1 to the most characters (detail: "1–300"). */
    | 'bad-routine-text'
    /** An organization's routine id that takes the prefix of the user's own (detail: the prefix). */
    | 'organization-routine-id'
    /** A routine of the pack whose every step was ignored (detail: ""). */
    | 'no-valid-step'
    /** A second routine of the pack with an id already used (detail: the first one's path). */
    | 'duplicate-routine-id'
    /** An enabledRoutines entry that is neither a built-in routine nor one of the pack's (detail: the entry). */
    | 'unknown-routine';
  detail: string;
  /** With reason 'routine-definition': which of core/history-problems' codes, whose message explains it. */
  code?: string;
}

/** A value kept in part: its valid entries, and each invalid one reported under its own name ("workHoursByDay.fri"). */
export interface PartlyValid<T> {
  partly: T;
  problems: SettingProblem[];
}

type Check<T> = (value: unknown) => T | Omit<SettingProblem, 'name'> | PartlyValid<T>;

export const isSettingProblem = (x: unknown): x is Omit<SettingProblem, 'name'> =>
  typeof x === 'object' && x !== null && 'reason' in x && 'detail' in x;

export const isPartlyValid = (x: unknown): x is PartlyValid<unknown> =>
  typeof x === 'object' && x !== null && 'partly' in x && 'problems' in x;

function integerIn({ min, max }: { min: number; max: number }): Check<number> {
  return (value) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) return { reason: 'not-a-number', detail: `${min}–${max}` };
    if (value < min || value > max) return { reason: 'out-of-range', detail: `${min}–${max}` };
    return value;
  };
}

function oneOf<T extends number | string>(choices: readonly T[]): Check<T> {
  return (value) => (choices.includes(value as T) ? (value as T) : { reason: 'not-a-choice', detail: choices.join(', ') });
}

/** null (the user chose "none") or an integer in the range. */
function nullOrIntegerIn(range: { min: number; max: number }): Check<number | null> {
  const integer = integerIn(range);
  return (value) => (value === null ? null : integer(value));
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

const checkWorkDays: Check<DayName[]> = (value) => {
  if (!Array.isArray(value) || value.length === 0 || !value.every((d) => DAY_NAMES.includes(d))) {
    return { reason: 'bad-days', detail: DAY_NAMES.join(', ') };
  }
  return DAY_NAMES.filter((d) => value.includes(d));
};

/** One to MAX_WORK_RANGES ranges, each start before its end (which may be "24:00"), sorted and not overlapping. */
const checkWorkHours = (value: unknown): TimeRange[] | Omit<SettingProblem, 'name'> => {
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

/** One day's own hours: an empty list (no working time that day), or ranges as `workHours` takes them. */
export const checkDayHours = (value: unknown): TimeRange[] | Omit<SettingProblem, 'name'> =>
  Array.isArray(value) && value.length === 0 ? [] : checkWorkHours(value);

/** An object from day to its own hours; a day name not known, or a day's invalid hours, is left out on its own. */
const checkWorkHoursByDay: Check<WorkHoursByDay> = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { reason: 'bad-hours-by-day', detail: DAY_NAMES.join(', ') };
  const days: WorkHoursByDay = {};
  const problems: SettingProblem[] = [];
  for (const [day, hours] of Object.entries(value)) {
    const name = `workHoursByDay.${day}`;
    if (!(DAY_NAMES as readonly string[]).includes(day)) {
      problems.push({ name, reason: 'bad-hours-by-day', detail: DAY_NAMES.join(', ') });
      continue;
    }
    const result = checkDayHours(hours);
    if (isSettingProblem(result)) problems.push({ name, ...result });
    else days[day as DayName] = result;
  }
  // In week order, whatever order the object came in: equal settings compare and store alike.
  const ordered = Object.fromEntries(DAY_NAMES.filter((d) => Object.hasOwn(days, d)).map((d) => [d, days[d]])) as WorkHoursByDay;
  return problems.length > 0 ? { partly: ordered, problems } : ordered;
};

const checkBoolean: Check<boolean> = (value) =>
  typeof value === 'boolean' ? value : { reason: 'not-boolean', detail: 'true, false' };

/**
 * Built-in ids in the catalogue's order, then other ids of a routine's shape (an organization's, which core/policy
 * keeps only when its pack has them) in the order given, each once.
 */
const checkRoutines: Check<string[]> = (value) => {
  if (!Array.isArray(value) || value.length === 0 || !value.every(isRoutineIdShape)) {
    return { reason: 'bad-routines', detail: ROUTINE_IDS.join(', ') };
  }
  return [...ROUTINE_IDS.filter((id) => value.includes(id)), ...new Set(value.filter((id) => !isRoutineId(id)))];
};

/** '' or one line of text: a voice's name as the browser lists it (a name this browser lacks falls back to the default). */
const checkVoiceName: Check<string> = (value) =>
  typeof value === 'string' && value.length <= MAX_VOICE_NAME && !/[\n\r]/.test(value)
    ? value
    : { reason: 'bad-text', detail: `0–${MAX_VOICE_NAME}` };

export const SETTING_CHECKS: { [K in SettingName]: Check<Settings[K]> } = {
  intervalMinutes: integerIn(SETTING_RANGES.intervalMinutes),
  workDays: checkWorkDays,
  workHours: checkWorkHours,
  workHoursByDay: checkWorkHoursByDay,
  snoozeMinutes: oneOf(SNOOZE_CHOICES),
  maxSnoozes: integerIn(SETTING_RANGES.maxSnoozes),
  naturalBreakMinutes: integerIn(SETTING_RANGES.naturalBreakMinutes),
  dailyGoal: integerIn(SETTING_RANGES.dailyGoal),
  allowPause: checkBoolean,
  enabledRoutines: checkRoutines,
  sound: checkBoolean,
  volume: integerIn(SETTING_RANGES.volume),
  waitForCalls: checkBoolean,
  maxWaitMinutes: integerIn(SETTING_RANGES.maxWaitMinutes),
  breakAtMinute: nullOrIntegerIn(SETTING_RANGES.breakAtMinute),
  dailySkipLimit: nullOrIntegerIn(SETTING_RANGES.dailySkipLimit),
  breakStyle: oneOf(BREAK_STYLES),
  voiceGuidance: checkBoolean,
  voiceName: checkVoiceName,
  voiceRate: integerIn(SETTING_RANGES.voiceRate),
};

export const SETTING_NAMES = Object.keys(SETTING_CHECKS) as SettingName[];

export function isSettingName(name: string): name is SettingName {
  return Object.hasOwn(SETTING_CHECKS, name);
}

/**
 * Validates a partial settings object field by field. Valid fields are kept, each invalid
 * one is reported and left out, so one bad value never costs the others (nor one bad day of
 * workHoursByDay the other days).
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
    else if (isPartlyValid(result)) {
      values[name] = result.partly;
      problems.push(...result.problems);
    } else values[name] = result;
  }
  return { values: values as Partial<Settings>, problems };
}
