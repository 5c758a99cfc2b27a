// A break record: one event in the history, as stored and as exported.
import { toOffsetIso } from './day';
import type { RoutineId } from './routines';

export const BREAK_KINDS = ['routine', 'movement', 'natural', 'skipped', 'due', 'snoozed'] as const;
export type BreakKind = (typeof BREAK_KINDS)[number];

export interface BreakRecord {
  id: string;
  /** Local time with the UTC offset in force then: "2026-03-29T10:15:00+02:00". */
  at: string;
  /** The same instant in epoch milliseconds, for ordering and range queries. */
  time: number;
  kind: BreakKind;
  routineId?: RoutineId;
  seconds?: number;
  completed?: boolean;
  intensityBefore?: number;
  intensityAfter?: number;
}

export type NewBreak = Omit<BreakRecord, 'id' | 'at' | 'time'>;

export function breakRecord(id: string, time: number, fields: NewBreak): BreakRecord {
  return { id, at: toOffsetIso(time), time, ...fields };
}

/** A break that counts toward the daily goal: a routine or movement break that was completed. */
export function countsTowardGoal(record: Pick<BreakRecord, 'kind' | 'completed'>): boolean {
  return (record.kind === 'routine' || record.kind === 'movement') && record.completed === true;
}

/** When each routine was last done, from records in any order. */
export function lastDoneByRoutine(records: readonly BreakRecord[]): Map<RoutineId, number> {
  const last = new Map<RoutineId, number>();
  for (const r of records) {
    if (r.kind === 'routine' && r.routineId && (last.get(r.routineId) ?? -Infinity) < r.time) last.set(r.routineId, r.time);
  }
  return last;
}
