// The real Chrome build: import a history through the options page, see the streaks, export, refuse a bad file, relaunch.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchChromium } from '../support/chromium';
import { ALL_DAY, api } from '../support/extension-api';
import { writeInvalidFixture, writeStreakFixture, type Fixture } from '../support/history-fixture';
import { screenshotPath } from '../support/screenshots';

async function expectStreaks(page: Page, current: number, best: number) {
  await page.getByTestId('streak-current').filter({ hasText: new RegExp(`^${current}$`) }).waitFor();
  await page.getByTestId('streak-best').filter({ hasText: new RegExp(`^${best}$`) }).waitFor();
}

describe('history and streaks in Chromium', () => {
  let dir: string;
  let fixture: Fixture;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-history-'));
    fixture = await writeStreakFixture(dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('imports, shows the streaks, exports the same file, refuses a broken one, and keeps it after a relaunch', async () => {
    const profile = join(dir, 'profile');
    let run = await launchChromium({ profile });
    try {
      const page = await run.open('options.html');
      await api(page).setSettings(ALL_DAY);
      await expectStreaks(page, 0, 0);

      await page.getByLabel('Import history').setInputFiles(fixture.path);
      await page.getByTestId('import-result').filter({ hasText: `Imported ${fixture.breaks} breaks` }).waitFor();
      await expectStreaks(page, fixture.current, fixture.best);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export history (JSON)' }).click(),
      ]);
      const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
      const original = JSON.parse(fixture.text);
      expect(exported.format).toBe('unknot-history');
      expect(exported.breaks).toEqual(original.breaks);
      expect(exported.daysOff).toEqual(original.daysOff);

      // Importing the same file again adds nothing.
      await page.getByLabel('Import history').setInputFiles(fixture.path);
      await page.getByTestId('import-result').filter({ hasText: 'Imported 0 breaks' }).waitFor();

      await page.getByLabel('Import history').setInputFiles(await writeInvalidFixture(dir));
      await page.getByTestId('import-errors').filter({ hasText: 'breaks[0].at is not a date with an offset' }).waitFor();
      await expectStreaks(page, fixture.current, fixture.best);

      expect(await axeViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 1100, height: 900 });
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: screenshotPath('dashboard.png') });
    } finally {
      await run.close();
    }

    run = await launchChromium({ profile });
    try {
      const page = await run.open('options.html');
      await expectStreaks(page, fixture.current, fixture.best);
    } finally {
      await run.close();
    }
  });
});
