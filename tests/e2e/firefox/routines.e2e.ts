// The real Firefox build: a whole neck-roll routine from the popup, recorded in IndexedDB, re-planning the break.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_DAY, api, until } from '../support/extension-api';
import { launchFirefox, type FirefoxRun } from '../support/firefox';
import { clickButton, waitForText, waitForElement } from '../support/puppeteer-page';

const MIN = 60_000;
const COUNTER = '[data-testid="routine-player"] .player__counter';

describe('routines in Firefox', () => {
  let run: FirefoxRun;
  beforeAll(async () => {
    run = await launchFirefox();
  });
  afterAll(async () => {
    await run?.close();
  });

  it('plays neck rolls to the end, records it, re-plans, and survives a reopen mid-routine', async () => {
    let page = await run.open('popup.html');
    await api(page).setSettings(ALL_DAY);
    await waitForText(page, '[data-testid="breaks-today"]', '0 of 4 breaks today');

    await clickButton(page, /^Neck rolls for tech neck/, '[data-testid="routine-list"]');
    await clickButton(page, 'I understand', '[role="dialog"]');
    await waitForElement(page, '[data-testid="routine-player"]');
    await page.focus('[data-testid="intensity"]');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(await page.$eval('[data-testid="intensity"]', (el) => el.getAttribute('aria-valuetext'))).toBe('4 of 10');
    await clickButton(page, 'Start the routine');

    await waitForText(page, COUNTER, /^Step 1 of \d+$/);
    const total = Number((await page.$eval(COUNTER, (el) => el.textContent!)).match(/of (\d+)/)![1]);
    await clickButton(page, 'Next');
    await waitForText(page, COUNTER, `Step 2 of ${total}`);

    await page.close();
    page = await run.open('popup.html');
    await waitForText(page, COUNTER, `Step 2 of ${total}`);
    await waitForText(page, '[data-testid="step-remaining"]', /^0:[0-5]\d$/);

    for (let step = 2; step <= total; step++) {
      await clickButton(page, 'Next');
      if (step < total) await waitForText(page, COUNTER, `Step ${step + 1} of ${total}`);
    }
    await waitForElement(page, '[data-testid="intensity"]');
    await page.focus('[data-testid="intensity"]');
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    await clickButton(page, 'Finish');
    const finishedAt = await api(page).now();

    await waitForText(page, '[data-testid="breaks-today"]', '1 of 4 breaks today');
    const records = await until(async () => {
      const all = await api(page).breaks();
      return all.some((b) => b.kind === 'routine') && all;
    }, 'the routine in IndexedDB');
    expect(records.filter((b) => b.kind === 'routine')).toEqual([
      expect.objectContaining({ routineId: 'neck-rolls', completed: true, intensityBefore: 4, intensityAfter: 2 }),
    ]);
    const alarm = (await api(page).alarm())!;
    expect(Math.abs(alarm.scheduledTime - (finishedAt + 60 * MIN))).toBeLessThan(MIN);
  });
});
