// What pages read to show the schedule: effective settings, the policy behind them, and the scheduler's state.
import type { Policy } from '../core/policy';
import type { ScheduleState } from '../core/schedule';
import type { Settings } from '../core/settings';
import { loadScheduleState, onScheduleChanged } from './schedule-store';
import { loadSettingsView, onSettingsChanged } from './settings-store';

export interface ScheduleView {
  settings: Settings;
  policy: Policy;
  state: ScheduleState;
}

/**
 * Shows the last policy seen at once (the popup waited 100 ms for storage.managed at every opening);
 * watchScheduleView reads again when storage.managed answers with another one. Saves wait for it.
 */
export async function loadScheduleView(): Promise<ScheduleView> {
  const [{ settings, policy }, state] = await Promise.all([loadSettingsView({ wait: false }), loadScheduleState(Date.now())]);
  return { settings, policy, state };
}

export function watchScheduleView(changed: () => void): () => void {
  const stopSettings = onSettingsChanged(changed);
  const stopSchedule = onScheduleChanged(changed);
  return () => {
    stopSettings();
    stopSchedule();
  };
}
