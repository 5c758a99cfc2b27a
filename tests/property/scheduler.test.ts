// Random sequences of every scheduler event, checked after each step against the invariants the trust issue names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakRecord } from '../../core/breaks';
import { isCommand } from '../../core/commands';
import { serializeHistory, toHistoryFile } from '../../core/history-export';
import { parseHistoryFile } from '../../core/history-import';
import { pauseOptions } from '../../core/pause';
import { alarmAt, initialState, scheduleStatus, transition, type SchedulerEvent, type ScheduleState } from '../../core/schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { statusText } from '../../core/status-text';
import { FUZZ, params } from './runs';
import { DAY, isWorkingLocal, MIN, sameLocalDay, settings, start, step, withZone, workingMsBetween, ZONES, type Step } from './scheduler-model';

/** Checks one transition's result at `now` against every invariant; `before` is the state it started from. */
/** How often the break due now was shown: once when it came due, once more at most. */
interface Shown {
  times: number;
  /** The due records so far: every answer names one of them. */
  dueIds: Set<string>;
}

function check(s: Settings, before: ScheduleState, event: SchedulerEvent, now: number, id: () => string, shown: Shown) {
  const { state, records, notify, reshow } = transition(s, before, event, now);
  for (const r of records) {
    if (r.kind === 'due') {
      // Its id is its moment: the same only if the clock, set back, passes the same millisecond again.
      expect(r.id).toBe(`due-${r.at}`);
      shown.dueIds.add(r.id!);
    }
    if (r.dueId !== undefined) expect(shown.dueIds.has(r.dueId)).toBe(true);
    if (r.kind === 'dropped' || r.kind === 'snoozed') expect(r.dueId).toBeDefined();
  }
  // (A clock set back past the break's own time starts the plan again, the break with it: nothing to link.)
  if (reshow === undefined && notify === false && records.length === 0 && before.dueSince !== undefined && state.dueSince === undefined && before.dueSince <= now + MIN) {
    // A due break that ended with no record of its own ended by a taken break (which names it), a pause, a resume or a new start.
    expect(['break-taken', 'moved', 'pause', 'resume', 'browser-start']).toContain(event.type);
  }
  // A break is shown when it comes due, and once more when it was left unanswered for ten minutes: never a third time.
  if (notify) shown.times = 1;
  if (reshow) {
    shown.times += 1;
    expect(shown.times).toBe(2);
    expect(notify).toBe(false);
    expect(records).toEqual([]);
    expect(state.dueSince).toBe(before.dueSince);
    expect(now).toBeGreaterThanOrEqual(before.dueSince! + 10 * MIN - 1000);
  }
  // Nothing lies further ahead than a legal setting reaches (a longest pause is under 8 days).
  expect(state.anchor).toBeLessThanOrEqual(now + 8 * DAY);
  if (state.pausedUntil !== undefined) expect(state.pausedUntil).toBeLessThanOrEqual(now + 8 * DAY);
  if (state.snoozedUntil !== undefined) expect(state.snoozedUntil).toBeLessThanOrEqual(now + 15 * MIN);
  for (const since of [state.dueSince, state.awaySince, state.deferredSince, state.movedAt]) {
    if (since !== undefined) expect(since).toBeLessThanOrEqual(now + MIN);
  }
  // Never due outside working time.
  if (state.dueSince !== undefined || notify) expect(isWorkingLocal(s, now)).toBe(true);
  if (notify) expect(state.dueSince).toBe(now);
  // Snoozes within the limit, each as long as the setting.
  if (records.some((r) => r.kind === 'snoozed')) {
    expect(before.snoozes).toBeLessThan(s.maxSnoozes);
    expect(state.snoozedUntil).toBe(now + s.snoozeMinutes * MIN);
  }
  expect(state.snoozes).toBeLessThanOrEqual(Math.max(before.snoozes, s.maxSnoozes));
  // The plan names its alarm: never in the past, one while a break waits (to drop it at the day's end).
  const alarm = alarmAt(s, state, now);
  if (alarm !== undefined) expect(Number.isFinite(alarm) && alarm >= now).toBe(true);
  if (state.dueSince !== undefined) {
    // Ten minutes after it came due, to show it once more (at once if that time has passed); then at the day's end.
    expect(alarm).toBeGreaterThanOrEqual(now);
    if (state.reshown) expect(alarm).toBeGreaterThan(now);
    else expect(alarm).toBeLessThanOrEqual(Math.max(now, state.dueSince + 10 * MIN));
  }
  // While a break waits for a call, it is checked again within a minute; the silent count is 0 or 1.
  if (state.deferredSince !== undefined && state.dueSince === undefined && state.awaySince === undefined) {
    expect(alarm).toBeDefined();
    expect(alarm!).toBeLessThanOrEqual(now + MIN);
    expect([0, 1]).toContain(state.silentChecks ?? 0);
  }
  if (state.deferredSince === undefined) expect(state.silentChecks).toBeUndefined();
  const status = scheduleStatus(s, state, now);
  // No alarm only while the user is away, or when no working time ahead holds an interval (paused or not).
  if (alarm === undefined) {
    expect(state.awaySince !== undefined || scheduleStatus(s, { ...state, pausedUntil: undefined }, now).kind === 'off').toBe(true);
  }
  expect(() => statusText(status, now, (k) => k, 'en')).not.toThrow();
  // No record longer than the time it covers, none across days.
  for (const r of records) {
    expect(Number.isFinite(r.at)).toBe(true);
    if (r.kind !== 'natural') continue;
    expect(Number.isInteger(r.seconds) && r.seconds! >= 0 && r.seconds! <= 86_400).toBe(true);
    expect(r.seconds! * 1000).toBeLessThanOrEqual(now - r.at + 1000);
    expect(sameLocalDay(r.at, now)).toBe(true);
    expect(r.seconds! * 1000).toBeLessThanOrEqual(workingMsBetween(s, r.at, now) + 2 * MIN);
  }
  // Every record survives export → import unchanged (stored to the whole second, as recordBreak does).
  const stored = records.map((r) => breakRecord(id(), Math.floor(r.at / 1000) * 1000, r.seconds === undefined ? { kind: r.kind } : { kind: r.kind, seconds: r.seconds }));
  const parsed = parseHistoryFile(serializeHistory(toHistoryFile(stored, [], now)), now);
  // The file lists them oldest first (a break dropped at the day's end may be recorded before a natural break that began earlier).
  const oldestFirst = stored.toSorted((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  expect(parsed).toEqual({ ok: true, breaks: oldestFirst, daysOff: [], dayOffRanges: [] });
  return state;
}

/** Plays a sequence the way the worker would, checking every step; the alarm is always the one the plan names. */
function play(s0: Settings, zone: string, t0: number, steps: Step[]) {
  withZone(zone, (setZone) => {
    let s = s0;
    let now = t0;
    let n = 0;
    const id = () => `p${n++}`;
    const shown: Shown = { times: 0, dueIds: new Set() };
    let state = check(s, initialState(now), { type: 'plan' }, now, id, shown);
    const at = (t: number, event: SchedulerEvent) => {
      state = check(s, state, event, t, id, shown);
      now = t;
    };
    for (const st of steps) {
      const alarm = alarmAt(s, state, now);
      switch (st.kind) {
        case 'alarm-on-time':
          if (alarm !== undefined) at(Math.max(now, alarm), { type: 'alarm', scheduledTime: alarm, fullscreen: st.fullscreen, audible: st.audible });
          break;
        case 'alarm-late':
          if (alarm !== undefined) at(Math.max(now, alarm) + st.late, { type: 'alarm', scheduledTime: alarm, fullscreen: st.fullscreen, audible: st.audible });
          break;
        case 'alarm-stale':
          at(now + st.dt, { type: 'alarm', scheduledTime: now + st.dt - st.ago, fullscreen: false });
          break;
        case 'alarm-early':
          at(now + st.dt, { type: 'alarm', scheduledTime: now + st.dt + st.ahead, fullscreen: false });
          break;
        case 'idle':
          at(now + st.dt, { type: 'idle', state: st.state });
          break;
        case 'user':
          at(now + st.dt, { type: st.action });
          break;
        case 'moved':
          at(now + st.dt, { type: 'moved', completed: st.completed });
          break;
        case 'pause': {
          const t = now + st.dt;
          const offered = pauseOptions(s, t)[st.option];
          const command = { type: 'pause', until: offered?.until ?? st.raw };
          // Every pause the popup offers passes the worker's check; anything else the worker refuses.
          if (offered) expect(isCommand(command, t)).toBe(true);
          if (isCommand(command, t)) at(t, command as SchedulerEvent);
          break;
        }
        case 'settings':
          s = st.settings;
          at(now + st.dt, { type: 'plan' });
          break;
        case 'clock':
          now += st.jump;
          break;
        case 'zone':
          setZone(st.zone);
          break;
      }
    }
  });
}

describe('the scheduler over random event sequences', () => {
  it(
    'keeps every invariant: alarms the plan names, due only in working time, snoozes in limit, records that fit and import again',
    () => {
      fc.assert(
        fc.property(settings, fc.constantFrom(...ZONES), start, fc.array(step, { maxLength: 30 }), (s, zone, t0, steps) => play(s, zone, t0, steps)),
        params(),
      );
    },
    FUZZ ? 3_600_000 : 120_000,
  );

  it(
    'the same for a split working day reaching midnight, with a short interval, where breaks come due often',
    () => {
      // More alarms on time than in the mix above, so breaks come due, get snoozed and skipped.
      const onTime = fc.tuple(fc.boolean(), fc.boolean()).map(([fullscreen, audible]): Step => ({ kind: 'alarm-on-time', fullscreen, audible }));
      fc.assert(
        fc.property(
          fc.constantFrom('Europe/Berlin', 'America/New_York'),
          start,
          fc.array(fc.oneof(step, onTime), { maxLength: 40 }),
          (zone, t0, steps) => play(settingsOfTheWeek, zone, t0, steps),
        ),
        params(),
      );
    },
    FUZZ ? 3_600_000 : 120_000,
  );
});

const settingsOfTheWeek: Settings = {
  ...DEFAULT_SETTINGS,
  intervalMinutes: 20,
  workDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  workHours: [{ start: '00:00', end: '03:30' }, { start: '08:00', end: '12:00' }, { start: '13:00', end: '24:00' }],
  snoozeMinutes: 5,
  maxSnoozes: 2,
  naturalBreakMinutes: 5,
  dailyGoal: 4,
  allowPause: true,
  enabledRoutines: ['neck-rolls'],
  sound: false,
  volume: 60,
};
