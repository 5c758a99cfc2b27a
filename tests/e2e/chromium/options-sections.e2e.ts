// The real Chrome build's options page: each of its six sections opens from the navigation and at its own
// address, its heading takes focus, the browser's Back returns to the section before, and axe finds nothing in
// any section, light or dark.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchChromium, type ChromiumRun } from '../support/chromium';
import { ALL_DAY, api, until } from '../support/extension-api';
import { writeStreakFixture } from '../support/history-fixture';

// Written out here, not taken from the code: the addresses the popup, the welcome page and the docs link to.
const SECTIONS = {
  breaks: 'Your breaks',
  routines: 'Routines',
  schedule: 'Schedule',
  sound: 'Sound and voice',
  data: 'Your data',
  admin: 'For administrators',
} as const;
type Id = keyof typeof SECTIONS;

const nav = (page: Page) => page.getByRole('navigation', { name: 'Sections' });

/** The page is drawn: the settings (Schedule) and the imported history (Your breaks) are shown. */
async function ready(page: Page) {
  await page.getByRole('group', { name: 'Working time' }).waitFor();
  await page.getByTestId('streak-best').filter({ hasText: /^15$/ }).waitFor();
}

/** The section `id` is the one open: the address names it, its heading has focus and is in view, the navigation marks it. */
async function expectOpen(page: Page, id: Id) {
  const name = SECTIONS[id];
  const heading = page.getByRole('heading', { level: 2, name, exact: true });
  await until(() => heading.evaluate((el) => el === document.activeElement), `the heading "${name}" to take focus`);
  expect(new URL(page.url()).hash).toBe(`#${id}`);
  const box = (await heading.boundingBox())!;
  const { height } = page.viewportSize()!;
  expect(box.y, `"${name}" scrolled into view`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `"${name}" scrolled into view`).toBeLessThanOrEqual(height);
  await until(
    async () => (await nav(page).getByRole('link', { name, exact: true }).getAttribute('aria-current')) === 'location',
    `the navigation to mark "${name}"`,
  );
  expect(await nav(page).locator('[aria-current]').allTextContents()).toEqual([name]);
}

describe('options page sections in Chromium', () => {
  let dir: string;
  let run: ChromiumRun;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-sections-'));
    const fixture = await writeStreakFixture(dir);
    run = await launchChromium({ profile: join(dir, 'profile') });
    // A history, so Your breaks shows its cards and charts to axe, not only the empty state.
    const page = await run.open('options.html');
    await api(page).setSettings(ALL_DAY);
    await page.getByLabel('Import history').setInputFiles(fixture.path);
    await page.getByTestId('import-result').filter({ hasText: `Imported ${fixture.breaks} breaks` }).waitFor();
    await page.close();
  });
  afterAll(async () => {
    await run?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('opens every section from the navigation, and Back returns to the section before, each time', async () => {
    const page = await run.open('options.html');
    await ready(page);
    // Down the page and back up again: every link is followed once, from a section above and from one below.
    const order: Id[] = ['schedule', 'breaks', 'admin', 'routines', 'data', 'sound'];
    for (const id of order) {
      await nav(page).getByRole('link', { name: SECTIONS[id], exact: true }).click();
      await expectOpen(page, id);
    }
    for (const id of order.slice(0, -1).reverse()) {
      await page.goBack({ waitUntil: 'commit' });
      await expectOpen(page, id);
    }
    await page.close();
  });

  for (const id of Object.keys(SECTIONS) as Id[]) {
    it(`opens at options.html#${id} with its heading focused, and axe finds nothing in it, light and dark`, async () => {
      const page = await run.open(`options.html#${id}`);
      await ready(page);
      await expectOpen(page, id);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        // The page's own colours follow: a dark background in dark mode, a light one otherwise.
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const [r, g, b] = background.match(/\d+/g)!.map(Number);
        const light = (r! + g! + b!) / 3 > 128;
        expect(light, `${colorScheme}: body background ${background}`).toBe(colorScheme === 'light');
        expect(await axeViolations(page, `#${id}`), colorScheme).toEqual([]);
      }
      await page.close();
    });
  }
});
