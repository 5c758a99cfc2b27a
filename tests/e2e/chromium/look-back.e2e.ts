// The real Chrome build: a history imported, the popup opened in a new working week shows last week's look back with
// the figures the test built the file from; closed by keyboard it stays closed in that week, and comes back the next.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, format, formatISO, startOfWeek } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchChromium } from '../support/chromium';
import { api } from '../support/extension-api';

// Tuesday to Saturday, all day: the working week starts on Tuesday, and Sunday and Monday are neutral.
const SETTINGS = { workDays: ['tue', 'wed', 'thu', 'fri', 'sat'], workHours: [{ start: '00:00', end: '24:00' }], dailyGoal: 2 };
/** Completed breaks on each day of last week, Tuesday first: 14 in all, Thursday the most, the goal of 2 met Tuesday to Saturday. */
const LAST_WEEK = [3, 2, 4, 2, 2, 0, 1];
const DAY_NAMES = ['Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday'];

function build(now: Date) {
  const start = startOfWeek(now, { weekStartsOn: 2 });
  const breaks: Record<string, unknown>[] = [];
  const add = (day: Date, count: number, tag: string) => {
    for (let i = 0; i < count; i++) {
      const at = formatISO(new Date(day.getFullYear(), day.getMonth(), day.getDate(), 9 + i, 30));
      breaks.push({ id: `${tag}-${i}`, at, kind: 'routine', routineId: 'neck-rolls', seconds: 150, completed: true });
    }
    // A skip each day, counted nowhere.
    breaks.push({ id: `${tag}-skip`, at: formatISO(new Date(day.getFullYear(), day.getMonth(), day.getDate(), 8)), kind: 'skipped' });
  };
  LAST_WEEK.forEach((count, i) => add(addDays(start, i - 7), count, `last-${i}`));
  // The week before: its Saturday met (the streak runs on into last week), its Friday not; its Tuesday full (not last week's).
  add(addDays(start, -14 + 4), 2, 'before-sat');
  add(addDays(start, -14 + 3), 1, 'before-fri');
  add(addDays(start, -14), 6, 'before-tue');
  const total = LAST_WEEK.reduce((a, b) => a + b, 0);
  const best = DAY_NAMES[LAST_WEEK.indexOf(Math.max(...LAST_WEEK))]!;
  // Met working days in a row up to last Saturday: Tuesday to Saturday (5), and the Saturday before.
  const streak = 5 + 1;
  const file = { format: 'unknot-history', version: 1, exportedAt: formatISO(now), breaks, daysOff: [] };
  return {
    text: JSON.stringify(file, null, 2),
    records: breaks.length,
    week: format(start, 'yyyy-MM-dd'),
    lastWeek: format(addDays(start, -7), 'yyyy-MM-dd'),
    sentence: `Last week: ${total} breaks, best day ${best}, streak of ${streak} days`,
  };
}

const card = (page: Page) => page.getByRole('region', { name: 'Your last week' });

/**
 * The popup has made up its mind about the look back: its lazy chunk's stylesheet has loaded (the chunk follows), and
 * a storage read issued two frames later, after the card's own, has answered.
 */
async function lookBackSettled(page: Page) {
  await page.getByRole('button', { name: 'I moved' }).waitFor();
  // Vite's loader adds the lazy chunk's stylesheet to the head, and imports the chunk once it has loaded.
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLLinkElement>('link[href*="popup-extras"]')].some((l) => l.sheet));
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    await frame();
    await frame();
    await (globalThis as any).chrome.storage.local.get('lookBackClosed');
    await frame();
  });
}

describe('the weekly look back in Chromium', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-look-back-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('shows last week in a new week, closes by keyboard until the next week', async () => {
    const run = await launchChromium();
    try {
      const options = await run.open('options.html');
      await api(options).setSettings(SETTINGS);
      const { text, records, week, lastWeek, sentence } = build(new Date(await api(options).now()));
      const path = join(dir, 'history.json');
      await writeFile(path, text);
      await options.getByLabel('Import history').setInputFiles(path);
      await options.getByTestId('import-result').filter({ hasText: `Imported ${records} breaks` }).waitFor();
      // Closed last week, as if the popup had been used then: this is a new week.
      await options.evaluate((w) => (globalThis as any).chrome.storage.local.set({ lookBackClosed: w }), lastWeek);

      let popup = await run.open('popup.html');
      await card(popup).waitFor();
      expect(await card(popup).locator('p').textContent()).toBe(sentence);
      expect(await axeViolations(popup)).toEqual([]);

      await popup.getByRole('button', { name: "Close last week's summary" }).focus();
      await popup.keyboard.press('Enter');
      await card(popup).waitFor({ state: 'detached' });
      await expect
        .poll(() => popup.evaluate(() => (globalThis as any).chrome.storage.local.get('lookBackClosed')))
        .toEqual({ lookBackClosed: week });
      await popup.close();

      popup = await run.open('popup.html');
      await lookBackSettled(popup);
      expect(await card(popup).count()).toBe(0);

      // The week after (the stored week is then last week's): it is back.
      await popup.evaluate((w) => (globalThis as any).chrome.storage.local.set({ lookBackClosed: w }), lastWeek);
      await popup.reload();
      await card(popup).waitFor();
      expect(await card(popup).locator('p').textContent()).toBe(sentence);
    } finally {
      await run.close();
    }
  });
});
