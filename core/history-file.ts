// The history file format ("unknot-history", version 1): its constants, types, fields and the shapes of its dates.
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
export const MAX_BREAKS = 200_000;
export const MAX_ID_LENGTH = 200;
export const MAX_SECONDS = 86_400;
export const MAX_INTENSITY = 10;
/** No place is more than 14 hours from UTC (Kiribati is +14:00). */
const MAX_OFFSET_MINUTES = 14 * 60;

export function isExportedKind(kind: unknown): kind is ExportedKind {
  return typeof kind === 'string' && (EXPORTED_KINDS as readonly string[]).includes(kind);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const isRealDate = (year: number, month: number, day: number) =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written "YYYY-MM-DD". */
export function isDayKey(text: string): boolean {
  const m = DAY_KEY.exec(text);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

const OFFSET_DATE =
  /^(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})T(?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:\.(?<ms>\d{1,3}))?)?(?:Z|(?<sign>[+-])(?<oh>\d{2}):(?<om>\d{2}))$/;

/**
 * The instant and written year of a local date-time with an explicit offset ("Z" counts as +00:00),
 * or undefined when the text has another shape or names a date or time that does not exist.
 * The instant is computed here, not by Date.parse, whose handling of anything beyond the exact
 * ECMAScript format (say ".5" seconds) differs between engines; for that format the two agree.
 */
export function parseOffsetDate(text: string): { time: number; year: number } | undefined {
  const g = OFFSET_DATE.exec(text)?.groups;
  if (!g) return undefined;
  const n = (v: string | undefined) => Number(v ?? 0);
  const [year, month, day, hour, minute, second] = [n(g.y), n(g.mo), n(g.d), n(g.h), n(g.mi), n(g.s)];
  const offset = (g.sign === '-' ? -1 : 1) * (n(g.oh) * 60 + n(g.om));
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return undefined;
  if (n(g.om) > 59 || Math.abs(offset) > MAX_OFFSET_MINUTES) return undefined;
  const utc = new Date(0);
  // setUTCFullYear, unlike Date.UTC, takes years 0–99 as written instead of as 1900–1999.
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, Number((g.ms ?? '').padEnd(3, '0')));
  return { time: utc.getTime() - offset * 60_000, year };
}
