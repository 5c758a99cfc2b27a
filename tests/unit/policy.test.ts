import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { effectiveSettings, NO_POLICY, parsePolicy, withoutLocked } from '../../core/policy';
import { DEFAULT_SETTINGS } from '../../core/settings';

describe('policy validation: each invalid value is ignored alone, the rest applies', () => {
  it.each([
    ['intervalMinutes', '60', 'not-a-number'],
    ['intervalMinutes', 60.5, 'not-a-number'],
    ['intervalMinutes', null, 'not-a-number'],
    ['intervalMinutes', 15, 'out-of-range'],
    ['intervalMinutes', 181, 'out-of-range'],
    ['workDays', 'mon', 'bad-days'],
    ['workDays', [], 'bad-days'],
    ['workDays', ['funday'], 'bad-days'],
    ['workDays', [1, 2], 'bad-days'],
    ['workHours', '09:00-17:00', 'bad-hours'],
    ['workHours', [], 'bad-hours'],
    ['workHours', [{ start: '9:00', end: '17:00' }], 'bad-hours'],
    ['workHours', [{ start: '17:00', end: '09:00' }], 'bad-hours'],
    ['workHours', [{ start: '09:00', end: '13:00' }, { start: '12:00', end: '17:00' }], 'bad-hours'],
    ['workHours', [{ start: '09:00' }], 'bad-hours'],
    ['dailyGoal', 0, 'out-of-range'],
    ['dailyGoal', 13, 'out-of-range'],
    ['snoozeMinutes', 7, 'not-a-choice'],
    ['maxSnoozes', -1, 'out-of-range'],
    ['maxSnoozes', 6, 'out-of-range'],
    ['naturalBreakMinutes', 1, 'out-of-range'],
    ['naturalBreakMinutes', 31, 'out-of-range'],
    ['allowPause', 'yes', 'not-boolean'],
    ['allowPause', 0, 'not-boolean'],
    ['enabledRoutines', ['yoga'], 'bad-routines'],
    ['enabledRoutines', [], 'bad-routines'],
    ['enabledRoutines', 'neck-rolls', 'bad-routines'],
    ['organizationName', 42, 'bad-text'],
    ['organizationName', '   ', 'bad-text'],
    ['organizationName', 'x'.repeat(101), 'bad-text'],
    ['locked', 'intervalMinutes', 'bad-locked'],
    ['locked', ['colour'], 'bad-locked'],
    ['theme', 'dark', 'unknown'],
  ])('%s = %j is ignored (%s)', (name, value, reason) => {
    const policy = parsePolicy({ [name]: value, dailyGoal: name === 'dailyGoal' ? value : 6, organizationName: name === 'organizationName' ? value : 'Example Corp' });
    expect(policy.problems).toEqual([expect.objectContaining({ name, reason })]);
    expect(policy.present).toBe(true);
    if (name !== 'dailyGoal') expect(policy.values.dailyGoal).toBe(6);
    if (name !== 'organizationName') expect(policy.organizationName).toBe('Example Corp');
    expect(effectiveSettings(policy, {})).toEqual({ ...DEFAULT_SETTINGS, ...policy.values });
  });

  it('an empty or missing policy is no policy', () => {
    expect(parsePolicy({})).toBe(NO_POLICY);
    expect(parsePolicy(undefined)).toBe(NO_POLICY);
    expect(parsePolicy(null)).toBe(NO_POLICY);
  });

  it('a full valid policy is read as is', () => {
    const policy = parsePolicy({
      intervalMinutes: 45,
      workDays: ['mon', 'tue', 'wed', 'thu'],
      workHours: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '16:00' }],
      dailyGoal: 5,
      snoozeMinutes: 5,
      maxSnoozes: 1,
      naturalBreakMinutes: 10,
      allowPause: false,
      enabledRoutines: ['neck-rolls', 'desk-movement'],
      organizationName: 'Example Corp',
      locked: ['intervalMinutes', 'allowPause'],
    });
    expect(policy.problems).toEqual([]);
    expect(policy.organizationName).toBe('Example Corp');
    // Locking the interval locks the cadence: breakAtMinute with it.
    expect([...policy.locked]).toEqual(['intervalMinutes', 'allowPause', 'breakAtMinute']);
    expect(policy.values.enabledRoutines).toEqual(['neck-rolls', 'desk-movement']);
  });
});

describe('merge order: defaults, then policy, then user, then locked policy', () => {
  const policy = parsePolicy({ intervalMinutes: 45, dailyGoal: 6, snoozeMinutes: 5, locked: ['intervalMinutes', 'maxSnoozes'] });
  it.each([
    ['nothing set: defaults', NO_POLICY, {}, { intervalMinutes: 60, dailyGoal: 4 }],
    ['a policy value is the starting value', policy, {}, { dailyGoal: 6, snoozeMinutes: 5 }],
    ['the user may change an unlocked policy value', policy, { dailyGoal: 3 }, { dailyGoal: 3 }],
    ['a locked policy value wins over the user', policy, { intervalMinutes: 120 }, { intervalMinutes: 45 }],
    ['locked without a policy value: the default wins over the user', policy, { maxSnoozes: 5 }, { maxSnoozes: 2 }],
    ['user values of other settings stay', policy, { naturalBreakMinutes: 8 }, { naturalBreakMinutes: 8 }],
  ] as const)('%s', (_name, p, user, expected) => {
    expect(effectiveSettings(p, user)).toMatchObject(expected);
  });

  it('the user cannot save a locked setting', () => {
    expect(withoutLocked({ intervalMinutes: 30, dailyGoal: 2 }, policy)).toEqual({ dailyGoal: 2 });
  });
});

describe('a policy whose working time never holds one interval gives no breaks: the Administrator note lists it', () => {
  it.each([
    ['a 90-minute range with a 2-hour interval', { intervalMinutes: 120, workHours: [{ start: '09:00', end: '10:30' }] }, 'workHours', '120'],
    ['a 45-minute range with the default 60-minute interval', { workHours: [{ start: '09:00', end: '09:45' }] }, 'workHours', '60'],
    ['a 3-hour interval, the default 8.5 hours, but split in short ranges', { intervalMinutes: 180, workHours: [{ start: '08:00', end: '10:00' }, { start: '10:30', end: '12:30' }, { start: '13:00', end: '15:00' }] }, 'workHours', '180'],
    ['an interval longer than every range it inherits', { intervalMinutes: 180, workDays: ['sat'], workHours: [{ start: '08:00', end: '09:00' }] }, 'workHours', '180'],
  ])('%s', (_title, raw, name, detail) => {
    const policy = parsePolicy({ ...raw, locked: ['intervalMinutes', 'workHours'] });
    expect(policy.problems).toEqual([{ name, reason: 'no-break-fits', detail }]);
    // The values still apply as the administrator set them: the note tells them why no break comes.
    expect(policy.values).toMatchObject(raw);
  });

  it.each([
    ['the default working time with a 3-hour interval', { intervalMinutes: 180 }],
    ['a range one minute longer than the interval', { intervalMinutes: 60, workHours: [{ start: '09:00', end: '10:01' }] }],
    ['ranges that touch are one working period', { intervalMinutes: 90, workHours: [{ start: '09:00', end: '10:00' }, { start: '10:00', end: '11:00' }] }],
  ])('%s is no problem', (_title, raw) => {
    expect(parsePolicy(raw).problems).toEqual([]);
  });

  it('has its message in English (and so, by the locale test, in every language)', () => {
    const en = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;
    expect(en.setting_problem_no_break_fits?.message).toContain('$MINUTES$');
    expect(en.setting_problem_newer_version?.message).toContain('$VERSION$');
  });
});
