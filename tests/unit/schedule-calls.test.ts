// What holds a due break back: a call (a tab playing sound) or a fullscreen window, checked once a minute, for at most maxWaitMinutes.
import { describe, expect, it } from 'vitest';
import { alarmAt, initialState, scheduleStatus, transition, type ScheduleState } from '../../core/schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { timezoneForAll } from '../support/tz';

const MIN = 60_000;
timezoneForAll('UTC');
const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });

/** 'S' a tab plays sound, 'F' a window is fullscreen, '-' nothing: one letter for each check. */
type Check = 'S' | 'F' | '-';
const seen = (c: Check) => ({ fullscreen: c === 'F', audible: c === 'S' });

/**
 * Fires the alarm the plan names, one check after another, from a plan anchored at 09:00 (due at 10:00):
 * the minutes after 10:00 at which the break came due, and the alarm times the plan named on the way.
 */
function play(s: Settings, checks: Check[]) {
  let now = new Date(2026, 10, 23, 9, 0).getTime(); // a Monday, 09:00 UTC
  let state: ScheduleState = initialState(now);
  const dueAt: number[] = [];
  const alarms: number[] = [];
  for (const c of checks) {
    const alarm = alarmAt(s, state, now);
    if (alarm === undefined || state.dueSince !== undefined) break;
    alarms.push((alarm - new Date(2026, 10, 23, 10, 0).getTime()) / MIN);
    now = alarm;
    const r = transition(s, state, { type: 'alarm', scheduledTime: alarm, ...seen(c) }, now);
    state = r.state;
    if (r.notify) dueAt.push((now - new Date(2026, 10, 23, 10, 0).getTime()) / MIN);
  }
  return { dueAt, alarms, state };
}

describe('a due break waits for a call: once-a-minute checks, two silent ones in a row end it', () => {
  it.each<[string, Check[], number[], number[]]>([
    ['nothing playing at the first alarm: due at once', ['-'], [0], [0]],
    ['sound: it waits, checked a minute later', ['S', 'S'], [], [0, 1]],
    ['one silent check after sound: still waiting', ['S', '-'], [], [0, 1]],
    ['two silent checks in a row: due at the second', ['S', '-', '-'], [2], [0, 1, 2]],
    ['sound again after one silent check starts the count again', ['S', '-', 'S', '-', '-'], [4], [0, 1, 2, 3, 4]],
    ['fullscreen holds it the same as sound', ['F', '-', 'F', '-', '-'], [4], [0, 1, 2, 3, 4]],
    ['sound then fullscreen then silence', ['S', 'F', '-', '-'], [3], [0, 1, 2, 3]],
  ])('%s', (_title, checks, dueAt, alarms) => {
    const r = play(settings(), checks);
    expect(r.dueAt).toEqual(dueAt);
    expect(r.alarms).toEqual(alarms);
  });

  it('the longest wait ends it even with sound at every check: due at 10:10 with maxWaitMinutes 10', () => {
    const r = play(settings({ maxWaitMinutes: 10 }), Array<Check>(20).fill('S'));
    expect(r.dueAt).toEqual([10]);
    expect(r.alarms).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('one silent check just before the longest wait ends: due at its end, not a minute later', () => {
    const r = play(settings({ maxWaitMinutes: 5 }), ['S', 'S', 'S', 'S', '-', 'S', 'S']);
    expect(r.dueAt).toEqual([5]);
  });

  it('the silent count is kept in the state, and a due break clears it', () => {
    expect(play(settings(), ['S', '-']).state).toMatchObject({ deferredBy: 'call', silentChecks: 1 });
    expect(play(settings(), ['S', 'S']).state).toMatchObject({ silentChecks: 0 });
    const due = play(settings(), ['S', '-', '-']).state;
    expect([due.deferredSince, due.deferredBy, due.silentChecks]).toEqual([undefined, undefined, undefined]);
  });

  it('a check that comes late (the machine was busy) is next planned a minute after it ran', () => {
    const s = settings();
    const at10 = new Date(2026, 10, 23, 10, 0).getTime();
    const held = transition(s, initialState(new Date(2026, 10, 23, 9, 0).getTime()), { type: 'alarm', scheduledTime: at10, fullscreen: false, audible: true }, at10).state;
    const late = new Date(2026, 10, 23, 10, 3, 30).getTime();
    const after = transition(s, held, { type: 'alarm', scheduledTime: at10 + MIN, fullscreen: false, audible: true }, late).state;
    expect(alarmAt(s, after, late)).toBe(new Date(2026, 10, 23, 10, 4, 30).getTime());
  });

  it('a longer interval set while it waits ends the wait: the alarm goes to the new plan', () => {
    const t9 = new Date(2026, 10, 23, 9, 0).getTime();
    const at10 = new Date(2026, 10, 23, 10, 0).getTime();
    const held = transition(settings(), initialState(t9), { type: 'alarm', scheduledTime: at10, fullscreen: true }, at10).state;
    const longer = settings({ intervalMinutes: 90 });
    const planned = transition(longer, held, { type: 'plan' }, at10 + MIN).state;
    expect(planned.deferredSince).toBeUndefined();
    expect(alarmAt(longer, planned, at10 + MIN)).toBe(new Date(2026, 10, 23, 10, 30).getTime());
  });
});

describe('waitForCalls', () => {
  const t0 = new Date(2026, 10, 23, 9, 0).getTime();
  const due = t0 + 60 * MIN;
  const fire = (s: Settings, hold: { fullscreen: boolean; audible?: boolean }) =>
    transition(s, initialState(t0), { type: 'alarm', scheduledTime: due, ...hold }, due).notify;
  it.each([
    ['a tab playing sound holds the break', true, { fullscreen: false, audible: true }, false],
    ['a fullscreen window holds the break', true, { fullscreen: true, audible: false }, false],
    ['nothing playing (or only muted tabs): the break comes', true, { fullscreen: false, audible: false }, true],
    ['turned off, a call does not hold it', false, { fullscreen: false, audible: true }, true],
    ['turned off, fullscreen does not hold it', false, { fullscreen: true, audible: false }, true],
  ])('%s', (_title, waitForCalls, hold, notified) => {
    expect(fire(settings({ waitForCalls }), hold)).toBe(notified);
  });

  it('turned off while a break waits: the next check makes it due, sound or not', () => {
    const held = transition(settings(), initialState(t0), { type: 'alarm', scheduledTime: due, fullscreen: false, audible: true }, due).state;
    const r = transition(settings({ waitForCalls: false }), held, { type: 'alarm', scheduledTime: due + MIN, fullscreen: false, audible: true }, due + MIN);
    expect(r.notify).toBe(true);
  });
});

describe('a break waiting for a call', () => {
  const t0 = new Date(2026, 10, 23, 9, 0).getTime();
  const due = t0 + 60 * MIN;
  it.each([
    ['a call', { fullscreen: false, audible: true }, 'call'],
    ['a fullscreen window', { fullscreen: true, audible: false }, 'fullscreen'],
  ] as const)('is "waiting" for %s until the longest wait ends', (_title, hold, reason) => {
    const s = settings({ maxWaitMinutes: 20 });
    const held = transition(s, initialState(t0), { type: 'alarm', scheduledTime: due, ...hold }, due).state;
    expect(scheduleStatus(s, held, due + MIN)).toEqual({ kind: 'waiting', reason, until: new Date(2026, 10, 23, 10, 20).getTime() });
  });

  it('a skip while it waits ends the wait and clears the silent count', () => {
    const s = settings();
    let state = transition(s, initialState(t0), { type: 'alarm', scheduledTime: due, fullscreen: false, audible: true }, due).state;
    state = transition(s, state, { type: 'alarm', scheduledTime: due + MIN, fullscreen: false }, due + MIN).state;
    const skipped = transition(s, state, { type: 'skip' }, due + 90_000).state;
    expect([skipped.deferredSince, skipped.silentChecks]).toEqual([undefined, undefined]);
  });
});
