// Policy `ranges`: every kind of invalid bound is ignored alone and listed; staff's and preset values are used clipped;
// a locked value wins over the bounds.
import { describe, expect, it } from 'vitest';
import { effectiveSettings, parsePolicy } from '../../core/policy';
import { boundsProblem, withinRanges } from '../../core/policy-ranges';
import { DEFAULT_SETTINGS, type SettingProblem } from '../../core/settings';
import { problemMessageKey } from '../../core/settings-problems';
import en from '../../public/_locales/en/messages.json';

/** The numeric settings, written out here rather than read from the code. */
const NUMERIC = 'intervalMinutes, maxSnoozes, naturalBreakMinutes, dailyGoal, volume, maxWaitMinutes, breakAtMinute, dailySkipLimit, voiceRate, snoozeMinutes';
/** A valid bound that sits beside every bad one: it must still apply. */
const GOAL = { dailyGoal: { min: 2 } };

describe('ranges: each invalid bound is ignored alone, the rest applies', () => {
  it.each([
    // The key itself is not an object from setting to bounds.
    ['a list', [{ intervalMinutes: { min: 45 } }], [{ name: 'ranges', reason: 'bad-ranges', detail: NUMERIC }]],
    ['a number', 45, [{ name: 'ranges', reason: 'bad-ranges', detail: NUMERIC }]],
    ['text', 'intervalMinutes 45-90', [{ name: 'ranges', reason: 'bad-ranges', detail: NUMERIC }]],
    ['null', null, [{ name: 'ranges', reason: 'bad-ranges', detail: NUMERIC }]],
  ])('ranges as %s is listed and no bound applies', (_, ranges, problems) => {
    const policy = parsePolicy({ ranges, dailyGoal: 6 });
    expect(policy.problems).toEqual(problems);
    expect(policy.ranges).toEqual({});
    expect(policy.values).toEqual({ dailyGoal: 6 });
  });

  it.each([
    // A setting that is not numeric, or not a setting at all.
    ['workDays', { min: 1 }, [{ name: 'ranges.workDays', reason: 'range-not-numeric', detail: NUMERIC }]],
    ['allowPause', { max: 1 }, [{ name: 'ranges.allowPause', reason: 'range-not-numeric', detail: NUMERIC }]],
    ['breakStyle', { min: 0 }, [{ name: 'ranges.breakStyle', reason: 'range-not-numeric', detail: NUMERIC }]],
    ['intervalMinute', { min: 45 }, [{ name: 'ranges.intervalMinute', reason: 'range-not-numeric', detail: NUMERIC }]],
    // Bounds that are not an object of min and max.
    ['intervalMinutes', 45, [{ name: 'ranges.intervalMinutes', reason: 'bad-bounds', detail: '20–180' }]],
    ['intervalMinutes', [45, 90], [{ name: 'ranges.intervalMinutes', reason: 'bad-bounds', detail: '20–180' }]],
    ['intervalMinutes', null, [{ name: 'ranges.intervalMinutes', reason: 'bad-bounds', detail: '20–180' }]],
    ['intervalMinutes', {}, [{ name: 'ranges.intervalMinutes', reason: 'bad-bounds', detail: '20–180' }]],
    ['intervalMinutes', { low: 45 }, [{ name: 'ranges.intervalMinutes', reason: 'bad-bounds', detail: '20–180' }]],
    // A bound that is not a whole number.
    ['intervalMinutes', { min: '45' }, [{ name: 'ranges.intervalMinutes.min', reason: 'not-a-number', detail: '20–180' }]],
    ['intervalMinutes', { max: 90.5 }, [{ name: 'ranges.intervalMinutes.max', reason: 'not-a-number', detail: '20–180' }]],
    ['intervalMinutes', { min: null }, [{ name: 'ranges.intervalMinutes.min', reason: 'not-a-number', detail: '20–180' }]],
    ['intervalMinutes', { max: true }, [{ name: 'ranges.intervalMinutes.max', reason: 'not-a-number', detail: '20–180' }]],
    // A bound outside the setting's own range.
    ['intervalMinutes', { min: 15 }, [{ name: 'ranges.intervalMinutes.min', reason: 'out-of-range', detail: '20–180' }]],
    ['intervalMinutes', { max: 181 }, [{ name: 'ranges.intervalMinutes.max', reason: 'out-of-range', detail: '20–180' }]],
    ['volume', { max: 101 }, [{ name: 'ranges.volume.max', reason: 'out-of-range', detail: '0–100' }]],
    ['breakAtMinute', { min: -1 }, [{ name: 'ranges.breakAtMinute.min', reason: 'out-of-range', detail: '0–59' }]],
    ['snoozeMinutes', { max: 20 }, [{ name: 'ranges.snoozeMinutes.max', reason: 'out-of-range', detail: '5–15' }]],
    // min above max: neither applies.
    ['intervalMinutes', { min: 90, max: 45 }, [{ name: 'ranges.intervalMinutes', reason: 'range-min-above-max', detail: '90 > 45' }]],
    // Bounds on the snooze length that leave none of its choices.
    ['snoozeMinutes', { min: 11, max: 14 }, [{ name: 'ranges.snoozeMinutes', reason: 'range-no-choice', detail: '5, 10, 15' }]],
  ])('ranges.%s = %j is ignored and listed', (name, bounds, problems) => {
    const policy = parsePolicy({ ranges: { [name]: bounds, ...GOAL }, organizationName: 'Example Corp' });
    expect(policy.problems).toEqual(problems);
    expect(policy.ranges).toEqual(GOAL);
    expect(policy.organizationName).toBe('Example Corp');
    // Every reason has its message for the Administrator note.
    for (const p of problems) expect(en).toHaveProperty(problemMessageKey(p as SettingProblem));
  });

  it.each([
    // One bad bound of two: the other still applies.
    [{ min: 10, max: 90 }, { max: 90 }, [{ name: 'ranges.intervalMinutes.min', reason: 'out-of-range', detail: '20–180' }]],
    [{ min: 45, max: '90' }, { min: 45 }, [{ name: 'ranges.intervalMinutes.max', reason: 'not-a-number', detail: '20–180' }]],
    // A key beside min and max is listed; min and max apply.
    [{ min: 45, max: 90, step: 5 }, { min: 45, max: 90 }, [{ name: 'ranges.intervalMinutes.step', reason: 'bad-bounds', detail: '20–180' }]],
  ])('intervalMinutes bounds %j keep %j', (bounds, kept, problems) => {
    const policy = parsePolicy({ ranges: { intervalMinutes: bounds } });
    expect(policy.problems).toEqual(problems);
    expect(policy.ranges).toEqual({ intervalMinutes: kept });
  });

  it('reads valid bounds as they are: both, a min only, a max only, the edges of the own range', () => {
    const ranges = {
      intervalMinutes: { min: 45, max: 90 },
      dailyGoal: { min: 2 },
      maxWaitMinutes: { max: 20 },
      volume: { min: 0, max: 100 },
      naturalBreakMinutes: { min: 7, max: 7 },
      snoozeMinutes: { min: 10 },
    };
    const policy = parsePolicy({ ranges });
    expect(policy.problems).toEqual([]);
    expect(policy.ranges).toEqual(ranges);
  });
});

describe('ranges: values are used clipped to the bounds, after the user, before the lock', () => {
  const ranged = parsePolicy({ ranges: { intervalMinutes: { min: 45, max: 90 }, dailyGoal: { min: 2 }, maxWaitMinutes: { max: 20 } } });

  it.each([
    ['intervalMinutes', 30, 45],
    ['intervalMinutes', 120, 90],
    ['intervalMinutes', 45, 45],
    ['intervalMinutes', 90, 90],
    ['intervalMinutes', 60, 60],
    ['dailyGoal', 1, 2],
    ['dailyGoal', 12, 12],
    ['maxWaitMinutes', 60, 20],
    ['maxWaitMinutes', 5, 5],
  ])('a stored %s of %d is used as %d', (name, stored, used) => {
    expect(effectiveSettings(ranged, { [name]: stored })[name as 'dailyGoal']).toBe(used);
  });

  it('clips a default outside the bounds', () => {
    // The default maxWaitMinutes is 30, the default dailyGoal 4.
    expect(effectiveSettings(ranged, {})).toEqual({ ...DEFAULT_SETTINGS, maxWaitMinutes: 20 });
  });

  it('clips a preset value outside the bounds, and lets the user choose within them', () => {
    const policy = parsePolicy({ intervalMinutes: 30, dailyGoal: 1, ranges: { intervalMinutes: { min: 45, max: 90 }, dailyGoal: { min: 2 } } });
    expect(policy.problems).toEqual([]);
    expect(effectiveSettings(policy, {})).toMatchObject({ intervalMinutes: 45, dailyGoal: 2 });
    expect(effectiveSettings(policy, { intervalMinutes: 75 })).toMatchObject({ intervalMinutes: 75 });
  });

  it('a locked value wins over the bounds', () => {
    const policy = parsePolicy({ intervalMinutes: 30, locked: ['intervalMinutes', 'dailyGoal'], ranges: { intervalMinutes: { min: 45, max: 90 }, dailyGoal: { min: 6 } } });
    // Locked intervalMinutes at its preset 30; locked dailyGoal at its default 4; what the user stored does not count.
    expect(effectiveSettings(policy, { intervalMinutes: 60, dailyGoal: 8 })).toMatchObject({ intervalMinutes: 30, dailyGoal: 4 });
  });

  it.each([
    // No skip limit is above any maximum; a minimum leaves it.
    [{ dailySkipLimit: { max: 5 } }, { dailySkipLimit: null }, { dailySkipLimit: 5 }],
    [{ dailySkipLimit: { min: 2 } }, { dailySkipLimit: null }, { dailySkipLimit: null }],
    [{ dailySkipLimit: { min: 2 } }, { dailySkipLimit: 0 }, { dailySkipLimit: 2 }],
    // The interval cadence has no minute to bound; a minute is clipped.
    [{ breakAtMinute: { min: 45, max: 55 } }, { breakAtMinute: null }, { breakAtMinute: null }],
    [{ breakAtMinute: { min: 45, max: 55 } }, { breakAtMinute: 10 }, { breakAtMinute: 45 }],
    // The snooze length goes to the nearest choice within the bounds (of two as near, the shorter).
    [{ snoozeMinutes: { min: 7 } }, { snoozeMinutes: 5 }, { snoozeMinutes: 10 }],
    [{ snoozeMinutes: { max: 12 } }, { snoozeMinutes: 15 }, { snoozeMinutes: 10 }],
    [{ snoozeMinutes: { min: 12 } }, { snoozeMinutes: 5 }, { snoozeMinutes: 15 }],
    [{ snoozeMinutes: { min: 5, max: 15 } }, { snoozeMinutes: 15 }, { snoozeMinutes: 15 }],
  ])('under %j, stored %j is used as %j', (ranges, stored, used) => {
    const policy = parsePolicy({ ranges });
    expect(policy.problems).toEqual([]);
    expect(effectiveSettings(policy, stored)).toMatchObject(used);
  });

  it('a save keeps only the changes within the bounds, and says what the organization allows of the others', () => {
    const { ranges } = parsePolicy({ ranges: { intervalMinutes: { min: 45, max: 90 }, dailyGoal: { min: 2 }, maxWaitMinutes: { max: 20 }, dailySkipLimit: { max: 5 } } });
    expect(withinRanges({ intervalMinutes: 30, dailyGoal: 1, maxWaitMinutes: 25, dailySkipLimit: null, sound: true }, ranges)).toEqual({
      values: { sound: true },
      problems: [
        { name: 'intervalMinutes', reason: 'policy-range', detail: '45–90' },
        { name: 'dailyGoal', reason: 'policy-min', detail: '2' },
        { name: 'maxWaitMinutes', reason: 'policy-max', detail: '20' },
        { name: 'dailySkipLimit', reason: 'policy-max', detail: '5' },
      ],
    });
    expect(withinRanges({ intervalMinutes: 90, dailyGoal: 12, maxWaitMinutes: 20, dailySkipLimit: 5 }, ranges).problems).toEqual([]);
  });

  it('a policy whose bounds leave no break is said so in the Administrator note', () => {
    // Two working hours hold the default 60-minute interval, but not the bounds' minimum of 150.
    const policy = parsePolicy({ workHours: [{ start: '09:00', end: '11:00' }], ranges: { intervalMinutes: { min: 150 } } });
    expect(policy.problems).toEqual([expect.objectContaining({ reason: 'no-break-fits', detail: '150' })]);
  });
});

describe('boundsProblem in the page\'s language', () => {
  it.each([
    [{ min: 45, max: 1200 }, undefined, 'policy-range', '45–1200'],
    [{ min: 45, max: 1200 }, 'en', 'policy-range', '45–1,200'],
    // Egyptian Arabic: Arabic-Indic digits and its thousands separator, written out.
    [{ min: 45, max: 1200 }, 'ar-EG', 'policy-range', '\u0664\u0665–\u0661\u066c\u0662\u0660\u0660'],
    [{ min: 2 }, 'ar-EG', 'policy-min', '\u0662'],
    [{ max: 90 }, 'de', 'policy-max', '90'],
  ])('%o in %s', (bounds, locale, reason, detail) => {
    expect(boundsProblem(bounds, locale)).toEqual({ reason, detail });
  });
});
