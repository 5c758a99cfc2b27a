// What pages read to show the schedule: effective settings and the scheduler's state, and when either changes.
import type { ScheduleState } from '../core/schedule';
import type { Settings } from '../core/settings';
import { loadScheduleState, onScheduleChanged } from './schedule-store';
import { loadSettings, onSettingsChanged } from './settings-store';

export interface ScheduleView {
  settings: Settings;
  state: ScheduleState;
}

export async function loadScheduleView(): Promise<ScheduleView> {
  const [settings, state] = await Promise.all([loadSettings(), loadScheduleState(Date.now())]);
  return { settings, state };
}

export function watchScheduleView(changed: () => void): () => void {
  const stopSettings = onSettingsChanged(changed);
  const stopSchedule = onScheduleChanged(changed);
  return () => {
    stopSettings();
    stopSchedule();
  };
}
