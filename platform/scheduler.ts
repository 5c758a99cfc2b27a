// Runs one scheduler event: load state, apply the pure transition, then save, record, notify and re-arm the alarm.
import type { NewBreak } from '../core/breaks';
import { alarmAt, transition, type SchedulerEvent, type ScheduleState, type Transition } from '../core/schedule';
import { setBreakAlarm } from './alarms';
import { chimeFromBackground } from './background-chime';
import { recordBreak } from './history';
import { clearBreakNotification, setBreakBadge, showBreakNotification } from './notifications';
import { loadScheduleState, saveScheduleState } from './schedule-store';
import { saveSettingsSnapshot } from './settings-snapshot';
import { loadSettingsView } from './settings-store';
import { openBreakPage, showBreakPage } from './windows';

// Events arrive together (an alarm and an idle change); each reads what the one before wrote.
// This chain is ordering only: no scheduler state lives in it.
let queue: Promise<unknown> = Promise.resolve();

function run(event: SchedulerEvent, now: () => number): Promise<Transition> {
  const next = queue.then(() => apply(event, now()));
  queue = next.catch(() => undefined);
  return next;
}

export async function dispatch(event: SchedulerEvent, now: () => number = Date.now): Promise<ScheduleState> {
  return (await run(event, now)).state;
}

async function apply(event: SchedulerEvent, now: number): Promise<Transition> {
  const view = await loadSettingsView();
  const { settings } = view;
  // The popup and the break page show what the worker uses, without validating it again (platform/break-view).
  await saveSettingsSnapshot(view).catch((error: unknown) => console.warn('Unknot: settings snapshot not saved', error));
  const before = await loadScheduleState(now);
  const result = transition(settings, before, event, now);
  const { state, records, notify, reshow } = result;
  try {
    await saveScheduleState(state);
  } catch (error) {
    // Storage full or gone: nothing happened. The alarm keeps to the stored plan, so the next
    // event (or this alarm again) tries once more from what is stored.
    await setBreakAlarm(alarmAt(settings, before, now)).catch(() => undefined);
    throw error;
  }
  // The alarm first: whatever fails or stops the worker after this, the next break is still planned.
  await setBreakAlarm(alarmAt(settings, state, now));
  for (const record of records) {
    // The history is a record, not the schedule: a failing IndexedDB must not stop the breaks.
    const fields = { kind: record.kind, seconds: record.seconds, ...(record.dueId === undefined ? {} : { dueId: record.dueId }) };
    await recordBreak(record.at, fields, record.id).catch((error: unknown) =>
      console.warn('Unknot: could not record the break in IndexedDB', error),
    );
  }
  if (notify || reshow) {
    const canSnooze = state.snoozes < settings.maxSnoozes;
    // The tab style is for people who do not see notifications (blocked, or Focus on): the break page itself.
    if (settings.breakStyle === 'tab') await (reshow ? showBreakPage() : openBreakPage());
    // Cleared first, so the system shows it as new rather than updating the one already there.
    else if (reshow) await clearBreakNotification().then(() => showBreakNotification(canSnooze));
    else await showBreakNotification(canSnooze);
    if (settings.sound) {
      await chimeFromBackground(settings.volume).catch((error: unknown) => console.warn('Unknot: no chime', error));
    }
  } else if (state.dueSince === undefined) {
    // Not only when a break ended now: a worker stopped between saving an answer and clearing the notification
    // leaves it up, and the next event (its start, at the latest) takes it down. Clearing none is harmless.
    await clearBreakNotification();
  }
  await setBreakBadge(state.dueSince !== undefined);
  return result;
}

/**
 * A break the user took: a completed one re-plans the next break from now; then it is recorded.
 * A second "I moved" within the natural-break length is the first one again and is not recorded.
 */
export async function recordTakenBreak(fields: NewBreak, now: () => number = Date.now, id?: string): Promise<void> {
  let answered: string | undefined;
  if (fields.kind === 'movement') {
    // Decided in the queue, so two messages at once see each other.
    const moved = await run({ type: 'moved', completed: fields.completed === true }, now);
    if (moved.repeated) return;
    answered = moved.answered;
  } else if (fields.completed) {
    answered = (await run({ type: 'break-taken' }, now)).answered;
  }
  // A failing IndexedDB rejects here, so the page can say that history is not kept.
  await recordBreak(now(), answered === undefined ? fields : { ...fields, dueId: answered }, id);
}
