// The daily skip budget (dailySkipLimit): skips counted per local day, so reflex skipping meets a limit.
import { localDayKey } from './day';
import type { Settings } from './settings';

/** Skips taken on one local day ("YYYY-MM-DD"); `at` is the last one, for "take the skipped break now". */
export interface SkipCount {
  day: string;
  count: number;
  at: number;
}

export function isSkipCount(x: unknown): x is SkipCount {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Record<string, unknown>;
  return typeof s.day === 'string' && Number.isInteger(s.count) && (s.count as number) >= 0 && typeof s.at === 'number' && Number.isFinite(s.at);
}

/** Skips used today: a count from another day is yesterday's budget, spent or not. */
export function skipsUsed(skipped: SkipCount | undefined, now: number): number {
  return skipped !== undefined && skipped.day === localDayKey(now) ? skipped.count : 0;
}

/** Skips left today under the limit; null when there is no limit. */
export function skipsLeft(settings: Pick<Settings, 'dailySkipLimit'>, skipped: SkipCount | undefined, now: number): number | null {
  return settings.dailySkipLimit === null ? null : Math.max(0, settings.dailySkipLimit - skipsUsed(skipped, now));
}

/** The count after one more skip at `now`. */
export function countSkip(skipped: SkipCount | undefined, now: number): SkipCount {
  return { day: localDayKey(now), count: skipsUsed(skipped, now) + 1, at: now };
}
