// The one `break-due` alarm, always set to an absolute time.
import { browser } from '#imports';
import { ALARM_TOLERANCE_MS } from '../core/schedule-limits';

export const BREAK_ALARM = 'break-due';

export async function getBreakAlarm() {
  return browser.alarms.get(BREAK_ALARM);
}

/** Sets the alarm to `when`, or clears it; leaves it alone when it is already right. */
export async function setBreakAlarm(when: number | undefined): Promise<void> {
  const existing = await getBreakAlarm();
  if (when === undefined) {
    if (existing) await browser.alarms.clear(BREAK_ALARM);
    return;
  }
  if (existing && Math.abs(existing.scheduledTime - when) < ALARM_TOLERANCE_MS) return;
  await browser.alarms.create(BREAK_ALARM, { when });
}

export function onBreakAlarm(listener: (scheduledTime: number) => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BREAK_ALARM) listener(alarm.scheduledTime);
  });
}
