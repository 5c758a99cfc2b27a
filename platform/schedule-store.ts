// The scheduler's state in storage.local: the worker keeps nothing in memory between events.
import { initialState, isScheduleState, type ScheduleState } from '../core/schedule';
import { versionedItem } from './storage-item';

/** v1: the ScheduleState object as 0.1 stores it under "schedule". A new shape adds a step here. */
const schedule = versionedItem('local:schedule', 1, {});

/** The stored state, or (none stored, or unreadable) a fresh start. */
export function parseScheduleState(raw: unknown, now: number): ScheduleState {
  return isScheduleState(raw) ? raw : initialState(now);
}

export async function loadScheduleState(now: number): Promise<ScheduleState> {
  const { raw } = await schedule.read();
  if (raw !== null && !isScheduleState(raw)) console.warn('Unknot: the stored schedule is unreadable; the interval starts afresh.', raw);
  return parseScheduleState(raw, now);
}

/** Rejects with a StorageWriteError when storage refuses; the stored state stays as it was. */
export async function saveScheduleState(state: ScheduleState): Promise<void> {
  // storage drops undefined fields; write a clean object so reads compare equal.
  await schedule.save(Object.fromEntries(Object.entries(state).filter(([, v]) => v !== undefined)));
}

export function onScheduleChanged(listener: () => void): () => void {
  return schedule.item.watch(() => listener());
}
