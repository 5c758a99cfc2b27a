// The message protocol's checks: which commands and chime requests pass, with every field in range.
import { describe, expect, it } from 'vitest';
import { isChimeMessage, isCommand } from '../../core/commands';
import { pauseOptions } from '../../core/pause';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { timezoneForEach } from '../support/tz';

const NOW = Date.UTC(2026, 10, 23, 10, 0);
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

describe('isCommand', () => {
  it.each([
    { type: 'snooze' },
    { type: 'skip' },
    { type: 'break-taken' },
    { type: 'resume' },
    { type: 'open-break-page' },
    { type: 'pause', until: NOW + 30 * MIN },
    { type: 'pause', until: NOW + 8 * DAY },
    { type: 'record-break', fields: { kind: 'movement', completed: true } },
    { type: 'record-break', fields: { kind: 'routine', routineId: 'neck-rolls', seconds: 150, completed: true } },
  ])('accepts %j', (command) => {
    expect(isCommand(command, NOW)).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'snooze'],
    ['an array', ['snooze']],
    ['an unknown type', { type: 'delete-history' }],
    ['the chime request (for the offscreen page, not the worker)', { type: 'play-chime', volume: 60 }],
    ['a field the command does not have', { type: 'skip', until: NOW }],
    ['a pause without an end', { type: 'pause' }],
    ['a pause until Number.MAX_VALUE', { type: 'pause', until: Number.MAX_VALUE }],
    ['a pause until Infinity', { type: 'pause', until: Infinity }],
    ['a pause until NaN', { type: 'pause', until: Number.NaN }],
    ['a pause that ended already', { type: 'pause', until: NOW - MIN }],
    ['a pause that ends now', { type: 'pause', until: NOW }],
    ['a pause longer than any the popup offers', { type: 'pause', until: NOW + 8 * DAY + 1 }],
    ['a pause until a date string', { type: 'pause', until: '2026-11-24T09:00' }],
    ['a break with no fields', { type: 'record-break' }],
    ['a break the worker records itself', { type: 'record-break', fields: { kind: 'natural', seconds: 60 } }],
    ['a break with its own id', { type: 'record-break', fields: { kind: 'movement', id: 'x' } }],
  ])('refuses %s', (_name, command) => {
    expect(isCommand(command, NOW)).toBe(false);
  });

  describe('every pause the popup offers passes', () => {
    timezoneForEach('Pacific/Kiritimati');
    it.each([
      ['a weekday morning', [2026, 10, 23, 10, 0], DEFAULT_SETTINGS.workDays],
      // One working day a week, just after it began: "until tomorrow" is almost 8 days ahead.
      ['Monday just after midnight, working only on Mondays from 23:00', [2026, 10, 23, 0, 1], ['mon'] as const],
    ] as const)('%s', (_name, [y, mo, d, h, mi], workDays) => {
      // Local times are made here, once the zone is set.
      const now = new Date(y, mo, d, h, mi).getTime();
      const s = { ...DEFAULT_SETTINGS, workDays: [...workDays], workHours: [{ start: '23:00', end: '24:00' }] };
      const options = pauseOptions(s, now);
      expect(options.map((o) => o.key)).toContain('action_pause_tomorrow');
      if (workDays.length === 1) expect(Math.max(...options.map((o) => o.until)) - now).toBe(7 * DAY + 22 * 60 * MIN + 59 * MIN);
      for (const { until } of options) expect(isCommand({ type: 'pause', until }, now)).toBe(true);
    });
  });
});

describe('isChimeMessage', () => {
  it.each([0, 60, 100])('accepts volume %d', (volume) => {
    expect(isChimeMessage({ type: 'play-chime', volume })).toBe(true);
  });
  it.each([
    ['a volume above 100', { type: 'play-chime', volume: 101 }],
    ['a fractional volume', { type: 'play-chime', volume: 0.5 }],
    ['no volume', { type: 'play-chime' }],
    ['a page command', { type: 'snooze' }],
  ])('refuses %s', (_name, message) => {
    expect(isChimeMessage(message)).toBe(false);
  });
});
