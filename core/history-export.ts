// Writing the history out as the JSON history file: only what the import accepts again, oldest first.
import { MAX_INTENSITY, MAX_SECONDS, type BreakRecord } from './breaks';
import { isDayKey, toOffsetIso } from './day';
import { checkRoutineList, type RoutineDefinition } from './custom-routine';
import { checkBreak, checkDayOffRanges, type CheckContext } from './history-check';
import {
  BREAK_FIELDS,
  HISTORY_FORMAT,
  HISTORY_VERSION,
  isKindOf,
  MAX_BREAKS,
  MAX_FILE_LENGTH,
  type DayOffRange,
  type HistoryBreak,
  type HistoryFile,
} from './history-file';
import { ProblemList } from './history-problems';

/**
 * The breaks a file can hold, and what it took. Every break written passes the import's own check,
 * so an export always imports again. A stored value outside the file's range is clipped into it
 * (a natural break of 234,300 seconds from a weekend asleep, recorded before breaks were clipped
 * to working time, is written as the format's longest, 86,400); a record the import would refuse
 * whatever we clip (a date before 2000 or after 2100 from a broken clock, a routine this version
 * no longer knows) is left out and counted, so the page can say so. Every kind is written, the
 * scheduler's own 'due', 'snoozed' and 'dropped' events too: a restored backup keeps how each
 * reminder was answered.
 */
export interface ExportedBreaks {
  breaks: HistoryBreak[];
  /** Breaks (and days off) left out because the import would refuse them. */
  leftOut: number;
  /** Breaks written with a value clipped into the format's range. */
  clipped: number;
}

/** An integer in [0, max], or undefined when there is no number to clip. */
function clip(value: unknown, max: number): number | undefined {
  if (typeof value !== 'number' || Number.isNaN(value)) return undefined;
  return Math.min(max, Math.max(0, Math.round(value)));
}

const CLIPPED_FIELDS = { seconds: MAX_SECONDS, intensityBefore: MAX_INTENSITY, intensityAfter: MAX_INTENSITY } as const;

/** A record in file order, absent fields left out and numbers clipped; whether anything was clipped. */
function candidate(record: BreakRecord): { raw: Record<string, unknown>; clipped: boolean } {
  const raw: Record<string, unknown> = {};
  let clipped = false;
  // Copying in BREAK_FIELDS order fixes the key order JSON.stringify writes; `time` is left out
  // because `at` carries the same instant plus the offset the user lived it in.
  for (const key of BREAK_FIELDS) {
    const value = record[key];
    if (value === undefined) continue;
    if (key in CLIPPED_FIELDS) {
      const within = clip(value, CLIPPED_FIELDS[key as keyof typeof CLIPPED_FIELDS]);
      clipped ||= within !== value;
      if (within !== undefined) raw[key] = within;
    } else raw[key] = value;
  }
  return { raw, clipped };
}

/** Characters one break takes in the file as serializeHistory writes it: its lines indented 4 more, and ",\n". */
const lengthInFile = (raw: Record<string, unknown>) => JSON.stringify(raw, null, 2).length + 4 * (Object.keys(raw).length + 2) + 2;
/** Room kept for the envelope and the days off (a century of days off is under 1 MB). */
const ENVELOPE_LENGTH = 1024 * 1024;

/**
 * The breaks a file holds, oldest first (ties broken by id, so the same history gives the same
 * bytes). The file's own limits hold too: at most MAX_BREAKS breaks in MAX_FILE_LENGTH characters.
 * No one's history comes near them (hourly breaks for 25 years are about 50,000); if a history
 * ever did, the newest breaks are written and the oldest left out and counted.
 */
export function exportedBreaks(records: readonly BreakRecord[], now?: number): ExportedBreaks {
  const context: CheckContext = { firstIndexOfId: new Map(), problems: new ProblemList(), now };
  const newestFirst: HistoryBreak[] = [];
  let leftOut = 0;
  let clipped = 0;
  let room = MAX_FILE_LENGTH - ENVELOPE_LENGTH;
  const sorted = records
    .filter((r) => isKindOf(HISTORY_VERSION, r.kind))
    // filter() made a copy, so sorting leaves the caller's array alone.
    .sort((a, b) => b.time - a.time || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  for (const record of sorted) {
    const { raw, clipped: wasClipped } = candidate(record);
    // The import's own check, as the import will run it on this very break.
    if (checkBreak(raw, newestFirst.length, context) === undefined || newestFirst.length === MAX_BREAKS || (room -= lengthInFile(raw)) < 0) {
      leftOut++;
      continue;
    }
    if (wasClipped) clipped++;
    newestFirst.push(raw as unknown as HistoryBreak);
  }
  return { breaks: newestFirst.reverse(), leftOut, clipped };
}

export interface ExportedHistory extends Omit<ExportedBreaks, 'breaks'> {
  file: HistoryFile;
}

/** The history file of these records, days off and routine definitions, exported at `now`, with what was clipped or left out. */
export function exportedHistory(
  records: readonly BreakRecord[],
  daysOff: readonly string[],
  now: number,
  dayOffRanges: readonly DayOffRange[] = [],
  routines: readonly RoutineDefinition[] = [],
): ExportedHistory {
  const { breaks, leftOut, clipped } = exportedBreaks(records, now);
  // "YYYY-MM-DD" sorts as text in date order.
  const days = [...new Set(daysOff)].sort();
  const validDays = days.filter(isDayKey);
  // The import's own check decides which ranges a file can hold.
  const problems = new ProblemList();
  const ranges = checkDayOffRanges(dayOffRanges, problems);
  // The same for the definitions; a file of a user with none has no `routines` at all.
  const definitions = checkRoutineList(routines, new ProblemList());
  return {
    file: {
      format: HISTORY_FORMAT,
      version: HISTORY_VERSION,
      exportedAt: toOffsetIso(now),
      breaks,
      daysOff: validDays,
      dayOffRanges: ranges,
      ...(definitions.length > 0 ? { routines: definitions } : {}),
    },
    leftOut: leftOut + days.length - validDays.length + dayOffRanges.length - ranges.length + routines.length - definitions.length,
    clipped,
  };
}

export function toHistoryFile(
  records: readonly BreakRecord[],
  daysOff: readonly string[],
  now: number,
  dayOffRanges: readonly DayOffRange[] = [],
  routines: readonly RoutineDefinition[] = [],
): HistoryFile {
  return exportedHistory(records, daysOff, now, dayOffRanges, routines).file;
}

export function serializeHistory(file: HistoryFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}
