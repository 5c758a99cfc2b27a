// What the popup and the break page read to show the schedule: the worker's snapshot of the effective settings
// (platform/settings-snapshot.ts) and the scheduler's state. The settings are read and validated here only when
// there is no snapshot to trust, and that code is loaded then alone. The options page reads them itself (schedule-view).
import { loadScheduleState, onScheduleChanged } from './schedule-store';
import type { ScheduleView } from './schedule-view';
import { readSettingsSnapshot, watchSettingsSnapshot } from './settings-snapshot';

const settingsStore = () => import('./settings-store');

async function loadSettingsView() {
  return (await readSettingsSnapshot()) ?? (await settingsStore()).loadSettingsView({ wait: false });
}

export async function loadBreakView(): Promise<ScheduleView> {
  const [{ settings, policy }, state] = await Promise.all([loadSettingsView(), loadScheduleState(Date.now())]);
  return { settings, policy, state };
}

/** The worker saves a new snapshot whenever it sees the settings or the policy change (and at each start). */
export function watchBreakView(changed: () => void): () => void {
  const stopSettings = watchSettingsSnapshot(changed);
  const stopSchedule = onScheduleChanged(changed);
  return () => {
    stopSettings();
    stopSchedule();
  };
}
