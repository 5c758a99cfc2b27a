// What holds a due break back: a call (a tab playing sound) or a fullscreen window, re-checked once a minute, for at most maxWaitMinutes.
import type { Settings } from './settings';
import { MINUTE } from './time';

/** While a break waits, the `break-due` alarm checks again this often. */
export const CALL_RECHECK_MS = MINUTE;
/**
 * Chrome's `audible` means "made sound in the last couple of seconds": one quiet check can be a
 * pause in speech. The call is over after this many silent checks in a row (about 2 minutes).
 */
export const SILENT_CHECKS_TO_END = 2;

/** The part of the schedule state that remembers a wait. */
export interface CallWait {
  /** A due break waits for a call or a fullscreen window to end since then. */
  deferredSince?: number;
  /** What it waits for, as the last check that heard or saw it. */
  deferredBy?: 'call' | 'fullscreen';
  /** Silent checks in a row since the last one that heard sound or saw fullscreen (0 or 1 while waiting). */
  silentChecks?: number;
}

/** What an alarm sees: a tab playing sound, a window fullscreen. */
export interface Hold {
  fullscreen: boolean;
  audible?: boolean;
}

/** A state with no wait: spread over a state to clear every field of it. */
export const NO_WAIT: Record<keyof CallWait, undefined> = { deferredSince: undefined, deferredBy: undefined, silentChecks: undefined };

export function isCallWait(r: Record<string, unknown>): boolean {
  return (
    (r.deferredBy === undefined || r.deferredBy === 'call' || r.deferredBy === 'fullscreen') &&
    (r.silentChecks === undefined || (Number.isInteger(r.silentChecks) && (r.silentChecks as number) >= 0))
  );
}

/** The latest moment a wait that began at `since` lets the break through. */
export function waitEndsAt(settings: Pick<Settings, 'maxWaitMinutes'>, since: number): number {
  return since + settings.maxWaitMinutes * MINUTE;
}

/**
 * An alarm that would make a break due, seen with what plays now: the wait to keep (the break is
 * held), or undefined (the break comes now). A first alarm with nothing playing holds nothing.
 */
export function holdBreak(settings: Pick<Settings, 'waitForCalls' | 'maxWaitMinutes'>, wait: CallWait, hold: Hold, now: number): CallWait | undefined {
  if (!settings.waitForCalls) return undefined;
  const heard = hold.audible === true ? 'call' : hold.fullscreen ? 'fullscreen' : undefined;
  if (wait.deferredSince === undefined) return heard ? { deferredSince: now, deferredBy: heard, silentChecks: 0 } : undefined;
  if (now >= waitEndsAt(settings, wait.deferredSince)) return undefined;
  if (heard) return { deferredSince: wait.deferredSince, deferredBy: heard, silentChecks: 0 };
  const silentChecks = (wait.silentChecks ?? 0) + 1;
  if (silentChecks >= SILENT_CHECKS_TO_END) return undefined;
  return { deferredSince: wait.deferredSince, deferredBy: wait.deferredBy, silentChecks };
}

/** The next check while a break waits: a minute on, or the end of the longest wait if that is sooner. */
export function recheckAt(settings: Pick<Settings, 'maxWaitMinutes'>, deferredSince: number, now: number): number {
  return Math.max(Math.min(now + CALL_RECHECK_MS, waitEndsAt(settings, deferredSince)), now);
}
