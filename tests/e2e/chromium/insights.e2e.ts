// The real Chrome build: import a history, and the dashboard's insights show the file's own counts by hour, weekday and routine.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchChromium } from '../support/chromium';
import { ALL_DAY, api } from '../support/extension-api';
import { expectedCounts, writeInsightsFixture, type InsightsFixture, type Span } from '../support/insights-fixture';

const counts = (page: Page, chart: string) => page.locator(`[data-testid="${chart}"] tbody td`).allTextContents();

async function expectSpan(page: Page, fixture: InsightsFixture, span: Span) {
  // Within "When you move": the report's own span picker below has the same radios.
  await page.locator(`[data-testid="insights-when"] input[type="radio"][value="${span}"]:checked`).waitFor({ state: 'attached' });
  const expected = expectedCounts(fixture, span);
  expect({ span, hours: await counts(page, 'insights-hours'), weekdays: await counts(page, 'insights-weekdays') }).toEqual({ span, ...expected });
}

describe('insights in Chromium', () => {
  let dir: string;
  let fixture: InsightsFixture;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-insights-'));
    fixture = await writeInsightsFixture(dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('shows the imported breaks by hour and weekday for each span, and each routine\'s average change', async () => {
    const run = await launchChromium();
    try {
      const page = await run.open('options.html');
      await api(page).setSettings(ALL_DAY);
      await page.getByLabel('Import history').setInputFiles(fixture.path);
      await page.getByTestId('import-result').filter({ hasText: `Imported ${fixture.breaks} breaks` }).waitFor();
      await page.getByTestId('insights-hours').waitFor();

      // 12 weeks first; the radio group by keyboard: left to 4 weeks, then right twice (wrapping past nothing) to 12 months.
      await expectSpan(page, fixture, '12w');
      await page.getByTestId('insights-when').getByRole('radio', { name: '12 weeks' }).focus();
      await page.keyboard.press('ArrowLeft');
      await expectSpan(page, fixture, '4w');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expectSpan(page, fixture, '12m');

      // The hour bars by keyboard: Tab from the span picker reaches midnight's bar; End goes to 23:00.
      await page.keyboard.press('Tab');
      const grid = page.getByRole('grid', { name: 'Completed breaks by hour of the day' });
      const hours = expectedCounts(fixture, '12m').hours;
      const label = (n: string) => new RegExp(`: ${n} breaks?$`);
      expect(await grid.evaluate((g) => g.contains(document.activeElement))).toBe(true);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(label(hours[0]!));
      await page.keyboard.press('End');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(label(hours[23]!));

      const rows = await page.locator('[data-testid="insights-routines"] tbody tr').evaluateAll((trs) =>
        trs.map((tr) => [...tr.children].map((c) => c.textContent)),
      );
      expect(rows).toEqual(fixture.routines);

      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await run.close();
    }
  });
});
