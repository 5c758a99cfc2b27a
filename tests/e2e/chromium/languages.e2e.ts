// The popup, the player and the options page in German, Japanese, Arabic, Korean and Polish: the page's language
// and reading direction, the first routine's first step in that language, no text that overflows or is cut, axe
// finds nothing; screenshots for a person to look at (and the README's, through `npm run screenshots`).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPTIONS_SECTIONS } from '../../../core/options-sections';
import { messageKey, ROUTINES } from '../../../core/routines';
import { axeViolations } from '../support/axe';
import { launchChromium, type ChromiumRun } from '../support/chromium';
import { ALL_DAY, api, until } from '../support/extension-api';
import { writeStreakFixture } from '../support/history-fixture';
import { localeMessages, startsWith, type Messages } from '../support/locale';
import { overflowingElements } from '../support/overflow';
import { screenshotPath } from '../support/screenshots';

// Written out, not read from the build: Arabic alone reads right to left.
const LANGUAGES = [
  { code: 'de', dir: 'ltr' },
  { code: 'ja', dir: 'ltr' },
  { code: 'ar', dir: 'rtl' },
  { code: 'ko', dir: 'ltr' },
  { code: 'pl', dir: 'ltr' },
] as const;

// English words each page shows in English: none of them may be left in a translated page.
const ENGLISH_POPUP = /Routines|Take a break now|breaks today/;
const ENGLISH_OPTIONS = /Your breaks|Working time|For administrators/;

/** The ball routine with the longest step text in this language, and that step's index (the earliest, on a tie). */
function longestBallStep(t: Messages) {
  let found: { routine: (typeof ROUTINES)[number]; index: number; length: number } | undefined;
  for (const routine of ROUTINES.filter((r) => r.needs.includes('ball'))) {
    routine.steps.forEach((step, index) => {
      const length = t(step.text).length;
      if (!found || length > found.length || (length === found.length && index < found.index)) found = { routine, index, length };
    });
  }
  return found!;
}

/** The page's language and reading direction, as its root element says them. */
const rootLanguage = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

describe.each(LANGUAGES)('in $code', ({ code, dir }) => {
  const t = localeMessages(code);
  let temp: string;
  let run: ChromiumRun;
  beforeAll(async () => {
    temp = await mkdtemp(join(tmpdir(), `unknot-languages-${code}-`));
    run = await launchChromium({ language: code, profile: join(temp, 'profile') });
  });
  afterAll(async () => {
    await run?.close();
    if (temp) await rm(temp, { recursive: true, force: true });
  });

  async function popup() {
    const page = await run.open('popup.html');
    await page.setViewportSize({ width: 360, height: 640 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByTestId('routine-list').waitFor();
    return page;
  }

  it('the popup is in the language and its direction, nothing overflows, and axe finds nothing', async () => {
    const page = await popup();
    const { lang, dir: pageDir } = await rootLanguage(page);
    expect(lang).toMatch(new RegExp(`^${code}`));
    expect(pageDir).toBe(dir);
    expect(await page.locator('main').innerText()).not.toMatch(ENGLISH_POPUP);
    await page.screenshot({ path: screenshotPath(`popup-${code}.png`), fullPage: true });
    expect(await overflowingElements(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("the player shows the first routine's first step in the language, and its longest ball step fits", async () => {
    const page = await popup();
    const list = page.getByTestId('routine-list');
    const player = page.getByTestId('routine-player');
    const accept = page.getByRole('dialog').getByRole('button', { name: t('disclaimer_accept') });

    // The first routine: its first step's instruction, from this language's messages.json.
    const first = ROUTINES[0]!;
    await list.getByRole('button', { name: startsWith(t(messageKey(first.id, 'title'))) }).click();
    await accept.click();
    await player.getByRole('button', { name: t('player_start') }).click();
    await player.getByText(t('player_step_counter', ['1', String(first.steps.length)]), { exact: true }).waitFor();
    await player.getByText(t(first.steps[0]!.text), { exact: true }).waitFor();
    expect((await rootLanguage(page)).dir).toBe(dir);
    expect(await overflowingElements(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await player.getByRole('button', { name: t('player_stop'), exact: true }).click();
    // The stopped routine is stored as a break before the next one is chosen (a choice made meanwhile waits for it).
    await until(async () => (await api(page).breaks()).length > 0, 'the stopped routine to be recorded');

    // A ball routine at its longest step text, with the intensity question and the stop signs.
    const { routine, index } = longestBallStep(t);
    await list.getByRole('button', { name: startsWith(t(messageKey(routine.id, 'title'))) }).click();
    await player.getByRole('button', { name: t('player_start') }).click();
    const total = String(routine.steps.length);
    await player.getByText(t('player_step_counter', ['1', total]), { exact: true }).waitFor();
    for (let step = 1; step <= index; step++) {
      await player.getByRole('button', { name: t('player_next'), exact: true }).click();
      await player.getByText(t('player_step_counter', [String(step + 1), total]), { exact: true }).waitFor();
    }
    await player.getByText(t(routine.steps[index]!.text), { exact: true }).waitFor();
    await page.getByTestId('step-remaining').waitFor();
    expect(await overflowingElements(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath(`player-${code}.png`), fullPage: true });
    await page.close();
  });

  it('the options page opens every section at its address, nothing overflows wide or at 600 px, and axe finds nothing', async () => {
    // A history, so Your breaks shows its cards, calendar and charts, not only the empty state.
    const fixture = await writeStreakFixture(temp);
    const setup = await run.open('options.html');
    await api(setup).setSettings(ALL_DAY);
    await setup.getByLabel(t('import_label')).setInputFiles(fixture.path);
    await setup.getByTestId('import-result').filter({ hasText: /\S/ }).waitFor();
    await setup.close();

    // Each section at its own address: its heading (in the language) takes focus. The page is opened without a
    // fragment and drawn first: going again to the fragment it was opened at would take the focus away (Chromium
    // moves focus off the heading on a navigation to the same fragment, and no hashchange gives it back).
    const page = await run.open('options.html');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByTestId('streak-best').waitFor();
    for (const section of OPTIONS_SECTIONS) {
      await page.goto(`chrome-extension://${run.extensionId}/options.html#${section}`);
      const heading = page.getByRole('heading', { level: 2, name: t(`options_section_${section}`), exact: true });
      const focused = () => heading.evaluate((el) => el === document.activeElement);
      await until(focused, `the heading of #${section} to take focus`);
    }
    const { lang, dir: pageDir } = await rootLanguage(page);
    expect(lang).toMatch(new RegExp(`^${code}`));
    expect(pageDir).toBe(dir);
    expect(await page.locator('main').innerText()).not.toMatch(ENGLISH_OPTIONS);
    // All six sections are on the page: checked at once, the folded help opened (its text must fit too).
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    expect(await overflowingElements(page), 'at 1280 px').toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 600, height: 800 });
    expect(await overflowingElements(page), 'at 600 px').toEqual([]);
    await page.close();
  });
});
