// The pause durations offered to the user, as message keys and end times.
import type { Settings } from './settings';
import { tomorrowsStart } from './schedule';
import { MINUTE } from './time';


export function pauseOptions(settings: Settings, now: number): { key: string; until: number }[] {
  if (!settings.allowPause) return [];
  const options = [
    { key: 'action_pause_30', until: now + 30 * MINUTE },
    { key: 'action_pause_60', until: now + 60 * MINUTE },
    { key: 'action_pause_120', until: now + 120 * MINUTE },
  ];
  const tomorrow = tomorrowsStart(settings, now);
  if (tomorrow !== undefined) options.push({ key: 'action_pause_tomorrow', until: tomorrow });
  return options;
}
