// A break left unanswered for ten minutes is shown once more, never twice; answering it in any way ends that.
import { describe, expect, it } from 'vitest';
import { alarmAt, isScheduleState, transition, type SchedulerEvent, type ScheduleState } from '../../core/schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { timezoneForAll } from '../support/tz';

const MIN = 60_000;
timezoneForAll('UTC');

const s: Settings = { ...DEFAULT_SETTINGS }; // Monday to Friday, 09:00–17:30, every 60 min
const MONDAY = (h: number, mi = 0) => Date.UTC(2026, 10, 23, h, mi);
/** A break due since Monday 11:00, not yet answered. */
const due: ScheduleState = { anchor: MONDAY(10), snoozes: 0, dueSince: MONDAY(11) };
const alarm = (at: number): SchedulerEvent => ({ type: 'alarm', scheduledTime: at, fullscreen: false, audible: false });

describe('re-show of an unanswered break', () => {
  it.each([
    // [what, state, event, now, shown again, reshown after, alarm after (UTC "HH:MM")]
    ['its alarm ten minutes on shows it again', due, alarm(MONDAY(11, 10)), MONDAY(11, 10), true, true, '17:30'],
    ['a second late after the ten minutes, the same', due, alarm(MONDAY(11, 10)), MONDAY(11, 10) + 1000, true, true, '17:30'],
    ['an alarm that fires an hour late (the computer slept) shows it once', due, alarm(MONDAY(11, 10)), MONDAY(12, 10), true, true, '17:30'],
    ['shown once already: the alarm again shows nothing', { ...due, reshown: true }, alarm(MONDAY(11, 10)), MONDAY(11, 20), false, true, '17:30'],
    ['an early alarm (9 min) shows nothing and keeps the ten minutes', due, alarm(MONDAY(11, 9)), MONDAY(11, 9), false, undefined, '11:10'],
    ['away (screen locked) at ten minutes: shown again, to be seen on return', { ...due, awaySince: MONDAY(11, 5) }, alarm(MONDAY(11, 10)), MONDAY(11, 10), true, true, '17:30'],
    ['opened from the notification: no re-show', due, { type: 'break-opened' }, MONDAY(11, 2), false, true, '17:30'],
  ] as const)('%s', (_what, state, event, now, shownAgain, reshown, alarmAfter) => {
    const r = transition(s, state, event, now);
    expect(r.reshow === true).toBe(shownAgain);
    // Never a second "due" record, never a new break.
    expect(r.records).toEqual([]);
    expect(r.notify).toBe(false);
    expect(r.state.dueSince).toBe(MONDAY(11));
    expect(r.state.reshown).toBe(reshown);
    expect(new Date(alarmAt(s, r.state, now)!).toISOString().slice(11, 16)).toBe(alarmAfter);
  });

  it('a due break with its working day ending within the ten minutes waits only for the end', () => {
    const late: ScheduleState = { anchor: MONDAY(16, 25), snoozes: 0, dueSince: MONDAY(17, 25) };
    expect(alarmAt(s, late, MONDAY(17, 25))).toBe(MONDAY(17, 30));
    // The end drops the break: not shown again after hours.
    const r = transition(s, late, alarm(MONDAY(17, 30)), MONDAY(17, 30));
    expect(r.reshow).toBeUndefined();
    expect(r.state.dueSince).toBeUndefined();
  });

  it('the next break, after a snooze, is shown again in its own turn', () => {
    const shown = { ...due, reshown: true };
    const snoozed = transition(s, shown, { type: 'snooze' }, MONDAY(11, 12)).state;
    expect(snoozed.reshown).toBeUndefined();
    const again = transition(s, snoozed, alarm(MONDAY(11, 22)), MONDAY(11, 22));
    expect(again.notify).toBe(true);
    expect(again.state.reshown).toBeUndefined();
    expect(alarmAt(s, again.state, MONDAY(11, 22))).toBe(MONDAY(11, 32));
    const reshown = transition(s, again.state, alarm(MONDAY(11, 32)), MONDAY(11, 32));
    expect(reshown.reshow).toBe(true);
  });

  it.each([
    ['skip', { type: 'skip' }],
    ['break taken', { type: 'break-taken' }],
    ['a completed "I moved"', { type: 'moved', completed: true }],
    ['a pause', { type: 'pause', until: MONDAY(12) }],
  ] as const)('answered by %s: no re-show, the next break planned', (_what, event) => {
    const answered = transition(s, due, event, MONDAY(11, 3)).state;
    expect(answered.dueSince).toBeUndefined();
    const later = transition(s, answered, alarm(MONDAY(11, 10)), MONDAY(11, 10));
    expect(later.reshow).toBeUndefined();
    expect(later.notify).toBe(false);
  });

  it('a stored state with a malformed re-show mark is not used', () => {
    expect(isScheduleState({ ...due, reshown: true })).toBe(true);
    expect(isScheduleState({ ...due, reshown: 'yes' })).toBe(false);
  });
});
