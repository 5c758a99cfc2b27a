// Firefox ESR under the guide's example policies.json: read at start, the locked interval plans break-due,
// and after a restart with the changed file the new interval applies and the bad value is listed.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { api, expectAlarmNear } from '../support/extension-api';
import { launchFirefox } from '../support/firefox';
import { ALL_DAY_HOURS, examplePolicy, installFirefoxPolicy, policyBreakAt, removeFirefoxPolicy } from '../support/policy';
import { waitForText, waitForElement } from '../support/puppeteer-page';

/** The settings field's value and state, once the field is there. */
async function field(page: Page, id: string) {
  const input = await waitForElement(page, id);
  return input!.evaluate((el) => ({ value: (el as HTMLInputElement).value, disabled: (el as HTMLInputElement).disabled }));
}

describe('managed policy in Firefox', () => {
  let dir: string | undefined;
  afterEach(removeFirefoxPolicy);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('applies docs/examples/firefox-policies.json at start, then the file with an error after a restart', async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-ff-policy-'));
    const profile = { profile: dir, uuid: randomUUID() };
    await installFirefoxPolicy('firefox-policies.json');
    let run = await launchFirefox(profile);
    try {
      const page = await run.open('options.html');
      const opened = await api(page).now();
      await waitForText(page, '[data-testid="managed-by"]', 'Managed by Example Corp');
      expect(await field(page, '#setting-intervalMinutes')).toEqual({ value: '45', disabled: true });
      await waitForText(page, '#setting-intervalMinutes-locked', 'Set by your organization');
      expect(await field(page, '#setting-dailyGoal')).toEqual({ value: '5', disabled: false });
      expect(await page.evaluate(() => document.querySelector('[data-testid="policy-problems"]') !== null)).toBe(false);
      // Working hours are not locked: all day, so the plan does not depend on when the test runs.
      // The interval the user stores is locked away.
      await api(page).setSettings({ ...ALL_DAY_HOURS, intervalMinutes: 120 });
      await expectAlarmNear(page, policyBreakAt(await examplePolicy('firefox-policies.json'), opened), 'the locked 45-minute interval');
    } finally {
      await run.close();
    }

    await installFirefoxPolicy('firefox-policies-with-error.json');
    run = await launchFirefox(profile);
    try {
      const page = await run.open('options.html');
      const opened = await api(page).now();
      await waitForText(page, '[data-testid="policy-problems"] li', /^dailyGoal: /);
      expect(await field(page, '#setting-intervalMinutes')).toEqual({ value: '30', disabled: true });
      expect(await field(page, '#setting-dailyGoal')).toEqual({ value: '4', disabled: false });
      await expectAlarmNear(page, policyBreakAt(await examplePolicy('firefox-policies-with-error.json'), opened), "the changed file's cadence (breakAtMinute 50 where it sets one)");
    } finally {
      await run.close();
    }
  });
});
