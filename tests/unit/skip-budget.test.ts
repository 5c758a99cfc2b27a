// The daily skip budget: skips counted per local day, refused once spent, and the skipped break offered again.
import { describe, expect, it } from 'vitest';
import { initialState, scheduleStatus, transition, type ScheduleState } from '../../core/schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { inTimezone } from '../support/tz';

const MIN = 60_000;
const settings = (over: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...over });
// Monday 2026-11-23 in UTC.
const at = (h: number, m = 0, day = 23) => Date.UTC(2026, 10, day, h, m);

/** Makes the break due by its alarm, then skips it; returns the state and whether the skip was taken. */
function dueThenSkip(s: Settings, state: ScheduleState, now: number) {
  const due = transition(s, { ...state, anchor: now - s.intervalMinutes * MIN }, { type: 'alarm', scheduledTime: now, fullscreen: false }, now).state;
  const skipped = transition(s, due, { type: 'skip' }, now + 1000);
  return { state: skipped.state, taken: skipped.records.some((r) => r.kind === 'skipped'), due };
}

describe('dailySkipLimit', () => {
  it('a limit of 2: two skips are taken, the third is refused and the break stays due', () =>
    inTimezone('UTC', () => {
      const s = settings({ dailySkipLimit: 2 });
      let state = initialState(at(9));
      const taken: boolean[] = [];
      for (const h of [10, 11, 12]) {
        const r = dueThenSkip(s, state, at(h));
        taken.push(r.taken);
        state = r.taken ? r.state : r.due;
      }
      expect(taken).toEqual([true, true, false]);
      expect(state.dueSince).toBe(at(12));
      expect(scheduleStatus(s, state, at(12, 1))).toMatchObject({ kind: 'due', skipsLeft: 0 });
    }));

  it('the budget starts again the next day', () =>
    inTimezone('UTC', () => {
      const s = settings({ dailySkipLimit: 1 });
      const monday = dueThenSkip(s, initialState(at(9)), at(10));
      expect(monday.taken).toBe(true);
      expect(dueThenSkip(s, monday.state, at(11)).taken).toBe(false);
      expect(dueThenSkip(s, monday.state, at(10, 0, 24)).taken).toBe(true); // Tuesday
    }));

  it('no limit (null): every skip is taken and skipsLeft is null', () =>
    inTimezone('UTC', () => {
      const s = settings({ dailySkipLimit: null });
      let state = initialState(at(9));
      for (const h of [10, 11, 12, 13]) {
        const r = dueThenSkip(s, state, at(h));
        expect(r.taken).toBe(true);
        state = r.state;
      }
      expect(scheduleStatus(s, state, at(13, 5))).toMatchObject({ kind: 'next', skipsLeft: null });
    }));

  it('after a skip the next status offers the skipped break, until another break resets the plan', () =>
    inTimezone('UTC', () => {
      const s = settings({ dailySkipLimit: 3 });
      const { state } = dueThenSkip(s, initialState(at(9)), at(10));
      expect(scheduleStatus(s, state, at(10, 5))).toMatchObject({ kind: 'next', skippedBreak: true, skipsLeft: 2 });
      const taken = transition(s, state, { type: 'break-taken' }, at(10, 10)).state;
      expect(scheduleStatus(s, taken, at(10, 15))).toMatchObject({ kind: 'next', skippedBreak: false, skipsLeft: 2 });
    }));
});
