// The history file format ("unknot-history", version 1): its constants, types, fields and the shapes of its dates.
import { isValid, parseISO } from 'date-fns';
import type { BreakKind } from './breaks';
import type { RoutineId } from './routines';

export const HISTORY_FORMAT = 'unknot-history';
export const HISTORY_VERSION = 1;

/** The kinds a file holds; 'due' and 'snoozed' are the scheduler's own events, not breaks the user took. */
export const EXPORTED_KINDS = ['routine', 'movement', 'natural', 'skipped'] as const satisfies readonly BreakKind[];
export type ExportedKind = (typeof EXPORTED_KINDS)[number];

/** A break's keys in the order the file writes them; the CSV header uses the same order. */
export const BREAK_FIELDS = ['id', 'at', 'kind', 'routineId', 'seconds', 'completed', 'intensityBefore', 'intensityAfter'] as const;
export type BreakField = (typeof BREAK_FIELDS)[number];

export interface HistoryBreak {
  id: string;
  at: string;
  kind: ExportedKind;
  routineId?: RoutineId;
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

export function isExportedKind(kind: unknown): kind is ExportedKind {
  return typeof kind === 'string' && (EXPORTED_KINDS as readonly string[]).includes(kind);
}

/** The exact shape the file writes; parseISO alone would also take other ISO 8601 forms. */
const OFFSET_DATE = /^(?<y>\d{4})-\d{2}-\d{2}T(?<h>\d{2}):\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-](?<oh>\d{2}):(?<om>\d{2}))$/;

/**
 * The instant and written year of a local date-time with an explicit offset ("Z" counts as +00:00),
 * or undefined when the text has another shape or names a date or time that does not exist.
 * date-fns parseISO computes the instant, not Date.parse, whose handling of anything beyond the
 * exact ECMAScript format (say ".5" seconds) differs between engines; for that format the two agree.
 */
export function parseOffsetDate(text: string): { time: number; year: number } | undefined {
  const g = OFFSET_DATE.exec(text)?.groups;
  if (!g) return undefined;
  // parseISO rejects impossible dates, minutes and seconds, but takes "24:00" and any offset up to ±99:59.
  if (Number(g.h) > 23 || Number(g.oh ?? 0) * 60 + Number(g.om ?? 0) > MAX_OFFSET_MINUTES) return undefined;
  const date = parseISO(text);
  return isValid(date) ? { time: date.getTime(), year: Number(g.y) } : undefined;
}
