// Chromium under the guide's example policy: the locked interval plans break-due, staff see it locked, bad values are listed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CHROME_BUILD, launchChromium } from '../support/chromium';
import { api, expectAlarmNear } from '../support/extension-api';
import { ALL_DAY_HOURS, examplePolicy, installChromiumPolicy, policyBreakAt, removeChromiumPolicy, unpackedExtensionId } from '../support/policy';

describe('managed policy in Chromium', () => {
  let dir: string | undefined;
  afterEach(removeChromiumPolicy);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('applies docs/examples/chrome-linux-settings.json, then the changed file with an error after a relaunch', async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-policy-'));
    const profile = join(dir, 'profile');
    await installChromiumPolicy('chrome-linux-settings.json', unpackedExtensionId(CHROME_BUILD));

    let run = await launchChromium({ profile });
    try {
      const page = await run.open('options.html');
      const opened = await api(page).now();
      await page.getByTestId('managed-by').filter({ hasText: 'Managed by Example Corp' }).waitFor();
      const interval = page.getByRole('spinbutton', { name: 'Minutes between breaks' });
      expect(await interval.isDisabled()).toBe(true);
      expect(await interval.inputValue()).toBe('45');
      expect(await page.locator('#setting-intervalMinutes-locked').textContent()).toBe('Set by your organization');
      // The daily goal is preset but not locked: staff may change it.
      expect(await page.getByLabel('Daily goal (breaks)', { exact: true }).inputValue()).toBe('5');
      expect(await page.getByLabel('Daily goal (breaks)', { exact: true }).isDisabled()).toBe(false);
      expect(await page.getByTestId('policy-problems').count()).toBe(0);

      // Working hours are not locked: all day, so the plan does not depend on when the test runs.
      await api(page).setSettings(ALL_DAY_HOURS);
      const expected = policyBreakAt(await examplePolicy('chrome-linux-settings.json'), opened);
      await expectAlarmNear(page, expected, 'the locked 45-minute interval');
      // A locked value the user stored anyway does not win.
      await api(page).setSettings({ ...ALL_DAY_HOURS, intervalMinutes: 120 });
      await expectAlarmNear(page, expected, 'the locked 45-minute interval');
    } finally {
      await run.close();
    }

    await installChromiumPolicy('chrome-linux-settings-with-error.json', unpackedExtensionId(CHROME_BUILD));
    run = await launchChromium({ profile });
    try {
      const page = await run.open('options.html');
      const opened = await api(page).now();
      await page.getByTestId('policy-problems').filter({ hasText: 'dailyGoal' }).waitFor();
      expect(await page.getByRole('spinbutton', { name: 'Minutes between breaks' }).inputValue()).toBe('30');
      // The ignored goal falls back to the default; the rest of the policy still applies.
      expect(await page.getByLabel('Daily goal (breaks)', { exact: true }).inputValue()).toBe('4');
      await page.getByTestId('managed-by').filter({ hasText: 'Managed by Example Corp' }).waitFor();
      await expectAlarmNear(page, policyBreakAt(await examplePolicy('chrome-linux-settings-with-error.json'), opened), "the changed file's cadence (breakAtMinute 50 where it sets one)");
    } finally {
      await run.close();
    }
  });
});
