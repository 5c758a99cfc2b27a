// Chromium under docs/examples/chrome-linux-settings-ranges.json in the real managed folder: the options page offers
// only values within the bounds, a stored value outside them is used clipped (the worker plans with it), and, after a
// relaunch with invalid bounds, each is listed in the Administrator note while the valid one still applies.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CHROME_BUILD, launchChromium } from '../support/chromium';
import { firstBreakAfter } from '../support/expected-break';
import { api, expectAlarmNear, until } from '../support/extension-api';
import { installChromiumPolicy, installPolicyValues, removeChromiumPolicy, unpackedExtensionId } from '../support/policy';

/** Every day, all day, so the plan does not depend on when the test runs (the example leaves the working time open). */
const ALL_WEEK = { workDays: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'], workHours: [{ start: '00:00', end: '23:59' }] };

/** A number field's value, its min and max, and the notes that describe it. */
const field = (page: Page, id: string) =>
  page.locator(`#${id}`).evaluate((input: HTMLInputElement) => ({
    value: input.value,
    min: input.min,
    max: input.max,
    notes: (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((note) => document.getElementById(note)?.textContent),
  }));

describe('policy ranges in Chromium', () => {
  let dir: string | undefined;
  afterEach(removeChromiumPolicy);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('enforces the example’s bounds on the options page and in the plan, then lists invalid bounds', async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-ranges-'));
    const profile = join(dir, 'profile');
    const id = unpackedExtensionId(CHROME_BUILD);
    await installChromiumPolicy('chrome-linux-settings-ranges.json', id);

    let run = await launchChromium({ profile });
    try {
      const page = await run.open('options.html');
      await page.getByTestId('managed-by').filter({ hasText: 'Managed by Example Corp' }).waitFor();
      // The file's bounds: 45–90, a min of 2, a max of 20; the presets 60 and 5 are within them.
      await page.locator('#setting-intervalMinutes-bounds').waitFor();
      expect(await field(page, 'setting-intervalMinutes')).toEqual({ value: '60', min: '45', max: '90', notes: ['Your organization allows 45–90.'] });
      expect(await field(page, 'setting-dailyGoal')).toEqual({ value: '5', min: '2', max: '12', notes: ['Your organization allows 2 or more.'] });
      // The default 30-minute wait is above the bound: used as 20.
      expect(await field(page, 'setting-maxWaitMinutes')).toEqual({ value: '20', min: '5', max: '20', notes: ['Your organization allows up to 20.'] });
      expect(await page.getByTestId('policy-problems').count()).toBe(0);
      const presets = page.getByRole('group', { name: 'Common choices: Minutes between breaks' }).getByRole('button');
      expect(await presets.allTextContents()).toEqual(['45 min', '60 min', '90 min']);

      // A stored interval above the bounds (kept from before the policy, say) is used as 90: shown, and planned.
      const opened = await api(page).now();
      await api(page).setSettings({ ...ALL_WEEK, intervalMinutes: 120 });
      await until(async () => (await field(page, 'setting-intervalMinutes')).value === '90', 'the clipped interval shown');
      const start = ALL_WEEK.workHours[0]!;
      await expectAlarmNear(page, firstBreakAfter({ intervalMinutes: 90, workDays: ALL_WEEK.workDays, ...start }, opened), 'the interval clipped to 90');
      // The stored value itself is not rewritten: lifting the bounds gives it back.
      expect((await api(page).settings())?.intervalMinutes).toBe(120);

      // Staff choose within the bounds: 30 is refused and said, 75 is saved.
      const interval = page.getByRole('spinbutton', { name: 'Minutes between breaks' });
      await interval.fill('30');
      await page.locator('#setting-intervalMinutes-error').filter({ hasText: 'Your organization allows 45–90.' }).waitFor();
      expect(await interval.getAttribute('aria-invalid')).toBe('true');
      await interval.fill('75');
      await until(async () => (await api(page).settings())?.intervalMinutes === 75, 'the interval of 75 saved');
    } finally {
      await run.close();
    }

    // Invalid bounds, each of a kind Chrome's schema lets through (numbers, any name): each is listed, the valid one applies.
    await installPolicyValues(
      'chromium',
      {
        ranges: {
          intervalMinutes: { min: 90, max: 45 },
          dailyGoal: { min: 0 },
          maxWaitMinutes: { max: 20.5 },
          workDays: { min: 1 },
          naturalBreakMinutes: { min: 10 },
        },
      },
      id,
    );
    run = await launchChromium({ profile });
    try {
      const page = await run.open('options.html');
      const problems = page.getByTestId('policy-ignored').getByRole('listitem');
      await problems.first().waitFor();
      // In the order Chrome hands them on: its dictionaries sort their keys.
      expect(await problems.allTextContents()).toEqual([
        'ranges.dailyGoal.min: Choose a number from 1–12.',
        'ranges.intervalMinutes: Its min is above its max (90 > 45), so neither applies.',
        'ranges.maxWaitMinutes.max: Enter a whole number from 5–60.',
        'ranges.workDays: Bounds can be set only on a numeric setting: intervalMinutes, maxSnoozes, naturalBreakMinutes, dailyGoal, volume, maxWaitMinutes, breakAtMinute, dailySkipLimit, voiceRate, snoozeMinutes.',
      ]);
      expect(await field(page, 'setting-naturalBreakMinutes')).toEqual({ value: '10', min: '10', max: '30', notes: ['Your organization allows 10 or more.'] });
      // The ignored bounds bound nothing: the stored 75 stays, and the interval offers its own range.
      expect(await field(page, 'setting-intervalMinutes')).toEqual({ value: '75', min: '20', max: '180', notes: [] });
    } finally {
      await run.close();
    }
  });
});
