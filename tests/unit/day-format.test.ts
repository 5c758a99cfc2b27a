// The local day key and the offset time of an instant, in timezones with whole, half and negative offsets and across DST.
import { describe, expect, it } from 'vitest';
import { localDayKey, toOffsetIso } from '../../core/day';
import { inTimezone } from '../support/tz';

describe('toOffsetIso and localDayKey: the local wall time with the offset in force', () => {
  it.each([
    // [timezone, the instant in UTC, the local time with its offset]
    ['Europe/Berlin', '2026-03-29T00:59:59Z', '2026-03-29T01:59:59+01:00'], // the last second before spring forward
    ['Europe/Berlin', '2026-03-29T01:00:00Z', '2026-03-29T03:00:00+02:00'], // the first one after it
    ['Europe/Berlin', '2026-10-25T00:30:00Z', '2026-10-25T02:30:00+02:00'], // 02:30, the first time
    ['Europe/Berlin', '2026-10-25T01:30:00Z', '2026-10-25T02:30:00+01:00'], // 02:30, the second time
    ['Europe/Berlin', '2026-12-31T23:15:00Z', '2027-01-01T00:15:00+01:00'], // a new year locally, not yet in UTC
    ['America/New_York', '2026-03-08T07:30:00Z', '2026-03-08T03:30:00-04:00'],
    ['America/New_York', '2026-11-01T05:30:00Z', '2026-11-01T01:30:00-04:00'],
    ['America/New_York', '2026-11-01T06:30:00Z', '2026-11-01T01:30:00-05:00'],
    ['America/New_York', '2026-06-02T03:30:00Z', '2026-06-01T23:30:00-04:00'], // still yesterday locally
    ['Asia/Kolkata', '2026-06-01T18:45:07Z', '2026-06-02T00:15:07+05:30'], // a half-hour offset
    ['America/St_Johns', '2026-01-15T12:00:00Z', '2026-01-15T08:30:00-03:30'], // a negative half-hour offset
    ['Asia/Kathmandu', '2026-01-15T12:00:00Z', '2026-01-15T17:45:00+05:45'],
    ['UTC', '2026-06-01T08:00:00Z', '2026-06-01T08:00:00Z'], // no offset is written "Z", as date-fns formatISO did
    ['Europe/London', '2026-01-15T12:00:00Z', '2026-01-15T12:00:00Z'],
    ['Europe/London', '2026-07-15T12:00:00Z', '2026-07-15T13:00:00+01:00'],
  ])('in %s, %s is %s', (tz, utc, expected) => {
    inTimezone(tz, () => {
      const at = Date.parse(utc);
      expect(toOffsetIso(at)).toBe(expected);
      expect(localDayKey(at)).toBe(expected.slice(0, 10));
      // The text names the same instant again.
      expect(Date.parse(toOffsetIso(at))).toBe(at);
    });
  });

  it('keeps whole seconds: the milliseconds of an instant are not written', () => {
    inTimezone('UTC', () => expect(toOffsetIso(Date.parse('2026-06-01T08:00:00.999Z'))).toBe('2026-06-01T08:00:00Z'));
  });
});
