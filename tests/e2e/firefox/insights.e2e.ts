// The real Firefox build: the same history file as in Chromium gives the same insights by hour, weekday and routine.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_DAY, api, until } from '../support/extension-api';
import { launchFirefox } from '../support/firefox';
import { expectedCounts, writeInsightsFixture, type InsightsFixture, type Span } from '../support/insights-fixture';
import { waitForElement, waitForText } from '../support/puppeteer-page';

/** The count cells of a chart's table, read in the page (Puppeteer's own queries are blocked there: see puppeteer-page.ts). */
const counts = (page: Page, chart: string) =>
  page.evaluate((id: string) => [...document.querySelectorAll(`[data-testid="${id}"] tbody td`)].map((td) => td.textContent), chart);

const checked = (page: Page) => page.evaluate(() => document.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value);

async function expectSpan(page: Page, fixture: InsightsFixture, span: Span) {
  await until(async () => (await checked(page)) === span, `the ${span} span chosen`);
  const expected = expectedCounts(fixture, span);
  expect({ span, hours: await counts(page, 'insights-hours'), weekdays: await counts(page, 'insights-weekdays') }).toEqual({ span, ...expected });
}

describe('insights in Firefox', () => {
  let dir: string;
  let fixture: InsightsFixture;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-insights-ff-'));
    fixture = await writeInsightsFixture(dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('shows the imported breaks by hour and weekday for each span, and each routine\'s average change', async () => {
    const run = await launchFirefox();
    try {
      const page = await run.open('options.html');
      await api(page).setSettings(ALL_DAY);
      const input = (await waitForElement(page, 'input[type="file"]')) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(fixture.path);
      await waitForText(page, '[data-testid="import-result"]', new RegExp(`^Imported ${fixture.breaks} breaks`));
      await waitForElement(page, '[data-testid="insights-hours"]');

      await expectSpan(page, fixture, '12w');
      // Firefox walks the radio group with the arrow keys itself.
      await page.evaluate(() => document.querySelector<HTMLInputElement>('input[type="radio"][value="12w"]')!.focus());
      await page.keyboard.press('ArrowLeft');
      await expectSpan(page, fixture, '4w');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expectSpan(page, fixture, '12m');

      const rows = await page.evaluate(() =>
        [...document.querySelectorAll('[data-testid="insights-routines"] tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent)),
      );
      expect(rows).toEqual(fixture.routines);
    } finally {
      await run.close();
    }
  });
});
