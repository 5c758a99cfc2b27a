// The history file format ("unknot-history"): its versions, constants, types, fields and the shapes of its dates.
// Version 1 held the breaks taken (routine, movement, natural, skipped) of the built-in routines, and single days off.
// Version 2 holds every record kind (the scheduler's due, snoozed and dropped too, each answer linked to its due
// record by `dueId`), routines this computer may not have (with their name), ranges of days off with a label,
// and optionally the definitions of the user's own routines ("My routines"), so they travel with their breaks.
import { BREAK_KINDS, MAX_ROUTINE_NAME_LENGTH, type BreakKind } from './breaks';
import type { RoutineDefinition } from './custom-routine';

export const HISTORY_FORMAT = 'unknot-history';
export const HISTORY_VERSION = 2;
/** Every version ever written: each still imports (tests/fixtures/history-v<N>.json). */
export const HISTORY_VERSIONS = [1, 2] as const;
export type HistoryVersion = (typeof HISTORY_VERSIONS)[number];

/** The kinds version 1 held: the scheduler's own events were left out then. */
export const V1_KINDS = ['routine', 'movement', 'natural', 'skipped'] as const satisfies readonly BreakKind[];
/** The kinds a file of each version holds. */
export const KINDS_OF_VERSION: Record<HistoryVersion, readonly BreakKind[]> = { 1: V1_KINDS, 2: BREAK_KINDS };
export type ExportedKind = BreakKind;

/** A break's keys in the order the file writes them; the CSV header uses the same order. */
export const BREAK_FIELDS = [
  'id',
  'at',
  'kind',
  'routineId',
  'routineName',
  'dueId',
  'seconds',
  'completed',
  'intensityBefore',
  'intensityAfter',
] as const;
export type BreakField = (typeof BREAK_FIELDS)[number];
/** The fields version 1 knew. */
export const V1_FIELDS: readonly BreakField[] = ['id', 'at', 'kind', 'routineId', 'seconds', 'completed', 'intensityBefore', 'intensityAfter'];

/** A routine's name, as a file keeps it: one line, within reason. */
export const MAX_NAME_LENGTH = MAX_ROUTINE_NAME_LENGTH;
/** The longest range of days off, in days: a year and a day (a sabbatical, long sick leave). */
export const MAX_RANGE_DAYS = 366;
export const MAX_LABEL_LENGTH = 100;

/** Days off from `from` to `to`, both included ("YYYY-MM-DD"), with an optional reason ("Holiday", "Sick leave"). */
export interface DayOffRange {
  from: string;
  to: string;
  label?: string;
}

export interface HistoryBreak {
  id: string;
  at: string;
  kind: ExportedKind;
  routineId?: string;
  routineName?: string;
  dueId?: string;
  seconds?: number;
  completed?: boolean;
  intensityBefore?: number;
  intensityAfter?: number;
}

export interface HistoryFile {
  format: typeof HISTORY_FORMAT;
  version: typeof HISTORY_VERSION;
  exportedAt: string;
  breaks: HistoryBreak[];
  /** Local days "YYYY-MM-DD" the user took off, sorted, each once. */
  daysOff: string[];
  /** Version 2: ranges of days off, sorted by start. A label is health information when it says "sick leave". */
  dayOffRanges: DayOffRange[];
  /** Version 2, when the user has routines of their own: their definitions (core/custom-routine's check). */
  routines?: RoutineDefinition[];
}

// Limits that keep an import from freezing the page; an hourly break every working hour for
// 25 years is about 50,000 breaks, far below them.
/** In UTF-16 code units, which is what a string's length counts; close enough to bytes for ASCII JSON. */
export const MAX_FILE_LENGTH = 50 * 1024 * 1024;
/**
 * A file's size in bytes (Blob.size), checked before it is read. UTF-8 takes at least one byte per
 * UTF-16 code unit, so a file within this size is also within MAX_FILE_LENGTH once read.
 */
export const MAX_FILE_BYTES = MAX_FILE_LENGTH;
export const MAX_BREAKS = 200_000;
export const MAX_ID_LENGTH = 200;
// A break dated before 2000 or after 2100 comes from a typo or a broken clock, not from anyone's history.
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;
/** No place is more than 14 hours from UTC (Kiribati is +14:00). */
const MAX_OFFSET_MINUTES = 14 * 60;

export function isKindOf(version: HistoryVersion, kind: unknown): kind is ExportedKind {
  return typeof kind === 'string' && (KINDS_OF_VERSION[version] as readonly string[]).includes(kind);
}

/** A single line of text within `max` characters, not blank: a routine's name, a day-off reason, a due record's id. */
export const isLine = (x: unknown, max: number): x is string =>
  typeof x === 'string' && x.trim() !== '' && x.length <= max && !/[\r\n]/.test(x);

/** An id a file may name for a routine this computer does not have: the routines' own rule. */
export { ROUTINE_ID_SHAPE } from './routines';

/** The exact shape the file writes: date, hours and minutes, optional seconds and milliseconds, and an offset or Z. */
const OFFSET_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The number the ASCII digits text[from..to) write. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/**
 * The instant and written year of a local date-time with an explicit offset ("Z" counts as +00:00),
 * or undefined when the text has another shape or names a date or time that does not exist.
 * Worked out from the digits at their fixed places, not by a date parser: date-fns parseISO took
 * 15 µs a break in a DST zone and regex captures 4 µs, when a 50,000-break import should take well
 * under a second; Date.parse differs between engines beyond the exact ECMAScript format (say ".5"
 * seconds). A property test checks it against parseISO.
 */
export function parseOffsetDate(text: string): { time: number; year: number } | undefined {
  if (!OFFSET_DATE.test(text)) return undefined;
  const [year, month, day, hour, minute] = [digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), digits(text, 11, 13), digits(text, 14, 16)];
  const second = text[16] === ':' ? digits(text, 17, 19) : 0;
  const zone = text.endsWith('Z') ? text.length - 1 : text.length - 6;
  const fraction = text[19] === '.' ? zone - 20 : 0;
  const milliseconds = fraction > 0 ? digits(text, 20, zone) * 10 ** (3 - fraction) : 0;
  const offsetMinutes = zone === text.length - 1 ? 0 : digits(text, zone + 4, zone + 6);
  const offset = zone === text.length - 1 ? 0 : (text[zone] === '-' ? -1 : 1) * (digits(text, zone + 1, zone + 3) * 60 + offsetMinutes);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59 || offsetMinutes > 59 || Math.abs(offset) > MAX_OFFSET_MINUTES) {
    return undefined;
  }
  // setUTCFullYear, unlike Date.UTC, takes the years 0–99 as written.
  const midnight = new Date(0).setUTCFullYear(year, month - 1, day);
  // A day past the month's end (February 30) rolls over into the next month.
  if (new Date(midnight).getUTCDate() !== day) return undefined;
  return { time: midnight + ((hour * 60 + minute - offset) * 60 + second) * 1000 + milliseconds, year };
}
