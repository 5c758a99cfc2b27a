// The file's dates: parseOffsetDate agrees with date-fns parseISO on every text of the file's shape, real dates or not.
import { isValid, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOffsetDate } from '../../core/history-file';
import { inTimezone } from '../support/tz';
import { FUZZ, params } from './runs';

const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));

/** Texts of the file's shape with fields beyond their ranges too (month 19, day 39, hour 29, offset 19:69). */
const offsetDateText = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
    two(19),
    two(39),
    two(29),
    two(69),
    fc.option(fc.tuple(two(69), fc.option(fc.stringMatching(/^\d{1,3}$/), { nil: undefined })), { nil: undefined }),
    fc.oneof(fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), two(19), two(69)).map(([s, h, m]) => `${s}${h}:${m}`)),
  )
  .map(([y, mo, d, h, mi, sec, zone]) => `${y}-${mo}-${d}T${h}:${mi}${sec ? `:${sec[0]}${sec[1] === undefined ? '' : `.${sec[1]}`}` : ''}${zone}`);

/** The rule as date-fns reads it, with the file's own limits: hours to 23, offsets to ±14:00. */
function oracle(text: string): number | undefined {
  const m = /T(\d{2}).*(?:Z|[+-](\d{2}):(\d{2}))$/.exec(text)!;
  if (Number(m[1]) > 23 || Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) > 14 * 60) return undefined;
  const date = parseISO(text);
  return isValid(date) ? date.getTime() : undefined;
}

describe('parseOffsetDate', () => {
  it.each(['UTC', 'Europe/Berlin', 'Pacific/Kiritimati'])(
    'agrees with date-fns parseISO with the machine in %s',
    (zone) => {
      fc.assert(
        fc.property(offsetDateText, (text) => {
          const expected = inTimezone(zone, () => oracle(text));
          const got = inTimezone(zone, () => parseOffsetDate(text));
          expect(got?.time).toBe(expected);
          if (got) expect(got.year).toBe(Number(text.slice(0, 4)));
        }),
        params(),
      );
    },
    FUZZ ? 3_600_000 : 120_000,
  );
});
