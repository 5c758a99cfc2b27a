// The scheduler's state in storage.local: the worker keeps nothing in memory between events.
import { browser } from 'wxt/browser';
import { initialState, type ScheduleState } from '../core/schedule';

const KEY = 'schedule';

const OPTIONAL_TIMES = ['dueSince', 'snoozedUntil', 'pausedUntil', 'deferredSince', 'awaySince'] as const;

/** A stored state is used only when every field has the right type; anything else starts afresh. */
export function parseScheduleState(raw: unknown, now: number): ScheduleState {
  if (typeof raw !== 'object' || raw === null) return initialState(now);
  const r = raw as Record<string, unknown>;
  const isTime = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  if (!isTime(r.anchor) || !Number.isInteger(r.snoozes)) return initialState(now);
  if (OPTIONAL_TIMES.some((k) => r[k] !== undefined && !isTime(r[k]))) return initialState(now);
  return r as unknown as ScheduleState;
}

export async function loadScheduleState(now: number): Promise<ScheduleState> {
  return parseScheduleState((await browser.storage.local.get(KEY))[KEY], now);
}

export async function saveScheduleState(state: ScheduleState): Promise<void> {
  // storage drops undefined fields; write a clean object so reads compare equal.
  const clean = Object.fromEntries(Object.entries(state).filter(([, v]) => v !== undefined));
  await browser.storage.local.set({ [KEY]: clean });
}

export function onScheduleChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
