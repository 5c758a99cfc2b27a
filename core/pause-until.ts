// "Pause until…" a time typed in the popup: the pause's end, or why that time cannot be taken.
import { pauseUntilTime } from './pause';
import type { Settings } from './settings';

export type PauseUntilCheck = { until: number } | { problem: 'pause_until_invalid' | 'pause_until_past' | 'pause_until_not_allowed' };

/** `hhmm` as an <input type="time"> gives it ("" while incomplete); the answer names the message to show. */
export function checkPauseUntil(settings: Settings, hhmm: string, now: number): PauseUntilCheck {
  if (!settings.allowPause) return { problem: 'pause_until_not_allowed' };
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(hhmm)) return { problem: 'pause_until_invalid' };
  const until = pauseUntilTime(settings, hhmm, now);
  return until === undefined ? { problem: 'pause_until_past' } : { until };
}
