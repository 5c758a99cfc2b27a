// What holds a due break back: a call (a tab playing sound) or a fullscreen window, for at most maxWaitMinutes.
import { describe, expect, it } from 'vitest';
import { initialState, scheduleStatus, transition } from '../../core/schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { timezoneForAll } from '../support/tz';

const MIN = 60_000;
timezoneForAll('UTC');
const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });

describe('maxWaitMinutes', () => {
  const t0 = new Date(2026, 10, 23, 9, 0).getTime(); // a Monday, 09:00 UTC
  it('a longest wait of 10 minutes lets the fullscreen-held break through at the third check', () => {
    const s = settings({ maxWaitMinutes: 10 });
    const due = t0 + 60 * MIN;
    let state = initialState(t0);
    const notified: number[] = [];
    for (const now of [due, due + 5 * MIN, due + 10 * MIN]) {
      const r = transition(s, state, { type: 'alarm', scheduledTime: now, fullscreen: true }, now);
      state = r.state;
      if (r.notify) notified.push(now - due);
    }
    expect(notified).toEqual([10 * MIN]);
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
    ['nothing playing: the break comes', true, { fullscreen: false, audible: false }, true],
    ['turned off, a call does not hold it', false, { fullscreen: false, audible: true }, true],
    ['turned off, fullscreen does not hold it', false, { fullscreen: true, audible: false }, true],
  ])('%s', (_title, waitForCalls, hold, notified) => {
    expect(fire(settings({ waitForCalls }), hold)).toBe(notified);
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
    expect(scheduleStatus(s, held, due + MIN)).toEqual({ kind: 'waiting', reason, until: due + 20 * MIN });
  });
});
