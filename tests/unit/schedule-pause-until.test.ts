// Pause until a chosen time today and for the rest of today (issue 11).
import { describe, expect, it } from 'vitest';
import { pauseOptions, pauseUntilTime } from '../../core/pause';
import { DEFAULT_SETTINGS } from '../../core/settings';

const s = { ...DEFAULT_SETTINGS, allowPause: true };
const at = (h: number, m = 0) => new Date(2026, 11, 1, h, m).getTime(); // a Tuesday

describe('pause until a chosen time today', () => {
  it.each([
    ['15:30', at(10), at(15, 30)],
    ['09:59', at(10), undefined],
    ['10:00', at(10), undefined],
    ['24:00', at(10), undefined],
    ['7:5', at(1), undefined],
  ])('%s asked at a time gives the right end', (hhmm, now, expected) => {
    expect(pauseUntilTime(s, hhmm, now)).toBe(expected);
  });
  it('is not offered when pausing is not allowed', () => {
    expect(pauseUntilTime({ ...s, allowPause: false }, '15:30', at(10))).toBeUndefined();
  });
});

describe('pause for the rest of today', () => {
  const hours = [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:00' }];
  const settings = { ...s, workHours: hours, workDays: ['mon', 'tue', 'wed', 'thu', 'fri'] } as typeof s;
  it('ends at the end of the last working period today', () => {
    expect(pauseOptions(settings, at(10)).find((o) => o.key === 'action_pause_rest_of_today')?.until).toBe(at(17));
  });
  it('is not offered once today’s working time is over', () => {
    expect(pauseOptions(settings, at(18)).some((o) => o.key === 'action_pause_rest_of_today')).toBe(false);
  });
});
