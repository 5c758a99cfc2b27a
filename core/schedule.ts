// The break scheduler as pure functions: when the next break is due, and how each event changes the plan.
import { addDays, startOfDay } from 'date-fns';
import { holdBreak, isCallWait, NO_WAIT, recheckAt, waitEndsAt, type CallWait, type Hold } from './call-wait';
import { nextBreakAt } from './cadence';
import { periodAt, workingPeriods } from './day';
import { naturalBreak } from './natural-break';
import { ALARM_TOLERANCE_MS, MAX_PAUSE_MS, MAX_SNOOZE_MS, RESHOW_AFTER_MS } from './schedule-limits';
import type { Settings } from './settings';
import { countSkip, isSkipCount, skipsLeft, type SkipCount } from './skip-budget';
import { MINUTE } from './time';
import { dueRecordId } from './breaks';

/** The idle API reports "idle" after this many seconds without input. */
export const IDLE_DETECTION_SECONDS = 60;

/** Everything the scheduler remembers between events. Kept in storage, never in memory. */
export interface ScheduleState extends CallWait {
  /** The interval to the next break counts from here: the last break, the return to the computer, the end of a pause. */
  anchor: number;
  /** A break is due and waits for the user since then. */
  dueSince?: number;
  /** The due break was shown once more, or the user opened it: it is not shown again. */
  reshown?: boolean;
  snoozedUntil?: number;
  /** Snoozes used for the current break. */
  snoozes: number;
  /** The break that was snoozed came due then: the next one continues it (its `due` record links to that one's). */
  snoozedFrom?: number;
  pausedUntil?: number;
  /** The user is idle or the screen locked since then. */
  awaySince?: number;
  /** The last movement break ("I moved"): another within the natural-break length is the same one. */
  movedAt?: number;
  /** Skips today, for the daily skip budget. */
  skipped?: SkipCount;
}

/** The state's optional moments, each an epoch-ms time when present. */
export const SCHEDULE_TIMES = [
  'dueSince',
  'snoozedFrom',
  'snoozedUntil',
  'pausedUntil',
  'deferredSince',
  'awaySince',
  'movedAt',
] as const satisfies readonly (keyof ScheduleState)[];

/** A stored state is used only when every field has the right type (the store's parse step). */
export function isScheduleState(raw: unknown): raw is ScheduleState {
  if (typeof raw !== 'object' || raw === null) return false;
  const r = raw as Record<string, unknown>;
  const isTime = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  return (
    isTime(r.anchor) &&
    Number.isInteger(r.snoozes) &&
    (r.snoozes as number) >= 0 &&
    SCHEDULE_TIMES.every((k) => r[k] === undefined || isTime(r[k])) &&
    (r.skipped === undefined || isSkipCount(r.skipped)) &&
    (r.reshown === undefined || typeof r.reshown === 'boolean') &&
    isCallWait(r)
  );
}

export function initialState(now: number): ScheduleState {
  return { anchor: now, snoozes: 0 };
}

/**
 * A break event for the history. `seconds` is how long a natural break lasted. `id`: a due break's own record id,
 * so it is recorded once; `dueId`: the due record this event answers (or, for a due, the snoozed one it continues).
 */
export interface BreakEvent {
  kind: 'due' | 'snoozed' | 'skipped' | 'natural' | 'dropped';
  at: number;
  seconds?: number;
  id?: string;
  dueId?: string;
}

export type SchedulerEvent =
  | { type: 'plan' }
  | { type: 'browser-start' }
  /** `audible`: a tab plays sound (a call or a video); with `fullscreen`, it holds a due break when waitForCalls is on. */
  | ({ type: 'alarm'; scheduledTime: number } & Hold)
  | { type: 'idle'; state: 'active' | 'idle' | 'locked' }
  /** The user opened the due break (the notification, the shortcut, the popup's button): no re-show. */
  | { type: 'break-opened' }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'break-taken' }
  /** "I moved": a completed one re-plans like any taken break. */
  | { type: 'moved'; completed: boolean }
  | { type: 'pause'; until: number }
  | { type: 'resume' };

export interface Transition {
  state: ScheduleState;
  /** Events to record in the history. */
  records: BreakEvent[];
  /** Show the "time to get up" notification and badge. */
  notify: boolean;
  /** Show the due break once more: it was left unanswered for RESHOW_AFTER_MS. */
  reshow?: boolean;
  /** The event repeats one already handled (a second "I moved"): the page's break is not recorded again. */
  repeated?: boolean;
  /** A break taken ("break-taken", a completed "I moved") while one was due: the due record it answers. */
  answered?: string;
}

export { nextBreakAt };

/**
 * When the `break-due` alarm should fire for this state; undefined for no alarm. A time already
 * past (a break missed while the browser was busy) becomes now: it fires once, at once.
 */
export function alarmAt(settings: Settings, state: ScheduleState, now: number): number | undefined {
  // A due break waits for the user until its working period ends; then this alarm lets the plan drop
  // it (without it a break left due at 17:25 stayed due, with its badge, all night).
  if (state.dueSince !== undefined) {
    const end = Math.max(periodAt(settings, now)?.end ?? now, now);
    // Before that, once: the re-show of a break left unanswered.
    return state.reshown ? end : Math.max(Math.min(reshowAt(state.dueSince), end), now);
  }
  // While the user is away, nothing more is due.
  if (state.awaySince !== undefined) return undefined;
  if (state.deferredSince !== undefined) return recheckAt(settings, state.deferredSince, now);
  const at = plannedAt(settings, state);
  return at === undefined ? undefined : Math.max(at, now);
}

/** When a break due since `dueSince` and still unanswered is shown once more. */
export function reshowAt(dueSince: number): number {
  return dueSince + RESHOW_AFTER_MS;
}

/** The time the plan names for the next break: the end of a snooze, or one interval after the anchor. */
function plannedAt(settings: Settings, state: ScheduleState): number | undefined {
  return state.snoozedUntil ?? nextBreakAt(settings, state.anchor);
}

export function isWorkingTime(settings: Settings, at: number): boolean {
  return periodAt(settings, at) !== undefined;
}

/** A fresh start of the interval: the break is over, whatever it was. */
function restart(state: ScheduleState, anchor: number): ScheduleState {
  return { anchor, snoozes: 0, pausedUntil: state.pausedUntil, awaySince: state.awaySince, movedAt: state.movedAt, skipped: state.skipped };
}

/** A moment that already happened lies at most this far ahead: room for the clock being set right by a little. */
const CLOCK_SLACK_MS = MINUTE;

/**
 * A plan no legal setting can make: a pause or anchor further ahead than the longest pause, a snooze
 * longer than the longest snooze, or a past moment in the future. It comes from a clock that ran
 * ahead and was corrected (the next alarm was once set for a year later).
 */
export function isImpossibleFuture(state: ScheduleState, now: number): boolean {
  const beyond = (at: number | undefined, limit: number) => at !== undefined && at > now + limit;
  return (
    beyond(state.anchor, MAX_PAUSE_MS) ||
    beyond(state.pausedUntil, MAX_PAUSE_MS) ||
    beyond(state.snoozedUntil, MAX_SNOOZE_MS) ||
    [state.dueSince, state.deferredSince, state.awaySince, state.movedAt].some((at) => beyond(at, CLOCK_SLACK_MS))
  );
}

/**
 * What every event does first: a plan in the impossible future starts again from now, a pause
 * that ended is over, and a break left waiting at the end of the working day is dropped, not
 * carried into tomorrow.
 */
function settle(settings: Settings, state: ScheduleState, now: number): { state: ScheduleState; records: BreakEvent[] } {
  if (isImpossibleFuture(state, now)) {
    // A break due at a moment that still lies in the past (another moment was the impossible one) ends unanswered
    // here, so its due record keeps an ending; one due "in the future" came from the wrong clock: nothing to end.
    const due = state.dueSince;
    const ended = due !== undefined && due <= now + CLOCK_SLACK_MS;
    return { state: initialState(now), records: ended ? [{ kind: 'dropped', at: Math.min(due, now), dueId: dueRecordId(due) }] : [] };
  }
  let next = state;
  const records: BreakEvent[] = [];
  if (next.pausedUntil !== undefined && next.pausedUntil <= now) next = { ...next, pausedUntil: undefined };
  // Still unanswered when its working period ended: recorded as dropped then, even if noticed later (asleep, or
  // back at the computer the next morning before the alarm that was to drop it had fired).
  const dueEnd = next.dueSince === undefined ? undefined : periodAt(settings, next.dueSince)?.end;
  if (next.dueSince !== undefined && (!isWorkingTime(settings, now) || (dueEnd !== undefined && dueEnd <= now))) {
    records.push({ kind: 'dropped', at: Math.min(dueEnd ?? now, now), dueId: dueRecordId(next.dueSince) });
    next = restart(next, now);
  }
  // A wait whose break is no longer due (a longer interval set meanwhile, the clock set back) is over.
  if (next.deferredSince !== undefined) {
    const planned = plannedAt(settings, next);
    if (planned === undefined || now < planned - ALARM_TOLERANCE_MS) next = { ...next, ...NO_WAIT };
  }
  return { state: next, records };
}

/**
 * An alarm set for a plan that has changed since (a break taken, snoozed or skipped, or a pause
 * begun just as it fired), or one that fires before the plan's time: it only re-arms the plan.
 */
function isStaleAlarm(settings: Settings, state: ScheduleState, scheduledTime: number, now: number): boolean {
  const planned = plannedAt(settings, state);
  return planned === undefined || scheduledTime < planned - ALARM_TOLERANCE_MS || now < planned - ALARM_TOLERANCE_MS;
}

/** The start of the next working period that begins after today, for "pause until tomorrow". */
export function tomorrowsStart(settings: Settings, now: number): number | undefined {
  const tomorrow = addDays(startOfDay(now), 1).getTime();
  for (const period of workingPeriods(settings, tomorrow)) {
    if (period.start >= tomorrow) return period.start;
  }
  return undefined;
}

const unchanged = (state: ScheduleState): Transition => ({ state, records: [], notify: false });
const answered = (state: ScheduleState) => (state.dueSince === undefined ? {} : { answered: dueRecordId(state.dueSince) });

export function transition(settings: Settings, before: ScheduleState, event: SchedulerEvent, now: number): Transition {
  const settled = settle(settings, before, now);
  const result = step(settings, settled.state, event, now);
  return settled.records.length === 0 ? result : { ...result, records: [...settled.records, ...result.records] };
}

/** The due record a break due in `state` has, for the record that answers it. */
const dueOf = (state: ScheduleState) => (state.dueSince === undefined ? {} : { dueId: dueRecordId(state.dueSince) });

/** One event on a settled state. */
function step(settings: Settings, state: ScheduleState, event: SchedulerEvent, now: number): Transition {
  const naturalMs = settings.naturalBreakMinutes * MINUTE;
  switch (event.type) {
    case 'plan':
      return unchanged(state);
    case 'browser-start':
      // Opening the browser is coming back to the computer: the interval counts from now.
      return unchanged({ ...restart(state, Math.max(state.anchor, now)), awaySince: undefined });
    case 'alarm': {
      // A break unanswered since its re-show time is shown once more, even to someone away: it waits for them.
      if (state.dueSince !== undefined && !state.reshown && now >= reshowAt(state.dueSince) - ALARM_TOLERANCE_MS) {
        return { ...unchanged({ ...state, reshown: true }), reshow: true };
      }
      if (state.awaySince !== undefined || state.dueSince !== undefined) return unchanged(state);
      if (state.pausedUntil !== undefined && state.pausedUntil > now) return unchanged(state);
      if (isStaleAlarm(settings, state, event.scheduledTime, now)) return unchanged(state);
      // An alarm that fires long after its time slept with the machine: that pause was a break.
      if (now - event.scheduledTime >= naturalMs) {
        const natural = naturalBreak(settings, event.scheduledTime, now);
        return { state: restart(state, now), records: natural ? [{ kind: 'natural', ...natural }] : [], notify: false };
      }
      // The clock or timezone may have changed since the alarm was set: ask the local time again.
      if (!isWorkingTime(settings, now)) return unchanged(restart(state, Math.max(state.anchor, now)));
      const wait = holdBreak(settings, state, event, now);
      if (wait) return unchanged({ ...state, ...wait });
      return {
        state: { ...state, ...NO_WAIT, dueSince: now, snoozedUntil: undefined, reshown: undefined, snoozedFrom: undefined },
        records: [{ kind: 'due', at: now, id: dueRecordId(now), ...(state.snoozedFrom === undefined ? {} : { dueId: dueRecordId(state.snoozedFrom) }) }],
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
      const back = { ...state, awaySince: undefined };
      if (now - state.awaySince < naturalMs) return unchanged(back);
      // Stepping away during the working day is a break; the night between two working days is not.
      const natural = naturalBreak(settings, state.awaySince, now);
      return { state: restart(back, now), records: natural ? [{ kind: 'natural', ...natural, ...dueOf(state) }] : [], notify: false };
    }
    case 'break-opened':
      return unchanged(state.dueSince === undefined ? state : { ...state, reshown: true });
    case 'snooze': {
      if (state.dueSince === undefined || state.snoozes >= settings.maxSnoozes) return unchanged(state);
      return {
        state: {
          ...state,
          dueSince: undefined,
          reshown: undefined,
          snoozedFrom: state.dueSince,
          snoozedUntil: now + settings.snoozeMinutes * MINUTE,
          snoozes: state.snoozes + 1,
        },
        records: [{ kind: 'snoozed', at: now, ...dueOf(state) }],
        notify: false,
      };
    }
    case 'skip':
      // The day's budget spent: Skip is not offered, and a skip that arrives anyway changes nothing.
      if (skipsLeft(settings, state.skipped, now) === 0) return unchanged(state);
      return {
        state: { ...restart(state, now), skipped: countSkip(state.skipped, now) },
        records: [{ kind: 'skipped', at: now, ...dueOf(state) }],
        notify: false,
      };
    case 'break-taken':
      return { ...unchanged(restart(state, now)), ...answered(state) };
    case 'moved': {
      // Two clicks on "I moved" (or two pages sending it at once) are one break.
      if (state.movedAt !== undefined && Math.abs(now - state.movedAt) < naturalMs) return { ...unchanged(state), repeated: true };
      const moved = event.completed ? restart(state, now) : state;
      return { ...unchanged({ ...moved, movedAt: now }), ...(event.completed ? answered(state) : {}) };
    }
    case 'pause':
      // The page's check already refuses such a pause; the model keeps its own word on it.
      if (!settings.allowPause || event.until <= now || event.until > now + MAX_PAUSE_MS) return unchanged(state);
      // The interval starts again when the pause ends.
      return unchanged({ ...restart(state, event.until), pausedUntil: event.until });
    case 'resume':
      return unchanged({ ...restart(state, now), pausedUntil: undefined });
  }
}

/** What the popup says about the schedule. `skipsLeft`: null = no daily limit, 0 = Skip not offered. */
export type ScheduleStatus =
  | { kind: 'due'; snoozesLeft: number; skipsLeft: number | null }
  /** A due break waits for a call (an audible tab) or a fullscreen window, until `until` at the latest. */
  | { kind: 'waiting'; reason: 'call' | 'fullscreen'; until: number }
  | { kind: 'paused'; until: number }
  /** `skippedBreak`: the last break was skipped and the next is not yet due ("Take the skipped break now"). */
  | { kind: 'next'; at: number; skippedBreak: boolean; skipsLeft: number | null }
  | { kind: 'outside'; at: number }
  | { kind: 'off' };


export function scheduleStatus(settings: Settings, state: ScheduleState, now: number): ScheduleStatus {
  const due = (): ScheduleStatus => ({
    kind: 'due',
    snoozesLeft: Math.max(0, settings.maxSnoozes - state.snoozes),
    skipsLeft: skipsLeft(settings, state.skipped, now),
  });
  if (state.dueSince !== undefined) return due();
  if (state.deferredSince !== undefined) {
    return { kind: 'waiting', reason: state.deferredBy ?? 'fullscreen', until: waitEndsAt(settings, state.deferredSince) };
  }
  if (state.pausedUntil !== undefined && state.pausedUntil > now) return { kind: 'paused', until: state.pausedUntil };
  const at = plannedAt(settings, state);
  if (at === undefined) return { kind: 'off' };
  if (at <= now) return due();
  return isWorkingTime(settings, now)
    ? { kind: 'next', at, skippedBreak: state.skipped?.at === state.anchor, skipsLeft: skipsLeft(settings, state.skipped, now) }
    : { kind: 'outside', at };
}
