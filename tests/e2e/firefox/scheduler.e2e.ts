// The real Firefox build: the add-on installs, plans break-due, and the popup says when the next break is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_DAY, alarmWithin, api } from '../support/extension-api';
import { launchFirefox, type FirefoxRun } from '../support/firefox';

const MIN = 60_000;

describe('scheduler in Firefox', () => {
  let run: FirefoxRun;
  beforeAll(async () => {
    run = await launchFirefox();
  });
  afterAll(async () => {
    await run?.close();
  });

  it('installs, sets break-due, and the popup shows the next break', async () => {
    const page = await run.open('popup.html');
    const ext = api(page);
    const status = await page.waitForSelector('[data-testid="next-break"]');
    expect(await status!.evaluate((el) => el.textContent)).toMatch(/^(Next break in \d+ min|Outside working hours: next break .+)$/);

    await ext.setSettings({ ...ALL_DAY, intervalMinutes: 30 });
    const alarm = await alarmWithin(page, 30 * MIN + 1000, 'break-due re-planned for the new interval');
    expect(alarm.scheduledTime).toBeGreaterThan(await ext.now());
    await page.waitForFunction(
      () => /^Next break in (29|30) min$/.test(document.querySelector('[data-testid="next-break"]')?.textContent ?? ''),
      { timeout: 10_000 },
    );
  });
});
