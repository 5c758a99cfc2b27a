// Breaks on the clock (breakAtMinute): the next :MM of a working hour, strictly inside working time, 20 minutes after the last break.
import { describe, expect, it } from 'vitest';
import { nextBreakAt } from '../../core/schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { inTimezone } from '../support/tz';

const settings = (over: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...over });
const ALL_DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as Settings['workDays'];
const iso = (at: number | undefined) => (at === undefined ? 'none' : new Date(at).toISOString().slice(0, 16));

describe('breakAtMinute in UTC, Monday to Friday 09:00–17:30', () => {
  // 2026-11-30 is a Monday.
  it.each([
    ['before work: the first :50 of the day', 50, '2026-11-30T08:00', '2026-11-30T09:50'],
    ['back at 09:35 from a natural break: 09:50 is 15 minutes away, so 10:50', 50, '2026-11-30T09:35', '2026-11-30T10:50'],
    ['a break at 09:30: 09:50 is exactly 20 minutes away', 50, '2026-11-30T09:30', '2026-11-30T09:50'],
    [':00 is the start of work, not inside it: 10:00', 0, '2026-11-30T08:00', '2026-11-30T10:00'],
    ['17:50 is after work: Tuesday 09:50', 50, '2026-11-30T17:00', '2026-12-01T09:50'],
    [':30 at 17:30 is the very end: Tuesday 09:30', 30, '2026-11-30T16:50', '2026-12-01T09:30'],
    ['Friday evening: Monday 09:50', 50, '2026-12-04T17:00', '2026-12-07T09:50'],
  ])('%s', (_title, minute, anchor, expected) => {
    const at = inTimezone('UTC', () => nextBreakAt(settings({ breakAtMinute: minute }), Date.parse(`${anchor}:00Z`)));
    expect(iso(at)).toBe(expected);
  });

  it('null keeps the interval cadence: 60 minutes after the start of work', () => {
    const at = inTimezone('UTC', () => nextBreakAt(settings({ breakAtMinute: null }), Date.parse('2026-11-30T08:00:00Z')));
    expect(iso(at)).toBe('2026-11-30T10:00');
  });
});

describe('breakAtMinute across DST nights', () => {
  const night = settings({ breakAtMinute: 50, workDays: ALL_DAYS, workHours: [{ start: '00:00', end: '05:00' }] });

  it('Europe/Berlin spring forward (2026-03-29): 02:50 does not exist, the break is at 03:50 CEST', () => {
    // 01:40 CET is 00:40 UTC; 01:50 is only 10 minutes away, and the clock jumps from 02:00 to 03:00.
    const at = inTimezone('Europe/Berlin', () => nextBreakAt(night, Date.parse('2026-03-29T00:40:00Z')));
    expect(iso(at)).toBe('2026-03-29T01:50'); // 03:50 CEST
  });

  it('America/New_York fall back (2026-11-01): 01:50 EDT, then 01:50 EST an hour later', () => {
    const first = inTimezone('America/New_York', () => nextBreakAt(night, Date.parse('2026-11-01T04:40:00Z'))); // 00:40 EDT
    expect(iso(first)).toBe('2026-11-01T05:50'); // 01:50 EDT
    const second = inTimezone('America/New_York', () => nextBreakAt(night, first!));
    expect(iso(second)).toBe('2026-11-01T06:50'); // 01:50 EST, the repeated hour
  });
});
