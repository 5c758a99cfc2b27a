import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { effectiveSettings, NO_POLICY, parsePolicy, withoutLocked } from '../../core/policy';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { problemMessageKey } from '../../core/settings-problems';
import { hoursOn } from '../../core/work-time';

describe('voice guidance by policy', () => {
  it('presets and locks voiceGuidance, voiceName and voiceRate like every key', () => {
    const policy = parsePolicy({ voiceGuidance: true, voiceName: 'Anna', voiceRate: 80, locked: ['voiceGuidance'] });
    expect(policy.problems).toEqual([]);
    expect(effectiveSettings(policy, { voiceGuidance: false, voiceName: 'Bob', voiceRate: 120 })).toMatchObject({
      voiceGuidance: true,
      voiceName: 'Bob',
      voiceRate: 120,
    });
    expect(effectiveSettings(parsePolicy({ locked: ['voiceName'] }), { voiceName: 'Bob' }).voiceName).toBe('');
    expect(effectiveSettings(NO_POLICY, {})).toMatchObject({ voiceGuidance: false, voiceName: '', voiceRate: 100 });
  });
});

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
    // An unknown id is ignored alone (tests/unit/policy-routines.test.ts); with none left, the list is.
    ['enabledRoutines', ['yoga'], 'unknown-routine'],
    ['enabledRoutines', [], 'bad-routines'],
    ['enabledRoutines', 'neck-rolls', 'bad-routines'],
    ['organizationName', 42, 'bad-text'],
    ['organizationName', '   ', 'bad-text'],
    ['organizationName', 'x'.repeat(101), 'bad-text'],
    ['locked', 'intervalMinutes', 'bad-locked'],
    ['locked', ['colour'], 'bad-locked'],
    ['theme', 'dark', 'unknown'],
    // Issue 11's keys.
    ['waitForCalls', 'yes', 'not-boolean'],
    ['maxWaitMinutes', 4, 'out-of-range'],
    ['maxWaitMinutes', 61, 'out-of-range'],
    ['maxWaitMinutes', 30.5, 'not-a-number'],
    ['breakAtMinute', 60, 'out-of-range'],
    ['breakAtMinute', -1, 'out-of-range'],
    ['breakAtMinute', '50', 'not-a-number'],
    // A user's null is their choice of the interval cadence; a policy sets a minute or leaves the key out.
    ['breakAtMinute', null, 'not-a-number'],
    ['dailySkipLimit', 21, 'out-of-range'],
    ['dailySkipLimit', 2.5, 'not-a-number'],
    ['dailySkipLimit', null, 'not-a-number'],
    ['breakStyle', 'popup', 'not-a-choice'],
    ['breakStyle', 1, 'not-a-choice'],
    ['locked', ['breakAtMinutes'], 'bad-locked'],
    // Issue 12's voice keys.
    ['voiceGuidance', 'on', 'not-boolean'],
    ['voiceGuidance', 1, 'not-boolean'],
    ['voiceName', 42, 'bad-text'],
    ['voiceName', 'x'.repeat(201), 'bad-text'],
    ['voiceName', 'Anna\nBob', 'bad-text'],
    ['voiceRate', 49, 'out-of-range'],
    ['voiceRate', 201, 'out-of-range'],
    ['voiceRate', 1.5, 'not-a-number'],
    ['locked', ['voice'], 'bad-locked'],
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

describe("issue 11's keys in a policy", () => {
  it('valid values are read as is', () => {
    const raw = { waitForCalls: false, maxWaitMinutes: 15, breakAtMinute: 50, dailySkipLimit: 0, breakStyle: 'tab' };
    const policy = parsePolicy(raw);
    expect(policy.problems).toEqual([]);
    expect(policy.values).toEqual(raw);
  });

  it('each invalid value is listed with its expected range or choices, in the policy\'s order, and the valid rest applies', () => {
    const policy = parsePolicy({ waitForCalls: 1, maxWaitMinutes: 90, breakAtMinute: null, dailySkipLimit: 25, breakStyle: 'fullscreen', dailyGoal: 6 });
    expect(policy.problems).toEqual([
      { name: 'waitForCalls', reason: 'not-boolean', detail: 'true, false' },
      { name: 'maxWaitMinutes', reason: 'out-of-range', detail: '5–60' },
      { name: 'breakAtMinute', reason: 'not-a-number', detail: '0–59' },
      { name: 'dailySkipLimit', reason: 'out-of-range', detail: '0–20' },
      { name: 'breakStyle', reason: 'not-a-choice', detail: 'notification, tab' },
    ]);
    expect(policy.values).toEqual({ dailyGoal: 6 });
    expect(effectiveSettings(policy, {})).toMatchObject({ waitForCalls: true, maxWaitMinutes: 30, breakAtMinute: null, dailySkipLimit: null, breakStyle: 'notification' });
    // What the Administrator note shows for each: a message in English (and so, by the locale test, in every language).
    const en = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    for (const p of policy.problems) expect(en, p.name).toHaveProperty(problemMessageKey(p));
  });

  const preset = parsePolicy({ breakAtMinute: 50, dailySkipLimit: 3 });
  const lockedInterval = parsePolicy({ intervalMinutes: 45, breakAtMinute: 50, locked: ['intervalMinutes'] });
  it.each([
    ['a policy minute is the starting value', preset, {}, { breakAtMinute: 50, dailySkipLimit: 3 }],
    ["the user's null (the interval cadence, no limit) wins over the preset", preset, { breakAtMinute: null, dailySkipLimit: null }, { breakAtMinute: null, dailySkipLimit: null }],
    ["the user's own minute wins over the preset", preset, { breakAtMinute: 55 }, { breakAtMinute: 55 }],
    ['locking the interval locks the minute too', lockedInterval, { breakAtMinute: null, intervalMinutes: 30 }, { breakAtMinute: 50, intervalMinutes: 45 }],
    ['locking the interval without a minute: the interval cadence wins over the user', parsePolicy({ locked: ['intervalMinutes'] }), { breakAtMinute: 20 }, { breakAtMinute: null, intervalMinutes: 60 }],
    ['locking the minute locks the interval too', parsePolicy({ breakAtMinute: 0, locked: ['breakAtMinute'] }), { intervalMinutes: 30, breakAtMinute: 15 }, { breakAtMinute: 0, intervalMinutes: 60 }],
  ] as const)('%s', (_name, p, user, expected) => {
    expect(effectiveSettings(p, user)).toMatchObject(expected);
  });

  it('the cadence is one lock: the form sees both locked, and neither is saved', () => {
    expect([...parsePolicy({ locked: ['breakAtMinute'] }).locked].sort()).toEqual(['breakAtMinute', 'intervalMinutes']);
    expect(withoutLocked({ breakAtMinute: 10, intervalMinutes: 30, dailySkipLimit: 2 }, lockedInterval)).toEqual({ dailySkipLimit: 2 });
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

  it.each([
    ['no :05 inside 09:10–10:00', { breakAtMinute: 5, workHours: [{ start: '09:10', end: '10:00' }] }, 'workHours', '05'],
    ['09:50 is the end of 09:00–09:50', { breakAtMinute: 50, workHours: [{ start: '09:00', end: '09:50' }] }, 'workHours', '50'],
  ])('with a minute set: %s', (_title, raw, name, detail) => {
    expect(parsePolicy(raw).problems).toEqual([{ name, reason: 'no-break-at-minute', detail }]);
  });

  it('with a minute set, an interval longer than every range is no problem: the interval is not in use', () => {
    expect(parsePolicy({ intervalMinutes: 180, breakAtMinute: 50, workHours: [{ start: '09:00', end: '10:00' }] }).problems).toEqual([]);
  });

  it('has its message in English (and so, by the locale test, in every language)', () => {
    const en = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;
    expect(en.setting_problem_no_break_fits?.message).toContain('$MINUTES$');
    expect(en.setting_problem_no_break_at_minute?.message).toContain('$MINUTE$');
    expect(en.setting_problem_newer_version?.message).toContain('$VERSION$');
  });
});

describe('workHoursByDay in a policy', () => {
  const friday = [{ start: '09:00', end: '13:00' }];
  const everyday = [{ start: '08:00', end: '16:00' }];

  it('sets the days it names; workHours sets the others', () => {
    const policy = parsePolicy({ workHours: everyday, workHoursByDay: { fri: friday, sat: [] } });
    expect(policy.problems).toEqual([]);
    const s = effectiveSettings(policy, {});
    expect(hoursOn(s, 'fri')).toEqual(friday);
    expect(hoursOn(s, 'sat')).toEqual([]);
    expect(hoursOn(s, 'mon')).toEqual(everyday);
  });

  it('each invalid day is ignored alone and listed under its own name, where the administrator wrote it', () => {
    const policy = parsePolicy({
      dailyGoal: 'six',
      workHoursByDay: { mon: [{ start: '10:00', end: '09:00' }], fri: friday, someday: friday },
      maxSnoozes: 9,
    });
    expect(policy.problems).toEqual([
      { name: 'dailyGoal', reason: 'not-a-number', detail: '1–12' },
      { name: 'workHoursByDay.mon', reason: 'bad-hours', detail: 'HH:MM' },
      { name: 'workHoursByDay.someday', reason: 'bad-hours-by-day', detail: 'sun, mon, tue, wed, thu, fri, sat' },
      { name: 'maxSnoozes', reason: 'out-of-range', detail: '0–5' },
    ]);
    expect(policy.values).toEqual({ workHoursByDay: { fri: friday } });
  });

  it('a workHoursByDay that is not an object is ignored whole', () => {
    const policy = parsePolicy({ workHoursByDay: [friday] });
    expect(policy.problems).toEqual([{ name: 'workHoursByDay', reason: 'bad-hours-by-day', detail: 'sun, mon, tue, wed, thu, fri, sat' }]);
    expect(policy.values).toEqual({});
  });

  it.each([['workHours'], ['workHoursByDay']])('locking %s locks both: the per-day hours are part of the working hours', (name) => {
    const policy = parsePolicy({ workHoursByDay: { fri: friday }, locked: [name] });
    expect([...policy.locked].sort()).toEqual(['workHours', 'workHoursByDay']);
    // The user's own hours (the form saves both together) do not apply.
    const s = effectiveSettings(policy, { workHours: everyday, workHoursByDay: {} });
    expect(s.workHours).toEqual(DEFAULT_SETTINGS.workHours);
    expect(s.workHoursByDay).toEqual({ fri: friday });
  });

  it("a person's own hours win over the preset: \"same hours every day\" saves {}", () => {
    const policy = parsePolicy({ workHoursByDay: { fri: friday } });
    expect(hoursOn(effectiveSettings(policy, { workHours: everyday, workHoursByDay: {} }), 'fri')).toEqual(everyday);
  });

  it('per-day hours that leave no time for a break are named in the no-break note', () => {
    const none = { mon: [], tue: [], wed: [], thu: [], fri: [{ start: '09:00', end: '09:30' }] };
    expect(parsePolicy({ workHoursByDay: none }).problems).toEqual([{ name: 'workHoursByDay', reason: 'no-break-fits', detail: '60' }]);
  });
});
