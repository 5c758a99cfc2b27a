// Firefox ESR under the guide's example policies.json: read at start, the locked interval plans break-due,
// and after a restart with the changed file the new interval applies and the bad value is listed.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { nextBreakAt } from '../../../core/schedule';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { api, until } from '../support/extension-api';
import { launchFirefox } from '../support/firefox';
import { installFirefoxPolicy, removeFirefoxPolicy } from '../support/policy';
import { waitForText } from '../support/puppeteer-page';

const workHours = [{ start: '00:00', end: '23:59' }];

async function field(page: Page, id: string) {
  return page.$eval(id, (el) => ({ value: (el as HTMLInputElement).value, disabled: (el as HTMLInputElement).disabled }));
}

/** break-due where the locked interval puts it, on the example's working days, counting from `anchor`. */
async function alarmOnInterval(page: Page, intervalMinutes: number, anchor: number) {
  const expected = nextBreakAt({ ...DEFAULT_SETTINGS, workHours, intervalMinutes }, anchor)!;
  const alarm = await until(async () => {
    const a = await api(page).alarm();
    return a && Math.abs(a.scheduledTime - expected) < 90_000 && a;
  }, `break-due on the ${intervalMinutes}-minute interval`);
  expect(Math.abs(alarm.scheduledTime - expected)).toBeLessThan(90_000);
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
      expect(await page.$('[data-testid="policy-problems"]')).toBeNull();
      // Working hours are not locked: all day, so the plan does not depend on when the test runs.
      // The interval the user stores is locked away.
      await api(page).setSettings({ workHours, intervalMinutes: 120 });
      await alarmOnInterval(page, 45, opened);
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
      await alarmOnInterval(page, 30, opened);
    } finally {
      await run.close();
    }
  });
});
