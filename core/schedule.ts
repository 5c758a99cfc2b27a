// The break scheduler as pure functions: when the next break is due, and how each event changes the plan.
import { addDays, startOfDay } from 'date-fns';
import { localDayKey, periodAt, workingPeriods } from './day';
import type { Settings } from './settings';
import { MINUTE } from './time';


/** How often the fullscreen check repeats, and for how long at most a break waits for fullscreen to end. */
export const FULLSCREEN_RECHECK_MS = 5 * MINUTE;
export const FULLSCREEN_MAX_DEFER_MS = 30 * MINUTE;
/** The idle API reports "idle" after this many seconds without input. */
export const IDLE_DETECTION_SECONDS = 60;

/** Everything the scheduler remembers between events. Kept in storage, never in memory. */
export interface ScheduleState {
  /** The interval to the next break counts from here: the last break, the return to the computer, the end of a pause. */
  anchor: number;
  /** A break is due and waits for the user since then. */
  dueSince?: number;
  snoozedUntil?: number;
  /** Snoozes used for the current break. */
  snoozes: number;
  pausedUntil?: number;
  /** A due break waits for a fullscreen window to close since then. */
  deferredSince?: number;
  /** The user is idle or the screen locked since then. */
  awaySince?: number;
}

export function initialState(now: number): ScheduleState {
  return { anchor: now, snoozes: 0 };
}

/** A break event for the history. `seconds` is how long a natural break lasted. */
export interface BreakEvent {
  kind: 'due' | 'snoozed' | 'skipped' | 'natural';
  at: number;
  seconds?: number;
}

export type SchedulerEvent =
  | { type: 'plan' }
  | { type: 'browser-start' }
  | { type: 'alarm'; scheduledTime: number; fullscreen: boolean }
  | { type: 'idle'; state: 'active' | 'idle' | 'locked' }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'break-taken' }
  | { type: 'pause'; until: number }
  | { type: 'resume' };

export interface Transition {
  state: ScheduleState;
  /** Events to record in the history. */
  records: BreakEvent[];
  /** Show the "time to get up" notification and badge. */
  notify: boolean;
}

/**
 * The first break time after `anchor`: one interval after the anchor or after the start of the
 * working period, whichever is later, and inside a working period. Undefined when no working
 * time lies ahead (no working days set).
 */
export function nextBreakAt(settings: Settings, anchor: number): number | undefined {
  const interval = settings.intervalMinutes * MINUTE;
  for (const period of workingPeriods(settings.workDays, settings.workHours, anchor)) {
    const due = Math.max(anchor, period.start) + interval;
    if (due < period.end) return due;
  }
  return undefined;
}

/**
 * When the `break-due` alarm should fire for this state; undefined for no alarm. A time already
 * past (a break missed while the browser was busy) becomes now: it fires once, at once.
 */
export function alarmAt(settings: Settings, state: ScheduleState, now: number): number | undefined {
  // While a break waits for the user, or the user is away, nothing more is due.
  if (state.awaySince !== undefined) return undefined;
  if (state.deferredSince !== undefined) return now + FULLSCREEN_RECHECK_MS;
  if (state.dueSince !== undefined) return undefined;
  const at = state.snoozedUntil ?? nextBreakAt(settings, state.anchor);
  return at === undefined ? undefined : Math.max(at, now);
}

function isWorkingTime(settings: Settings, at: number): boolean {
  return periodAt(settings.workDays, settings.workHours, at) !== undefined;
}

/** A fresh start of the interval: the break is over, whatever it was. */
function restart(state: ScheduleState, anchor: number): ScheduleState {
  return { anchor, snoozes: 0, pausedUntil: state.pausedUntil, awaySince: state.awaySince };
}

/** The start of the next working period that begins after today, for "pause until tomorrow". */
export function tomorrowsStart(settings: Settings, now: number): number | undefined {
  const tomorrow = addDays(startOfDay(now), 1).getTime();
  for (const period of workingPeriods(settings.workDays, settings.workHours, tomorrow)) {
    if (period.start >= tomorrow) return period.start;
  }
  return undefined;
}

const unchanged = (state: ScheduleState): Transition => ({ state, records: [], notify: false });

export function transition(settings: Settings, state: ScheduleState, event: SchedulerEvent, now: number): Transition {
  const naturalMs = settings.naturalBreakMinutes * MINUTE;
  switch (event.type) {
    case 'plan': {
      let next = state;
      if (next.pausedUntil !== undefined && next.pausedUntil <= now) next = { ...next, pausedUntil: undefined };
      // A break left waiting at the end of the working day is dropped, not carried into tomorrow.
      if (next.dueSince !== undefined && !isWorkingTime(settings, now)) next = restart(next, now);
      return unchanged(next);
    }
    case 'browser-start':
      // Opening the browser is coming back to the computer: the interval counts from now.
      return unchanged({ ...restart(state, Math.max(state.anchor, now)), awaySince: undefined });
    case 'alarm': {
      if (state.awaySince !== undefined || state.dueSince !== undefined) return unchanged(state);
      if (state.pausedUntil !== undefined && state.pausedUntil > now) return unchanged(state);
      // An alarm that fires long after its time slept with the machine: that pause was a break.
      if (now - event.scheduledTime >= naturalMs) {
        return {
          state: restart(state, now),
          records: [{ kind: 'natural', at: event.scheduledTime, seconds: Math.round((now - event.scheduledTime) / 1000) }],
          notify: false,
        };
      }
      // The clock or timezone may have changed since the alarm was set: ask the local time again.
      if (!isWorkingTime(settings, now)) return unchanged(restart(state, Math.max(state.anchor, now)));
      if (event.fullscreen) {
        const since = state.deferredSince ?? now;
        if (now - since < FULLSCREEN_MAX_DEFER_MS) return unchanged({ ...state, deferredSince: since });
      }
      return {
        state: { ...state, dueSince: now, deferredSince: undefined, snoozedUntil: undefined },
        records: [{ kind: 'due', at: now }],
        notify: true,
      };
    }
    case 'idle': {
      if (event.state !== 'active') {
        if (state.awaySince !== undefined) return unchanged(state);
        // "idle" is reported only after the detection interval without input.
        const since = event.state === 'idle' ? now - IDLE_DETECTION_SECONDS * 1000 : now;
        return unchanged({ ...state, awaySince: since });
      }
      if (state.awaySince === undefined) return unchanged(state);
      const away = now - state.awaySince;
      const back = { ...state, awaySince: undefined };
      if (away < naturalMs) return unchanged(back);
      // Stepping away during the working day is a break; the night between two working days is not.
      const sameDay = localDayKey(state.awaySince) === localDayKey(now);
      const counted = sameDay && (isWorkingTime(settings, state.awaySince) || isWorkingTime(settings, now));
      return {
        state: restart(back, now),
        records: counted ? [{ kind: 'natural', at: state.awaySince, seconds: Math.round(away / 1000) }] : [],
        notify: false,
      };
    }
    case 'snooze': {
      if (state.dueSince === undefined || state.snoozes >= settings.maxSnoozes) return unchanged(state);
      return {
        state: {
          ...state,
          dueSince: undefined,
          snoozedUntil: now + settings.snoozeMinutes * MINUTE,
          snoozes: state.snoozes + 1,
        },
        records: [{ kind: 'snoozed', at: now }],
        notify: false,
      };
    }
    case 'skip':
      return { state: restart(state, now), records: [{ kind: 'skipped', at: now }], notify: false };
    case 'break-taken':
      return unchanged(restart(state, now));
    case 'pause':
      if (!settings.allowPause || event.until <= now) return unchanged(state);
      // The interval starts again when the pause ends.
      return unchanged({ ...restart(state, event.until), pausedUntil: event.until });
    case 'resume':
      return unchanged({ ...restart(state, now), pausedUntil: undefined });
  }
}

/** What the popup says about the schedule. */
export type ScheduleStatus =
  | { kind: 'due'; snoozesLeft: number }
  | { kind: 'paused'; until: number }
  | { kind: 'next'; at: number }
  | { kind: 'outside'; at: number }
  | { kind: 'off' };

export function scheduleStatus(settings: Settings, state: ScheduleState, now: number): ScheduleStatus {
  if (state.dueSince !== undefined) return { kind: 'due', snoozesLeft: Math.max(0, settings.maxSnoozes - state.snoozes) };
  if (state.pausedUntil !== undefined && state.pausedUntil > now) return { kind: 'paused', until: state.pausedUntil };
  const at = state.snoozedUntil ?? nextBreakAt(settings, state.anchor);
  if (at === undefined) return { kind: 'off' };
  if (at <= now) return { kind: 'due', snoozesLeft: Math.max(0, settings.maxSnoozes - state.snoozes) };
  return isWorkingTime(settings, now) ? { kind: 'next', at } : { kind: 'outside', at };
}
