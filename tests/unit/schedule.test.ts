import { describe, expect, it } from 'vitest';
import {
  alarmAt,
  initialState,
  nextBreakAt,
  scheduleStatus,
  tomorrowsStart,
  transition,
  type ScheduleState,
} from '../../core/schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { timezoneForAll, timezoneForEach } from '../support/tz';

const MIN = 60_000;
// Tables below are built when the file loads: in UTC, whatever the machine's own timezone.
timezoneForAll('UTC');

/** A local wall-clock time in the test's timezone, as epoch ms. */
const local = (y: number, mo: number, d: number, h = 0, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
/** Formats an instant as local "YYYY-MM-DD HH:MM (Www)" for readable assertions. */
const show = (at: number | undefined) => {
  if (at === undefined) return 'none';
  const d = new Date(at);
  const p = (n: number) => String(n).padStart(2, '0');
  const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getDay()];
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())} ${wd}`;
};

const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });

describe('nextBreakAt in UTC', () => {
  timezoneForEach('UTC');
  // 2026-11-23 is a Monday.
  it.each([
    ['mid-morning: one interval later', local(2026, 11, 23, 10, 15), {}, '2026-11-23 11:15 Mon'],
    ['before work: one interval after the start', local(2026, 11, 23, 7, 0), {}, '2026-11-23 10:00 Mon'],
    ['too close to the end: next morning', local(2026, 11, 23, 16, 45), {}, '2026-11-24 10:00 Tue'],
    ['exactly at the end is too late', local(2026, 11, 23, 16, 30), {}, '2026-11-24 10:00 Tue'],
    ['Friday evening: Monday', local(2026, 11, 27, 17, 0), {}, '2026-11-30 10:00 Mon'],
    ['Saturday: Monday', local(2026, 11, 28, 12, 0), {}, '2026-11-30 10:00 Mon'],
    ['weekend worker on Saturday', local(2026, 11, 28, 12, 0), { workDays: ['sat', 'sun'] }, '2026-11-28 13:00 Sat'],
    ['20-minute interval', local(2026, 11, 23, 10, 0), { intervalMinutes: 20 }, '2026-11-23 10:20 Mon'],
    [
      'second range of a split day',
      local(2026, 11, 23, 11, 30),
      { workHours: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }] },
      '2026-11-23 14:00 Mon',
    ],
    [
      'a range shorter than the interval is skipped',
      local(2026, 11, 23, 7, 0),
      { workHours: [{ start: '08:00', end: '08:45' }, { start: '09:00', end: '17:00' }] },
      '2026-11-23 10:00 Mon',
    ],
  ] as const)('%s', (_name, anchor, over, expected) => {
    expect(show(nextBreakAt(settings(over as Partial<Settings>), anchor))).toBe(expected);
  });
});

describe('nextBreakAt across DST', () => {
  describe('Europe/Berlin', () => {
    timezoneForEach('Europe/Berlin');
    it('spring forward on Sunday 2026-03-29 keeps wall-clock working hours', () => {
      const s = settings({ workDays: ['sun'], workHours: [{ start: '01:00', end: '05:00' }] });
      // 02:00–03:00 does not exist; one real hour after 01:30 is 03:30 local.
      expect(show(nextBreakAt(s, local(2026, 3, 29, 1, 30)))).toBe('2026-03-29 03:30 Sun');
    });
    it('a Monday after spring forward starts at 09:00 local', () => {
      expect(show(nextBreakAt(settings(), local(2026, 3, 28, 12, 0)))).toBe('2026-03-30 10:00 Mon');
    });
    it('fall back on Sunday 2026-10-25: one real hour after 01:30 is 02:30 the first time', () => {
      const s = settings({ workDays: ['sun'], workHours: [{ start: '01:00', end: '05:00' }] });
      const at = nextBreakAt(s, local(2026, 10, 25, 1, 30))!;
      expect(at - local(2026, 10, 25, 1, 30)).toBe(60 * MIN);
      expect(show(at)).toBe('2026-10-25 02:30 Sun');
    });
    it('the Monday after fall back still starts at 09:00 local', () => {
      expect(show(nextBreakAt(settings(), local(2026, 10, 24, 12, 0)))).toBe('2026-10-26 10:00 Mon');
    });
  });
  describe('America/New_York', () => {
    timezoneForEach('America/New_York');
    it('spring forward on 2026-03-08', () => {
      const s = settings({ workDays: ['sun'], workHours: [{ start: '00:30', end: '06:00' }] });
      expect(show(nextBreakAt(s, local(2026, 3, 8, 1, 30)))).toBe('2026-03-08 03:30 Sun');
      expect(show(nextBreakAt(settings(), local(2026, 3, 7, 12, 0)))).toBe('2026-03-09 10:00 Mon');
    });
    it('fall back on 2026-11-01', () => {
      const s = settings({ workDays: ['sun'], workHours: [{ start: '00:30', end: '06:00' }] });
      const from = local(2026, 11, 1, 0, 45);
      expect(nextBreakAt(s, from)! - from).toBe(60 * MIN);
      expect(show(nextBreakAt(settings(), local(2026, 10, 31, 12, 0)))).toBe('2026-11-02 10:00 Mon');
    });
  });
});

describe('transitions', () => {
  timezoneForEach('UTC');
  const s = settings();
  const t0 = local(2026, 11, 23, 10, 0); // Monday 10:00
  const state0: ScheduleState = initialState(t0);

  it('an alarm at the due time makes the break due and notifies', () => {
    const at = t0 + 60 * MIN;
    const r = transition(s, state0, { type: 'alarm', scheduledTime: at, fullscreen: false }, at + 500);
    expect(r.notify).toBe(true);
    expect(r.state.dueSince).toBe(at + 500);
    expect(r.records).toEqual([{ kind: 'due', at: at + 500, id: `due-${at + 500}` }]);
    // While it is due, the one alarm waits ten minutes, to show it once more (tests/unit/schedule-reshow.test.ts).
    expect(alarmAt(s, r.state, at + 500)).toBe(at + 500 + 10 * MIN);
    expect(scheduleStatus(s, r.state, at + 500)).toEqual({ kind: 'due', snoozesLeft: 2, skipsLeft: null });
  });

  it('snooze moves the alarm by the snooze length, at most maxSnoozes times', () => {
    const due = { ...state0, dueSince: t0 };
    const one = transition(s, due, { type: 'snooze' }, t0);
    expect(alarmAt(s, one.state, t0)).toBe(t0 + 10 * MIN);
    expect(one.records[0]?.kind).toBe('snoozed');
    const dueAgain = transition(s, one.state, { type: 'alarm', scheduledTime: t0 + 10 * MIN, fullscreen: false }, t0 + 10 * MIN);
    const two = transition(s, dueAgain.state, { type: 'snooze' }, t0 + 10 * MIN);
    expect(two.state.snoozes).toBe(2);
    const third = transition(s, { ...two.state, dueSince: t0 + 20 * MIN }, { type: 'snooze' }, t0 + 20 * MIN);
    expect(third.records).toEqual([]);
    expect(third.state.dueSince).toBe(t0 + 20 * MIN);
    expect(scheduleStatus(s, third.state, t0 + 20 * MIN)).toEqual({ kind: 'due', snoozesLeft: 0, skipsLeft: null });
  });

  it('snooze length follows the setting', () => {
    const r = transition(settings({ snoozeMinutes: 5 }), { ...state0, dueSince: t0 }, { type: 'snooze' }, t0);
    expect(r.state.snoozedUntil).toBe(t0 + 5 * MIN);
  });

  it('skip records it and plans one interval later', () => {
    const r = transition(s, { ...state0, dueSince: t0, snoozes: 1 }, { type: 'skip' }, t0);
    expect(r.records).toEqual([{ kind: 'skipped', at: t0, dueId: `due-${t0}` }]);
    expect(alarmAt(s, r.state, t0)).toBe(t0 + 60 * MIN);
    expect(r.state.snoozes).toBe(0);
  });

  it('a taken break plans one interval from now', () => {
    const r = transition(s, { ...state0, dueSince: t0 }, { type: 'break-taken' }, t0 + 3 * MIN);
    expect(r.state.dueSince).toBeUndefined();
    expect(alarmAt(s, r.state, t0 + 3 * MIN)).toBe(t0 + 63 * MIN);
  });

  it.each([
    ['30 minutes', 30 * MIN],
    ['2 hours', 120 * MIN],
  ])('pause for %s, then the interval starts again', (_n, length) => {
    const r = transition(s, state0, { type: 'pause', until: t0 + length }, t0);
    expect(scheduleStatus(s, r.state, t0)).toEqual({ kind: 'paused', until: t0 + length });
    expect(alarmAt(s, r.state, t0)).toBe(t0 + length + 60 * MIN);
    const alarm = transition(s, r.state, { type: 'alarm', scheduledTime: t0 + 5 * MIN, fullscreen: false }, t0 + 5 * MIN);
    expect(alarm.notify).toBe(false);
  });

  it('pause until tomorrow ends at the next working day start', () => {
    const until = tomorrowsStart(s, t0)!;
    expect(show(until)).toBe('2026-11-24 09:00 Tue');
    const r = transition(s, state0, { type: 'pause', until }, t0);
    expect(show(alarmAt(s, r.state, t0))).toBe('2026-11-24 10:00 Tue');
    const friday = local(2026, 11, 27, 15, 0);
    expect(show(tomorrowsStart(s, friday))).toBe('2026-11-30 09:00 Mon');
  });

  it('pause is refused when not allowed', () => {
    const r = transition(settings({ allowPause: false }), state0, { type: 'pause', until: t0 + 30 * MIN }, t0);
    expect(r.state).toBe(state0);
  });

  it('resume plans one interval from now', () => {
    const paused = transition(s, state0, { type: 'pause', until: t0 + 120 * MIN }, t0).state;
    const r = transition(s, paused, { type: 'resume' }, t0 + 10 * MIN);
    expect(r.state.pausedUntil).toBeUndefined();
    expect(alarmAt(s, r.state, t0 + 10 * MIN)).toBe(t0 + 70 * MIN);
  });

  it('idle long enough is a natural break; the next comes one interval after return', () => {
    const away = transition(s, state0, { type: 'idle', state: 'idle' }, t0 + 20 * MIN).state;
    expect(away.awaySince).toBe(t0 + 19 * MIN);
    expect(alarmAt(s, away, t0 + 20 * MIN)).toBeUndefined();
    const back = transition(s, away, { type: 'idle', state: 'active' }, t0 + 30 * MIN);
    expect(back.records).toEqual([{ kind: 'natural', at: t0 + 19 * MIN, seconds: 11 * 60 }]);
    expect(alarmAt(s, back.state, t0 + 30 * MIN)).toBe(t0 + 90 * MIN);
  });

  it('a short idle is not a break and keeps the plan', () => {
    const away = transition(s, state0, { type: 'idle', state: 'locked' }, t0 + 20 * MIN).state;
    const back = transition(s, away, { type: 'idle', state: 'active' }, t0 + 23 * MIN);
    expect(back.records).toEqual([]);
    expect(alarmAt(s, back.state, t0 + 23 * MIN)).toBe(t0 + 60 * MIN);
  });

  it('a break that came due while the user was briefly away fires on return', () => {
    const away = transition(s, state0, { type: 'idle', state: 'locked' }, t0 + 58 * MIN).state;
    const back = transition(s, away, { type: 'idle', state: 'active' }, t0 + 61 * MIN);
    expect(alarmAt(s, back.state, t0 + 61 * MIN)).toBe(t0 + 61 * MIN);
  });

  it('idle overnight is not recorded, and the first break is one interval after the return', () => {
    const evening = local(2026, 11, 23, 17, 20);
    const away = transition(s, state0, { type: 'idle', state: 'locked' }, evening).state;
    const morning = local(2026, 11, 24, 9, 40);
    const back = transition(s, away, { type: 'idle', state: 'active' }, morning);
    expect(back.records).toEqual([]);
    expect(show(alarmAt(s, back.state, morning))).toBe('2026-11-24 10:40 Tue');
  });

  it('after sleep, a missed break fires once when the sleep was short', () => {
    const due = t0 + 60 * MIN;
    const r = transition(s, state0, { type: 'alarm', scheduledTime: due, fullscreen: false }, due + 2 * MIN);
    expect(r.notify).toBe(true);
    expect(r.records.map((x) => x.kind)).toEqual(['due']);
  });

  it('after a long sleep, the missed break counts as a natural break', () => {
    const due = t0 + 60 * MIN;
    const r = transition(s, state0, { type: 'alarm', scheduledTime: due, fullscreen: false }, due + 3 * 60 * MIN);
    expect(r.notify).toBe(false);
    expect(r.records).toEqual([{ kind: 'natural', at: due, seconds: 180 * 60 }]);
    expect(alarmAt(s, r.state, due + 180 * MIN)).toBe(due + 240 * MIN);
  });

  it('a missed plan fires once, now, not once per missed hour', () => {
    const later = t0 + 200 * MIN;
    expect(alarmAt(s, state0, later)).toBe(later);
  });

  it('fullscreen defers the break, rechecking every minute, for at most 30 minutes', () => {
    const due = t0 + 60 * MIN;
    let state = state0;
    let now = due;
    for (let i = 0; i < 30; i++) {
      const r = transition(s, state, { type: 'alarm', scheduledTime: now, fullscreen: true }, now);
      expect(r.notify).toBe(false);
      state = r.state;
      expect(alarmAt(s, state, now)).toBe(now + MIN);
      now += MIN;
    }
    expect(now - due).toBe(30 * MIN); // the default maxWaitMinutes
    const r = transition(s, state, { type: 'alarm', scheduledTime: now, fullscreen: true }, now);
    expect(r.notify).toBe(true);
  });

  it('fullscreen ending lets the deferred break through at the second silent check', () => {
    const due = t0 + 60 * MIN;
    const deferred = transition(s, state0, { type: 'alarm', scheduledTime: due, fullscreen: true }, due).state;
    const first = transition(s, deferred, { type: 'alarm', scheduledTime: due + MIN, fullscreen: false }, due + MIN);
    expect(first.notify).toBe(false);
    const r = transition(s, first.state, { type: 'alarm', scheduledTime: due + 2 * MIN, fullscreen: false }, due + 2 * MIN);
    expect(r.notify).toBe(true);
  });

  it('an alarm outside working hours (clock or timezone changed) re-plans instead of notifying', () => {
    const night = local(2026, 11, 23, 22, 0);
    const r = transition(s, state0, { type: 'alarm', scheduledTime: night, fullscreen: false }, night);
    expect(r.notify).toBe(false);
    expect(show(alarmAt(s, r.state, night))).toBe('2026-11-24 10:00 Tue');
  });

  it('a break still due at the end of the day is dropped at the next plan', () => {
    const r = transition(s, { ...state0, dueSince: t0 }, { type: 'plan' }, local(2026, 11, 23, 20, 0));
    expect(r.state.dueSince).toBeUndefined();
  });

  it('browser start counts from now', () => {
    const start = local(2026, 11, 24, 9, 30);
    const r = transition(s, state0, { type: 'browser-start' }, start);
    expect(show(alarmAt(s, r.state, start))).toBe('2026-11-24 10:30 Tue');
  });

  it.each([
    ['inside hours', local(2026, 11, 23, 10, 0), 'next'],
    ['before hours', local(2026, 11, 23, 7, 0), 'outside'],
    ['weekend', local(2026, 11, 28, 12, 0), 'outside'],
  ])('status %s', (_n, now, kind) => {
    expect(scheduleStatus(s, initialState(now), now).kind).toBe(kind);
  });
});

describe('a working day to midnight', () => {
  timezoneForEach('Europe/Berlin');
  const allDay = settings({ workDays: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'], workHours: [{ start: '00:00', end: '24:00' }] });
  // Local times are made inside each test, once the timezone is set.
  it.each([
    ['late evening: across midnight, one interval later', [2026, 11, 26, 23, 30], '2026-11-27 00:30 Fri'],
    ['the night before spring forward', [2026, 3, 28, 23, 30], '2026-03-29 00:30 Sun'],
    ['the night before fall back', [2026, 10, 24, 23, 45], '2026-10-25 00:45 Sun'],
    ['through the missing hour of spring forward', [2026, 3, 29, 1, 30], '2026-03-29 03:30 Sun'],
  ] as const)('%s', (_name, [y, mo, d, h, mi], expected) => {
    expect(show(nextBreakAt(allDay, local(y, mo, d, h, mi)))).toBe(expected);
  });
});
