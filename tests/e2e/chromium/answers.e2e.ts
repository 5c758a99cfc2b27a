// The real Chrome build: a version 2 history with reminders, snoozes, skips, drops and a range of days off imports, and
// "How you answer reminders" shows each week's counts as the test built them (not read back from the file), and
// "Holidays and sick leave" lists the range (tests/e2e/support/answers-fixture.ts, shared with Firefox).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerRows, rangeLineMatches, writeAnswersFixture } from '../support/answers-fixture';
import { axeViolations } from '../support/axe';
import { launchChromium } from '../support/chromium';
import { ALL_DAY, api } from '../support/extension-api';

describe('how reminders were answered, in Chromium', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-answers-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('imports a history with every record kind and shows each week as it was built', async () => {
    const run = await launchChromium();
    try {
      const page = await run.open('options.html');
      await api(page).setSettings(ALL_DAY);
      const fixture = await writeAnswersFixture(dir, new Date(await api(page).now()));
      await page.getByLabel('Import history').setInputFiles(fixture.path);
      await page.getByTestId('import-result').filter({ hasText: `Imported ${fixture.records} breaks` }).waitFor();
      const table = page.getByRole('table', { name: /^Breaks that came due each week/ });
      await table.waitFor();
      const rows: string[][] = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
      // Every other week of the eight has no reminder.
      expect(answerRows(rows, fixture)).toEqual({ planned: fixture.weeks, othersEmpty: true, count: 8 });
      // The file's range of days off, listed under Holidays and sick leave.
      await page.getByTestId('day-off-ranges').waitFor();
      const ranges = await page.getByTestId('day-off-ranges').locator('li > span').allTextContents();
      expect(ranges).toHaveLength(1);
      expect(rangeLineMatches(ranges[0]!, fixture), ranges[0]).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await run.close();
    }
  });
});
