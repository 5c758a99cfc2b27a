// The routine player as pure functions of the wall clock: which step, how long left, pause, intensity gate.
import { isNewBreak, MAX_INTENSITY, type NewBreak } from './breaks';
import { asksIntensity, isBuiltIn, isRoutineId, isRoutineIdShape, routineById, type Routine } from './routines';
import { HOUR } from './time';

/** Intensity from this rating on means: ease off, no more pressure steps. */
export const EASE_OFF_AT = 7;

/** A saved player older than this is stale: the routine was abandoned, or finished with no page open to see it. */
const PLAYER_MAX_AGE_MS = 2 * HOUR;

const PHASES = ['before', 'step', 'ease-off', 'after'] as const;

export interface PlayerState {
  /** Any routine's id: built-in, the user's own, or an organization's. */
  routineId: string;
  /** A custom or organization routine's name when it started: its break keeps it, even if the routine is deleted meanwhile. */
  routineName?: string;
  /** before: intensity asked before a massage; step: a timed step; ease-off: a pressure step held back; after: done. */
  phase: (typeof PHASES)[number];
  step: number;
  /** When the current step started, moved later by the time spent paused in it. */
  stepStartedAt: number;
  pausedAt?: number;
  startedAt: number;
  /** Time paused before the current pause, for the seconds spent. */
  pausedMs: number;
  intensityBefore?: number;
  /** The latest rating during the steps. */
  intensityDuring?: number;
  intensityAfter?: number;
  /** When the last step ended. */
  endedAt?: number;
  /** The routine has ended and its break is being recorded: kept until the history has it. */
  recording?: PendingRecord;
}

/** A break on its way to the history. The id stays the same for every try, so it is stored once. */
export interface PendingRecord {
  id: string;
  fields: NewBreak;
  /** The last try failed: every page shows it, with Retry. */
  failed?: boolean;
  /** The routine chosen while this break was on its way: it starts once the break is stored. */
  next?: string;
}

const isPendingRecord = (x: unknown): x is PendingRecord => {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    r.id.length > 0 &&
    isNewBreak(r.fields) &&
    (r.failed === undefined || typeof r.failed === 'boolean') &&
    (r.next === undefined || isRoutineIdShape(r.next))
  );
};

/** Older than a routine is ever left open: started more than two hours ago. */
export function isStale(state: PlayerState, now: number): boolean {
  return now - state.startedAt >= PLAYER_MAX_AGE_MS;
}

/** The routine (the player's own, looked up by the caller) ran to its last step by `now`, whether or not a page was open to see it. */
export function hasFinished(state: PlayerState, routine: Routine | undefined, now: number): boolean {
  return routine !== undefined && routine.id === state.routineId && sync(state, routine, now).phase === 'after';
}

/** Finds a routine by id: the built-in ones by default; a page that knows custom routines passes its own. */
export type FindRoutine = (id: string) => Routine | undefined;

/**
 * A saved player worth keeping: well formed, and either recent, or finished (its break must still be
 * recorded, however long ago it ended), or already on its way to the history.
 */
export function isPlayerState(x: unknown, now: number, find: FindRoutine = routineById): x is PlayerState {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Record<string, unknown>;
  const wellFormed =
    // A built-in routine, or another one with the name its break will keep.
    (isRoutineId(s.routineId) || (isRoutineIdShape(s.routineId) && typeof s.routineName === 'string')) &&
    (s.routineName === undefined || typeof s.routineName === 'string') &&
    (PHASES as readonly unknown[]).includes(s.phase) &&
    Number.isInteger(s.step) &&
    typeof s.stepStartedAt === 'number' &&
    typeof s.startedAt === 'number' &&
    typeof s.pausedMs === 'number' &&
    (s.recording === undefined || isPendingRecord(s.recording));
  if (!wellFormed) return false;
  const state = x as PlayerState;
  // An old routine left half done was abandoned: start afresh rather than resume it.
  return state.recording !== undefined || !isStale(state, now) || hasFinished(state, find(state.routineId), now);
}

export function startPlayer(routine: Routine, now: number): PlayerState {
  return {
    routineId: routine.id,
    ...(isBuiltIn(routine) ? {} : { routineName: routine.name }),
    phase: asksIntensity(routine) ? 'before' : 'step',
    step: 0,
    stepStartedAt: now,
    startedAt: now,
    pausedMs: 0,
  };
}

const stepMs = (routine: Routine, index: number) => (routine.steps[index]?.seconds ?? 0) * 1000;

/** The rating that decides the gate: the latest one given. */
export function currentIntensity(state: PlayerState): number | undefined {
  return state.intensityDuring ?? state.intensityBefore;
}

export function mustEaseOff(state: PlayerState): boolean {
  return (currentIntensity(state) ?? 0) >= EASE_OFF_AT;
}

/** Enters step `index` at `at`: past the last step is the end; a pressure step after a high rating is held back. */
function enterStep(state: PlayerState, routine: Routine, index: number, at: number): PlayerState {
  const paused = state.pausedAt !== undefined;
  const base = { ...state, step: index, stepStartedAt: at, pausedAt: paused ? at : undefined };
  if (index >= routine.steps.length) {
    return { ...base, step: routine.steps.length - 1, phase: 'after', pausedAt: undefined, endedAt: at };
  }
  if (routine.steps[index]!.pressure && mustEaseOff(state)) return { ...base, phase: 'ease-off' };
  return { ...base, phase: 'step' };
}

export function remainingMs(state: PlayerState, routine: Routine, now: number): number {
  if (state.phase !== 'step') return 0;
  const at = state.pausedAt ?? now;
  return Math.max(0, stepMs(routine, state.step) - (at - state.stepStartedAt));
}

/** Moves on through every step whose time has run out by `now`: a closed or throttled page catches up exactly. */
export function sync(state: PlayerState, routine: Routine, now: number): PlayerState {
  let s = state;
  while (s.phase === 'step' && s.pausedAt === undefined) {
    const end = s.stepStartedAt + stepMs(routine, s.step);
    if (end > now) break;
    s = enterStep(s, routine, s.step + 1, end);
  }
  return s;
}

export function beginSteps(state: PlayerState, routine: Routine, now: number): PlayerState {
  if (state.phase !== 'before') return state;
  return enterStep({ ...state, startedAt: now }, routine, 0, now);
}

export function next(state: PlayerState, routine: Routine, now: number): PlayerState {
  if (state.phase !== 'step') return state;
  return enterStep(state, routine, state.step + 1, now);
}

export function previous(state: PlayerState, routine: Routine, now: number): PlayerState {
  if (state.phase !== 'step' && state.phase !== 'ease-off') return state;
  // Back from a held-back step goes to the step before it; the gate applies again going forward.
  const back = state.phase === 'ease-off' ? state.step - 1 : Math.max(0, state.step - 1);
  if (back < 0) return state;
  return enterStep(state, routine, back, now);
}

export function pause(state: PlayerState, now: number): PlayerState {
  if (state.phase !== 'step' || state.pausedAt !== undefined) return state;
  return { ...state, pausedAt: now };
}

export function resume(state: PlayerState, now: number): PlayerState {
  if (state.pausedAt === undefined) return state;
  const paused = now - state.pausedAt;
  return { ...state, pausedAt: undefined, stepStartedAt: state.stepStartedAt + paused, pausedMs: state.pausedMs + paused };
}

export function rate(state: PlayerState, value: number): PlayerState {
  const v = Math.min(MAX_INTENSITY, Math.max(0, Math.round(value)));
  if (state.phase === 'before') return { ...state, intensityBefore: v };
  if (state.phase === 'after') return { ...state, intensityAfter: v };
  return { ...state, intensityDuring: v };
}

/** Seconds actually spent in the routine, pauses left out. */
export function secondsSpent(state: PlayerState, now: number): number {
  if (state.phase === 'before') return 0;
  const end = state.endedAt ?? now;
  const paused = state.pausedMs + (state.pausedAt === undefined ? 0 : end - state.pausedAt);
  return Math.max(0, Math.round((end - state.startedAt - paused) / 1000));
}

/**
 * The id of the break one run of a routine stands for: the same on every page and every try, so two
 * pages that both find it finished, or a retry after a record that did arrive, name one break.
 */
export function breakIdOf(state: PlayerState): string {
  return `${state.routineId}-${state.startedAt}`;
}

/** The break a player stands for when it ends at `at`; none when stopped before its first step. */
export function breakOf(state: PlayerState, completed: boolean, at: number): NewBreak | undefined {
  if (!completed && state.phase === 'before') return undefined;
  return {
    kind: 'routine',
    routineId: state.routineId,
    ...(state.routineName === undefined ? {} : { routineName: state.routineName }),
    seconds: secondsSpent(state, at),
    completed,
    intensityBefore: state.intensityBefore,
    intensityAfter: completed ? state.intensityAfter : undefined,
  };
}

/** The number a step is shown with ("step 2 of 7"), counting from 1. */
export function stepNumber(state: PlayerState): number {
  return state.step + 1;
}
