// Firefox ESR under the guide's example policies.json: read at start, the locked interval plans break-due.
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { nextBreakAt } from '../../../core/schedule';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { api, until } from '../support/extension-api';
import { launchFirefox } from '../support/firefox';
import { installFirefoxPolicy, removeFirefoxPolicy } from '../support/policy';
import { waitForText } from '../support/puppeteer-page';

async function field(page: Page, id: string) {
  return page.$eval(id, (el) => ({ value: (el as HTMLInputElement).value, disabled: (el as HTMLInputElement).disabled }));
}

describe('managed policy in Firefox', () => {
  afterEach(removeFirefoxPolicy);

  it('applies docs/examples/firefox-policies.json at start', async () => {
    await installFirefoxPolicy('firefox-policies.json');
    const run = await launchFirefox();
    try {
      const page = await run.open('options.html');
      const opened = await api(page).now();
      await waitForText(page, '[data-testid="managed-by"]', 'Managed by Example Corp');
      expect(await field(page, '#setting-intervalMinutes')).toEqual({ value: '45', disabled: true });
      await waitForText(page, '#setting-intervalMinutes-locked', 'Set by your organization');
      expect(await field(page, '#setting-dailyGoal')).toEqual({ value: '5', disabled: false });
      expect(await page.$('[data-testid="policy-problems"]')).toBeNull();

      const workHours = [{ start: '00:00', end: '23:59' }];
      await api(page).setSettings({ workHours, intervalMinutes: 120 });
      const expected = nextBreakAt({ ...DEFAULT_SETTINGS, workHours, intervalMinutes: 45 }, opened)!;
      const alarm = await until(async () => {
        const a = await api(page).alarm();
        return a && Math.abs(a.scheduledTime - expected) < 90_000 && a;
      }, 'break-due on the locked interval');
      expect(Math.abs(alarm.scheduledTime - expected)).toBeLessThan(90_000);
    } finally {
      await run.close();
    }
  });
});
