// A break record: one event in the history, as stored and as exported.
import { toOffsetIso } from './day';
import { isRoutineId, isRoutineIdShape } from './routines';

/**
 * 'due', 'snoozed' and 'dropped' are the scheduler's own events: a break came due, was snoozed, or was still
 * unanswered when the working day ended. The others are breaks: taken, natural, or skipped.
 */
export const BREAK_KINDS = ['routine', 'movement', 'natural', 'skipped', 'due', 'snoozed', 'dropped'] as const;
export type BreakKind = (typeof BREAK_KINDS)[number];

export interface BreakRecord {
  id: string;
  /** Local time with the UTC offset in force then: "2026-03-29T10:15:00+02:00". */
  at: string;
  /** The same instant in epoch milliseconds, for ordering and range queries. */
  time: number;
  kind: BreakKind;
  /** A built-in routine's id, or another computer's or organization's routine this one may not have. */
  routineId?: string;
  /** The routine's name when it is not a built-in one (a custom or organization routine), kept as it was shown. */
  routineName?: string;
  /** The `due` record this one answers (taken, skipped, snoozed, natural, dropped), or, for a `due`, the snoozed one it follows. */
  dueId?: string;
  seconds?: number;
  completed?: boolean;
  intensityBefore?: number;
  intensityAfter?: number;
}

export type NewBreak = Omit<BreakRecord, 'id' | 'at' | 'time'>;

/** The id of the `due` record of a break that came due at `dueSince` (epoch ms): one break, one record. */
export function dueRecordId(dueSince: number): string {
  return `due-${dueSince}`;
}

/** The longest a break can last: a day. */
export const MAX_SECONDS = 86_400;
/** Intensity is rated from 0 (nothing) to 10 (worst). */
export const MAX_INTENSITY = 10;

/** The longest routine name a break keeps (the history file's own limit). */
export const MAX_ROUTINE_NAME_LENGTH = 200;

const isRoutineName = (x: unknown) => typeof x === 'string' && x.trim() !== '' && x.length <= MAX_ROUTINE_NAME_LENGTH && !/[\r\n]/.test(x);

export const isIntegerIn = (x: unknown, min: number, max: number): x is number =>
  typeof x === 'number' && Number.isInteger(x) && min <= x && x <= max;

const isOptionalIntegerIn = (x: unknown, max: number) => x === undefined || isIntegerIn(x, 0, max);

const NEW_BREAK_FIELDS: readonly string[] = ['kind', 'routineId', 'routineName', 'seconds', 'completed', 'intensityBefore', 'intensityAfter'] satisfies (keyof NewBreak)[];

/** A break a page asks the worker to record: only the kinds a user takes, with fields in range and no others. */
export function isNewBreak(x: unknown): x is NewBreak {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const f = x as Record<string, unknown>;
  // breakRecord spreads the fields over the id and time it makes: an `id` or `time` here would replace them.
  if (!Object.keys(f).every((key) => NEW_BREAK_FIELDS.includes(key))) return false;
  return (
    (f.kind === 'routine' || f.kind === 'movement') &&
    // A custom or organization routine's break keeps its id and the name it had then: without the name it is no routine at all.
    (f.routineId === undefined || isRoutineId(f.routineId) || (isRoutineIdShape(f.routineId) && f.routineName !== undefined)) &&
    (f.routineName === undefined || isRoutineName(f.routineName)) &&
    (f.completed === undefined || typeof f.completed === 'boolean') &&
    isOptionalIntegerIn(f.seconds, MAX_SECONDS) &&
    isOptionalIntegerIn(f.intensityBefore, MAX_INTENSITY) &&
    isOptionalIntegerIn(f.intensityAfter, MAX_INTENSITY)
  );
}

export function breakRecord(id: string, time: number, fields: NewBreak): BreakRecord {
  return { id, at: toOffsetIso(time), time, ...fields };
}

/** A break that counts toward the daily goal: a routine or movement break that was completed. */
export function countsTowardGoal(record: Pick<BreakRecord, 'kind' | 'completed'>): boolean {
  return (record.kind === 'routine' || record.kind === 'movement') && record.completed === true;
}

/** When each routine was last done, from records in any order. */
export function lastDoneByRoutine(records: readonly BreakRecord[]): Map<string, number> {
  const last = new Map<string, number>();
  for (const r of records) {
    if (r.kind === 'routine' && r.routineId && (last.get(r.routineId) ?? -Infinity) < r.time) last.set(r.routineId, r.time);
  }
  return last;
}
