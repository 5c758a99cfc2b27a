// Runs one scheduler event: load state, apply the pure transition, then save, record, notify and re-arm the alarm.
import type { NewBreak } from '../core/breaks';
import { alarmAt, transition, type SchedulerEvent, type ScheduleState } from '../core/schedule';
import { setBreakAlarm } from './alarms';
import { chimeFromBackground } from './background-chime';
import { recordBreak } from './history';
import { clearBreakNotification, setBreakBadge, showBreakNotification } from './notifications';
import { loadScheduleState, saveScheduleState } from './schedule-store';
import { loadSettings } from './settings-store';

// Events arrive together (an alarm and an idle change); each reads what the one before wrote.
// This chain is ordering only: no scheduler state lives in it.
let queue: Promise<unknown> = Promise.resolve();

export function dispatch(event: SchedulerEvent, now: () => number = Date.now): Promise<ScheduleState> {
  const run = queue.then(() => apply(event, now()));
  queue = run.catch(() => undefined);
  return run;
}

async function apply(event: SchedulerEvent, now: number): Promise<ScheduleState> {
  const settings = await loadSettings();
  const before = await loadScheduleState(now);
  const { state, records, notify } = transition(settings, before, event, now);
  await saveScheduleState(state);
  for (const record of records) {
    // The history is a record, not the schedule: a failing IndexedDB must not stop the breaks.
    await recordBreak(record.at, { kind: record.kind, seconds: record.seconds }).catch((error: unknown) =>
      console.warn('Unknot: could not record the break in IndexedDB', error),
    );
  }
  if (notify) {
    await showBreakNotification(state.snoozes < settings.maxSnoozes);
    if (settings.sound) {
      await chimeFromBackground(settings.volume).catch((error: unknown) => console.warn('Unknot: no chime', error));
    }
  } else if (before.dueSince !== undefined && state.dueSince === undefined) {
    await clearBreakNotification();
  }
  await setBreakBadge(state.dueSince !== undefined);
  await setBreakAlarm(alarmAt(settings, state, now));
  return state;
}

/** A break the user took: a completed one re-plans the next break from now; then it is recorded. */
export async function recordTakenBreak(fields: NewBreak, now: () => number = Date.now): Promise<void> {
  if (fields.completed) await dispatch({ type: 'break-taken' }, now);
  // A failing IndexedDB rejects here, so the page can say that history is not kept.
  await recordBreak(now(), fields);
}
