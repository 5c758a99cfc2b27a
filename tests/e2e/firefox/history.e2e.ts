// The real Firefox build: import a history through the options page, see the streaks, export, refuse a bad file, relaunch.
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savedFile } from '../support/downloads';
import { ALL_DAY, api, until } from '../support/extension-api';
import { launchFirefox } from '../support/firefox';
import { writeInvalidFixture, writeStreakFixture, type Fixture } from '../support/history-fixture';
import { clickButton, waitForText, waitForElement } from '../support/puppeteer-page';

async function expectStreaks(page: Page, current: number, best: number) {
  await waitForText(page, '[data-testid="streak-current"]', String(current));
  await waitForText(page, '[data-testid="streak-best"]', String(best));
}

async function importFile(page: Page, path: string) {
  const input = (await waitForElement(page, 'input[type="file"]')) as ElementHandle<HTMLInputElement>;
  expect(await input.evaluate((el) => el.labels?.[0]?.textContent)).toBe('Import history');
  await input.uploadFile(path);
}

describe('history and streaks in Firefox', () => {
  let dir: string;
  let fixture: Fixture;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-history-ff-'));
    fixture = await writeStreakFixture(dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('imports, shows the streaks, exports the same file, refuses a broken one, and keeps it after a relaunch', async () => {
    const profile = join(dir, 'ff');
    const uuid = randomUUID();
    const downloads = join(dir, 'downloads');
    await mkdir(downloads);
    let run = await launchFirefox({ profile, uuid, downloadDir: downloads });
    try {
      const page = await run.open('options.html');
      await api(page).setSettings(ALL_DAY);
      await expectStreaks(page, 0, 0);

      await importFile(page, fixture.path);
      await waitForText(page, '[data-testid="import-result"]', new RegExp(`^Imported ${fixture.breaks} breaks`));
      await expectStreaks(page, fixture.current, fixture.best);

      // The real download: Firefox saves the file the page offers, as it would into a user's Downloads folder.
      await clickButton(page, 'Export history (JSON)');
      const saved = await savedFile(downloads, /^unknot-history-.+\.json$/, 'the exported history');
      expect(saved.name).toMatch(/^unknot-history-.+\.json$/);
      const exported = JSON.parse(saved.text);
      const original = JSON.parse(fixture.text);
      expect(exported.breaks).toEqual(original.breaks);
      expect(exported.daysOff).toEqual(original.daysOff);

      await importFile(page, await writeInvalidFixture(dir));
      await waitForText(page, '[data-testid="import-errors"] li', /^breaks\[0\]\.at is not a date with an offset/);
      await expectStreaks(page, fixture.current, fixture.best);
    } finally {
      await run.close();
    }

    run = await launchFirefox({ profile, uuid });
    try {
      const page = await run.open('options.html');
      await expectStreaks(page, fixture.current, fixture.best);
    } finally {
      await run.close();
    }
  });
});
