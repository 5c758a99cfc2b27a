// Regression tests for the scheduler defects of the trust issue, each named after its scenario.
import { describe, expect, it } from 'vitest';
import { toOffsetIso } from '../../core/day';
import { serializeHistory, toHistoryFile } from '../../core/history-export';
import { parseHistoryFile } from '../../core/history-import';
import { alarmAt, initialState, isScheduleState, scheduleStatus, transition, type BreakEvent, type ScheduleState } from '../../core/schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { statusText } from '../../core/status-text';
import { timezoneForEach } from '../support/tz';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const s: Settings = { ...DEFAULT_SETTINGS };
/** Local times in UTC, the timezone of every test here: Monday 2026-11-23 is the first day. */
const at = (d: number, h: number, mi = 0) => Date.UTC(2026, 10, d, h, mi);
const alarm = (scheduledTime: number) => ({ type: 'alarm', scheduledTime, fullscreen: false }) as const;

/** The records as a history file would hold them, exported and imported again. */
function roundTrip(records: BreakEvent[], now: number) {
  const breaks = records.map((r, i) => ({ id: `r${i}`, at: toOffsetIso(r.at), time: r.at, kind: r.kind, ...(r.seconds === undefined ? {} : { seconds: r.seconds }) }));
  return { breaks, parsed: parseHistoryFile(serializeHistory(toHistoryFile(breaks, [], now)), now) };
}

timezoneForEach('UTC');

describe('a weekend sleep: the late alarm records no break longer than the working time it covers', () => {
  it('Friday 16:00 planned, the laptop wakes Monday 09:05: nothing across the weekend, and the export imports', () => {
    const friday = initialState(at(27, 15, 0));
    const r = transition(s, friday, alarm(at(27, 16, 0)), at(30, 9, 5));
    expect(r.notify).toBe(false);
    expect(r.records.filter((x) => (x.seconds ?? 0) > 90 * 60)).toEqual([]);
    const { parsed } = roundTrip(r.records, at(30, 9, 5));
    expect(parsed.ok).toBe(true);
    // The next break counts from the return: Monday 10:05.
    expect(alarmAt(s, r.state, at(30, 9, 5))).toBe(at(30, 10, 5));
  });

  it('a sleep from 16:00 to 19:00 the same day is a break of the 90 working minutes to 17:30', () => {
    const r = transition(s, initialState(at(23, 15, 0)), alarm(at(23, 16, 0)), at(23, 19, 0));
    expect(r.records).toEqual([{ kind: 'natural', at: at(23, 16, 0), seconds: 90 * 60 }]);
    const { breaks, parsed } = roundTrip(r.records, at(23, 19, 0));
    expect(parsed).toEqual({ ok: true, breaks, daysOff: [], dayOffRanges: [] });
  });

  it('the idle path the same: away from 16:00 to 19:00 records 90 minutes', () => {
    const away = transition(s, initialState(at(23, 15, 30)), { type: 'idle', state: 'locked' }, at(23, 16, 0)).state;
    const back = transition(s, away, { type: 'idle', state: 'active' }, at(23, 19, 0));
    expect(back.records).toEqual([{ kind: 'natural', at: at(23, 16, 0), seconds: 90 * 60 }]);
  });

  it('locked from Friday 16:00 to Monday 09:05 records nothing', () => {
    const away = transition(s, initialState(at(27, 15, 30)), { type: 'idle', state: 'locked' }, at(27, 16, 0)).state;
    expect(transition(s, away, { type: 'idle', state: 'active' }, at(30, 9, 5)).records).toEqual([]);
  });

  it('a lunch away on a split day counts only the working time before and after it', () => {
    const split = { ...s, workHours: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }] };
    const away = transition(split, initialState(at(23, 11, 0)), { type: 'idle', state: 'locked' }, at(23, 11, 50)).state;
    const back = transition(split, away, { type: 'idle', state: 'active' }, at(23, 13, 10));
    expect(back.records).toEqual([{ kind: 'natural', at: at(23, 11, 50), seconds: 20 * 60 }]);
  });
});

describe('a stale alarm right after the user acted re-arms the plan instead of making a break due', () => {
  const due = at(23, 11, 0);
  const dueState: ScheduleState = { ...initialState(at(23, 10, 0)), dueSince: due };
  it.each([
    ['a routine finished as the alarm fired', initialState(at(23, 10, 0)), { type: 'break-taken' } as const, at(23, 12, 0) + 50],
    ['"I moved" as the alarm fired', initialState(at(23, 10, 0)), { type: 'moved', completed: true } as const, at(23, 12, 0) + 50],
    ['a snooze', dueState, { type: 'snooze' } as const, at(23, 11, 10) + 50],
    ['a skip', dueState, { type: 'skip' } as const, at(23, 12, 0) + 50],
    ['a pause begun', initialState(at(23, 10, 0)), { type: 'pause', until: at(23, 11, 30) } as const, at(23, 12, 30) + 50],
  ])('%s', (_name, before, action, plannedAfter) => {
    const acted = transition(s, before, action, due).state;
    const r = transition(s, acted, alarm(due), due + 50);
    expect(r.notify).toBe(false);
    expect(r.records).toEqual([]);
    expect(r.state.dueSince).toBeUndefined();
    // The runner re-arms the alarm for the plan the user's action made.
    expect(alarmAt(s, r.state, due + 50)).toBe(plannedAfter - 50);
  });

  it('an alarm set for the plan still makes the break due', () => {
    const r = transition(s, initialState(at(23, 10, 0)), alarm(due), due + 50);
    expect(r.notify).toBe(true);
  });
});

describe('a clock that ran ahead and was corrected', () => {
  const real = at(23, 10, 0);
  const wrong = real + 365 * DAY;
  it('a break taken a year ahead, then browser start and plan: the next break is one interval from now', () => {
    const state = transition(s, initialState(real), { type: 'break-taken' }, wrong).state;
    const started = transition(s, state, { type: 'browser-start' }, real).state;
    const planned = transition(s, started, { type: 'plan' }, real).state;
    expect(alarmAt(s, planned, real)).toBe(real + 60 * MIN);
  });

  it.each([
    ['a snooze ending in a year', { snoozedUntil: wrong }],
    ['a pause ending in a year', { pausedUntil: wrong }],
    ['a break due since next year', { dueSince: wrong }],
    ['away since next year', { awaySince: wrong }],
  ])('%s is reset from now at the next plan', (_name, over) => {
    const planned = transition(s, { ...initialState(real), ...over }, { type: 'plan' }, real).state;
    expect(planned).toEqual(initialState(real));
  });

  it('a pause until tomorrow is possible and kept', () => {
    const paused = transition(s, initialState(real), { type: 'pause', until: at(24, 9, 0) }, real).state;
    expect(transition(s, paused, { type: 'browser-start' }, real + MIN).state.pausedUntil).toBe(at(24, 9, 0));
  });
});

describe('"I moved" twice is one break', () => {
  const t0 = at(23, 10, 0);
  it('a second click within the natural-break length repeats the first', () => {
    const once = transition(s, initialState(t0), { type: 'moved', completed: true }, t0);
    expect(once.repeated).toBeUndefined();
    const twice = transition(s, once.state, { type: 'moved', completed: true }, t0 + 4 * MIN);
    expect(twice.repeated).toBe(true);
    expect(twice.state).toEqual(once.state);
  });

  it('one after the natural-break length is a new break', () => {
    const once = transition(s, initialState(t0), { type: 'moved', completed: true }, t0);
    expect(transition(s, once.state, { type: 'moved', completed: true }, t0 + 5 * MIN).repeated).toBeUndefined();
  });
});

describe('a pause with an absurd until', () => {
  const now = at(23, 10, 0);
  it('Number.MAX_VALUE is refused by the model and the status line says when the next break is', () => {
    const st = transition(s, initialState(now), { type: 'pause', until: Number.MAX_VALUE }, now).state;
    expect(st).toEqual(initialState(now));
    expect(statusText(scheduleStatus(s, st, now), now, (k, sub) => `${k}:${String(sub)}`, 'en')).toBe('status_next_in_other:60');
  });

  it.each([Number.MAX_VALUE, Number.NaN, 8.64e15 + 1])('the status line never throws for a paused state until %s', (until) => {
    expect(() => statusText({ kind: 'paused', until }, now, (k) => k, 'en')).not.toThrow();
    expect(() => statusText({ kind: 'outside', at: until }, now, (k) => k, 'en')).not.toThrow();
  });
});

describe('a break still due at the end of the working day', () => {
  it('is dropped by the alarm at 17:30, which then plans tomorrow', () => {
    const due = transition(s, initialState(at(23, 16, 25)), alarm(at(23, 17, 25)), at(23, 17, 25)).state;
    expect(due.dueSince).toBe(at(23, 17, 25));
    const end = alarmAt(s, due, at(23, 17, 25))!;
    expect(end).toBe(at(23, 17, 30));
    const r = transition(s, due, alarm(end), end);
    expect(r.state.dueSince).toBeUndefined();
    expect(r.notify).toBe(false);
    expect(alarmAt(s, r.state, end)).toBe(at(24, 10, 0));
  });
});

describe('a stored schedule state is read only when every field has its type', () => {
  it.each([
    ['a fresh state', { anchor: 1, snoozes: 0 }, true],
    ['with "I moved" remembered', { anchor: 1, snoozes: 0, movedAt: 2 }, true],
    ['"I moved" as text', { anchor: 1, snoozes: 0, movedAt: 'now' }, false],
    ['a pause until Infinity', { anchor: 1, snoozes: 0, pausedUntil: Infinity }, false],
    ['negative snoozes', { anchor: 1, snoozes: -1 }, false],
    ['no anchor', { snoozes: 0 }, false],
  ])('%s', (_name, raw, ok) => {
    expect(isScheduleState(raw)).toBe(ok);
  });
});
