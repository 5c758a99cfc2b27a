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
