// The real Firefox build: the same version 2 history as in Chromium (tests/e2e/support/answers-fixture.ts) gives the
// same "How you answer reminders" rows and lists the same range under "Holidays and sick leave".
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerRows, rangeLineMatches, writeAnswersFixture } from '../support/answers-fixture';
import { ALL_DAY, api } from '../support/extension-api';
import { launchFirefox } from '../support/firefox';
import { waitForElement, waitForText } from '../support/puppeteer-page';

describe('how reminders were answered, in Firefox', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-answers-ff-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('imports a history with every record kind and shows each week, and the range of days off, as built', async () => {
    const run = await launchFirefox();
    try {
      const page = await run.open('options.html');
      await api(page).setSettings(ALL_DAY);
      const fixture = await writeAnswersFixture(dir, new Date(await api(page).now()));
      const input = (await waitForElement(page, 'input[type="file"]')) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(fixture.path);
      await waitForText(page, '[data-testid="import-result"]', new RegExp(`^Imported ${fixture.records} breaks`));
      await waitForElement(page, '[data-testid="insights-answers"] table');
      // Read in the page: Puppeteer's own queries are blocked there (see puppeteer-page.ts).
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="insights-answers"] tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent ?? '')),
      );
      expect(answerRows(rows, fixture)).toEqual({ planned: fixture.weeks, othersEmpty: true, count: 8 });

      await waitForElement(page, '[data-testid="day-off-ranges"]');
      const ranges = await page.evaluate(() => [...document.querySelectorAll('[data-testid="day-off-ranges"] li > span')].map((s) => s.textContent ?? ''));
      expect(ranges).toHaveLength(1);
      expect(rangeLineMatches(ranges[0]!, fixture), ranges[0]).toBe(true);
    } finally {
      await run.close();
    }
  });
});
