// Every due break has one record, and whatever ends it names that record: snoozed, skipped, taken, natural, dropped.
import { describe, expect, it } from 'vitest';
import { transition, type SchedulerEvent, type ScheduleState } from '../../core/schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { timezoneForAll } from '../support/tz';

const MIN = 60_000;
timezoneForAll('UTC');

const s: Settings = { ...DEFAULT_SETTINGS }; // Monday to Friday, 09:00–17:30, every 60 min, snooze 10 min
const MONDAY = (h: number, mi = 0) => Date.UTC(2026, 10, 23, h, mi);
const alarm = (at: number): SchedulerEvent => ({ type: 'alarm', scheduledTime: at, fullscreen: false, audible: false });
const fresh: ScheduleState = { anchor: MONDAY(10), snoozes: 0 };
/** Written out: the id a break due at 11:00 UTC has (its epoch ms). */
const DUE_11 = 'due-1795431600000';

describe('records that link to the due break they answer', () => {
  const due = transition(s, fresh, alarm(MONDAY(11)), MONDAY(11));

  it('a break comes due: one record with its own id', () => {
    expect(due.records).toEqual([{ kind: 'due', at: MONDAY(11), id: DUE_11 }]);
  });

  it.each([
    ['skipped', { type: 'skip' }, [{ kind: 'skipped', at: MONDAY(11, 3), dueId: DUE_11 }], undefined],
    ['snoozed', { type: 'snooze' }, [{ kind: 'snoozed', at: MONDAY(11, 3), dueId: DUE_11 }], undefined],
    ['taken (a routine completed)', { type: 'break-taken' }, [], DUE_11],
    ['taken ("I moved")', { type: 'moved', completed: true }, [], DUE_11],
    ['not taken ("I moved" left unfinished)', { type: 'moved', completed: false }, [], undefined],
  ] as const)('%s', (_what, event, records, answered) => {
    const r = transition(s, due.state, event, MONDAY(11, 3));
    expect(r.records).toEqual(records);
    expect(r.answered).toBe(answered);
  });

  it('the break after a snooze is a new due record that names the snoozed one; its answer names the new one', () => {
    const snoozed = transition(s, due.state, { type: 'snooze' }, MONDAY(11, 2)).state;
    const again = transition(s, snoozed, alarm(MONDAY(11, 12)), MONDAY(11, 12));
    // 11:12 UTC on Monday 2026-11-23 in epoch ms.
    expect(again.records).toEqual([{ kind: 'due', at: MONDAY(11, 12), id: 'due-1795432320000', dueId: DUE_11 }]);
    expect(transition(s, again.state, { type: 'break-taken' }, MONDAY(11, 14)).answered).toBe('due-1795432320000');
    // A chain is over once the break is answered: the next break is not linked to the snoozed one.
    const taken = transition(s, again.state, { type: 'skip' }, MONDAY(11, 14)).state;
    const next = transition(s, taken, alarm(MONDAY(12, 14)), MONDAY(12, 14));
    expect(next.records).toEqual([{ kind: 'due', at: MONDAY(12, 14), id: 'due-1795436040000' }]);
  });

  it('away from the computer for a while during a due break: a natural break that answers it', () => {
    const away = transition(s, due.state, { type: 'idle', state: 'locked' }, MONDAY(11, 5)).state;
    const back = transition(s, away, { type: 'idle', state: 'active' }, MONDAY(11, 20));
    expect(back.records).toEqual([{ kind: 'natural', at: MONDAY(11, 5), seconds: 15 * 60, dueId: DUE_11 }]);
  });

  it('still unanswered at the end of the working day: dropped then, even when noticed the next morning', () => {
    const late = transition(s, { anchor: MONDAY(16), snoozes: 0 }, alarm(MONDAY(17)), MONDAY(17)).state;
    const nextMorning = Date.UTC(2026, 10, 24, 8, 30);
    const r = transition(s, late, { type: 'plan' }, nextMorning);
    expect(r.records).toEqual([{ kind: 'dropped', at: MONDAY(17, 30), dueId: 'due-1795453200000' }]);
    expect(r.state.dueSince).toBeUndefined();
    // Once only: the next event records nothing more.
    expect(transition(s, r.state, { type: 'plan' }, nextMorning + MIN).records).toEqual([]);
  });
});

describe('the clock set back while a break waits', () => {
  // Found by the scheduler property test (seed 339542696): due at 11:00, away from 11:00:00.001 (idle reported a
  // minute later), then the clock set back to 10:59. "Away" now lies in the future, so the plan starts again.
  const due = transition(s, fresh, alarm(MONDAY(11)), MONDAY(11)).state;
  const away = transition(s, due, { type: 'idle', state: 'idle' }, MONDAY(11, 1) + 1).state;

  it('the break, due at a moment still in the past, ends unanswered: its due record keeps an ending', () => {
    const r = transition(s, away, { type: 'plan' }, MONDAY(10, 59));
    expect(r.records).toEqual([{ kind: 'dropped', at: MONDAY(10, 59), dueId: DUE_11 }]);
    expect(r.state.dueSince).toBeUndefined();
    expect(transition(s, r.state, { type: 'plan' }, MONDAY(10, 59) + 1000).records).toEqual([]);
  });

  it('set back past the break itself: that break came from the wrong clock, nothing is recorded', () => {
    const r = transition(s, away, { type: 'plan' }, MONDAY(10, 58) - 1);
    expect(r.records).toEqual([]);
    expect(r.state.dueSince).toBeUndefined();
  });
});
