// Arabic in the real Chrome build: every page is laid out right to left (dir, headings set from the right), the
// calendar and the charts read from the right, the arrow keys move the calendar and the player the reading way, and
// the figures are drawn as they are left to right. Expected places come from the imported history, not from the code.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, format, startOfDay } from 'date-fns';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPTIONS_SECTIONS } from '../../../core/options-sections';
import { messageKey, ROUTINES } from '../../../core/routines';
import { launchChromium, type ChromiumRun } from '../support/chromium';
import { ALL_DAY, api, until } from '../support/extension-api';
import { writeStreakFixture, type Fixture } from '../support/history-fixture';
import { localeMessages, startsWith } from '../support/locale';

const t = localeMessages('ar');
const num = new Intl.NumberFormat('ar');
const dayKey = (d: Date) => format(d, 'yyyy-MM-dd');

/** The page says it reads right to left, in Arabic, and its CSS follows (not only the attribute). */
async function expectRtl(page: Page) {
  await until(() => page.evaluate(() => document.documentElement.dir === 'rtl'), `dir="rtl" on ${page.url()}`);
  expect(await page.evaluate(() => [document.documentElement.lang.slice(0, 2), getComputedStyle(document.body).direction])).toEqual(['ar', 'rtl']);
}

/**
 * A heading's text is set from the right: its text ends at the right edge of the box holding the heading (within
 * its padding), and the room left over is at the left. Left to right, the same text would touch the left edge.
 */
async function expectSetFromTheRight(heading: Locator) {
  const { text, box } = await heading.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const r = range.getBoundingClientRect();
    const holder = el.parentElement!;
    const b = holder.getBoundingClientRect();
    const style = getComputedStyle(holder);
    return {
      text: { left: r.left, right: r.right },
      box: { left: b.left + parseFloat(style.paddingLeft), right: b.right - parseFloat(style.paddingRight) },
    };
  });
  expect(Math.abs(box.right - text.right), 'text ends at the right edge').toBeLessThan(2);
  expect(text.left - box.left, 'room left at the left').toBeGreaterThan(2);
}

/** The centre x of an element on the page. */
const centreX = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return box.x + box.width / 2;
};

const focusedDay = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-day'));
const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));

describe('right to left in Arabic (Chromium)', () => {
  let dir: string;
  let fixture: Fixture;
  let run: ChromiumRun;
  let today: Date;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-rtl-'));
    run = await launchChromium({ language: 'ar' });
    // The print dialog would wait for a person: count its requests instead (the report e2e does the same).
    await run.context.addInitScript(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void (w.printed += 1);
    });
    const page = await run.open('options.html');
    await api(page).setSettings(ALL_DAY);
    const now = new Date(await api(page).now());
    today = startOfDay(now);
    fixture = await writeStreakFixture(dir, now);
    await page.getByLabel(t('import_label'), { exact: true }).setInputFiles(fixture.path);
    await page.getByTestId('import-result').waitFor();
    await page.getByTestId('streak-best').filter({ hasText: num.format(fixture.best) }).waitFor();
    await page.close();
  });
  afterAll(async () => {
    await run?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('lays out the popup, the break page, the welcome page and every options section from the right', async () => {
    const popup = await run.open('popup.html');
    await popup.getByTestId('routine-list').waitFor();
    await expectRtl(popup);
    await expectSetFromTheRight(popup.locator('#routines-heading'));

    const breakPage = await run.open('break.html');
    await breakPage.locator('h1').waitFor();
    await expectRtl(breakPage);
    await expectSetFromTheRight(breakPage.locator('h1'));

    const welcome = await run.open('welcome.html');
    await welcome.locator('h1').waitFor();
    await expectRtl(welcome);
    await expectSetFromTheRight(welcome.locator('h1'));

    const options = await run.open('options.html');
    for (const section of OPTIONS_SECTIONS) {
      await options.goto(`chrome-extension://${run.extensionId}/options.html#${section}`);
      await expectRtl(options);
      const heading = options.getByRole('heading', { level: 2, name: t(`options_section_${section}`), exact: true });
      await heading.waitFor();
      await expectSetFromTheRight(heading);
    }
    for (const page of [popup, breakPage, welcome, options]) await page.close();
  });

  it('draws the calendar from the right and moves its focus the reading way', async () => {
    const page = await run.open('options.html#breaks');
    await expectRtl(page);
    const grid = page.getByRole('grid', { name: t('calendar_label'), exact: true });
    await grid.waitFor();
    const cell = (d: Date) => grid.locator(`[data-day="${dayKey(d)}"]`);
    // The fixture: four breaks (the goal) on each of the 10 days before today and of the 15 before the 11th day back.
    const newest = addDays(today, -1);
    const oldest = addDays(today, -26);
    for (const d of [newest, oldest]) await expect.poll(() => cell(d).getAttribute('class')).toContain('cal--3');
    expect(await cell(addDays(today, -11)).getAttribute('class')).toContain('cal--0');

    // 26 days apart: the older day is in a week drawn further right.
    expect(await centreX(cell(oldest))).toBeGreaterThan(await centreX(cell(newest)));
    // The whole year: the first drawn day (the oldest) is right of today.
    const first = grid.locator('[data-day]').first();
    expect(await centreX(first)).toBeGreaterThan(await centreX(cell(today)));

    // The weekday names sit right of the first week, and the first month's name starts at its column's right edge
    // and runs leftwards (SVG's text-anchor start and end follow the text's direction).
    const labels = grid.locator('g[aria-hidden="true"] > text');
    const boxOf = async (l: Locator) => (await l.boundingBox())!;
    const firstCell = await boxOf(first);
    const count = await labels.count();
    for (let i = count - 3; i < count; i++) expect((await boxOf(labels.nth(i))).x).toBeGreaterThanOrEqual(firstCell.x + firstCell.width);
    // The first name is over one of the first three weeks (a month beginning in them takes the place).
    const firstDay = new Date(`${await first.getAttribute('data-day')}T12:00:00`);
    const edges = await Promise.all([0, 7, 14].map(async (d) => {
      const b = await boxOf(cell(addDays(firstDay, d)));
      return b.x + b.width;
    }));
    const month = await boxOf(labels.first());
    expect(Math.min(...edges.map((edge) => Math.abs(edge - (month.x + month.width))))).toBeLessThan(1.5);

    // Today holds the tab stop. ArrowRight goes to the cell on the right: a week earlier; ArrowLeft back.
    await cell(today).focus();
    expect(await focusedDay(page)).toBe(dayKey(today));
    await page.keyboard.press('ArrowRight');
    expect(await focusedDay(page)).toBe(dayKey(addDays(today, -7)));
    expect(await centreX(cell(addDays(today, -7)))).toBeGreaterThan(await centreX(cell(today)));
    await page.keyboard.press('ArrowRight');
    expect(await focusedDay(page)).toBe(dayKey(addDays(today, -14)));
    await page.keyboard.press('ArrowLeft');
    expect(await focusedDay(page)).toBe(dayKey(addDays(today, -7)));
    await page.keyboard.press('ArrowLeft');
    expect(await focusedDay(page)).toBe(dayKey(today));
    // No week after this one: focus stays on today.
    await page.keyboard.press('ArrowLeft');
    expect(await focusedDay(page)).toBe(dayKey(today));
    await page.close();
  });

  it('draws the charts from the right: the weeks, and the hours with the fixture\'s 9:00 right of its 16:00', async () => {
    const page = await run.open('options.html#breaks');
    const weekly = page.locator('.weekly svg[role="img"]');
    await weekly.waitFor();
    const bars = weekly.locator('.chart__bar');
    expect(await bars.count()).toBe(8);
    // Oldest week first in the document: at the right; each later week further left.
    const xs: number[] = [];
    for (let i = 0; i < 8; i++) xs.push(await centreX(bars.nth(i)));
    expect(xs).toEqual([...xs].sort((a, b) => b - a));

    // "When you move", by hour: the fixture's breaks are at 9:00, 11:00, 14:00 and 16:00; midnight is the first slot.
    const hours = page.getByRole('grid', { name: t('insights_hours_label'), exact: true });
    await hours.waitFor();
    const slot = (h: number) => hours.locator(`[data-bar="${h}"]`);
    const bar = (h: number) => hours.locator('.bars__bar').nth(h).locator('.chart__bar');
    expect(await centreX(slot(0))).toBeGreaterThan(await centreX(slot(23)));
    expect(await centreX(bar(9))).toBeGreaterThan(await centreX(bar(16)));
    expect((await bar(9).boundingBox())!.height).toBeGreaterThan(0);
    expect(await bar(10).getAttribute('height')).toBe('0');
    // Their keys follow the reading way too: ArrowLeft from midnight goes to 1:00.
    await slot(0).focus();
    const first = await focusedLabel(page);
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-bar'))).toBe('1');
    await page.keyboard.press('ArrowRight');
    expect(await focusedLabel(page)).toBe(first);
    await page.close();
  });

  it('prints the report right to left, its weeks from the right', async () => {
    const page = await run.open('options.html#breaks');
    await page.getByRole('button', { name: t('report_print'), exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed > 0);
    await page.emulateMedia({ media: 'print' });
    const report = page.getByTestId('printed-report');
    expect(await report.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await expectSetFromTheRight(report.locator('h1'));
    const weeks = page.getByTestId('report-weeks').locator('li');
    expect(await centreX(weeks.nth(0))).toBeGreaterThan(await centreX(weeks.nth(1)));
    await page.close();
  });

  it('moves the player the reading way, and draws its figures unmirrored', async () => {
    const page = await run.open('popup.html');
    // No animation between the checks: a transform found is the layout's, not a cue's keyframe.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const routine = ROUTINES.find((r) => r.id === 'neck-rolls')!;
    await page.getByTestId('routine-list').getByRole('button', { name: startsWith(t(messageKey(routine.id, 'title'))) }).click();
    const player = page.getByTestId('routine-player');
    const accept = page.getByRole('dialog').getByRole('button', { name: t('disclaimer_accept'), exact: true });
    await player.or(accept).waitFor();
    if (await accept.isVisible()) await accept.click();
    await player.getByRole('button', { name: t('player_start'), exact: true }).click();
    const total = num.format(routine.steps.length);
    const counter = (n: number) => player.getByText(t('player_step_counter', [num.format(n), total]), { exact: true });
    await counter(1).waitFor();

    // Next is on the left of Previous: the controls read from the right.
    const next = player.getByRole('button', { name: t('player_next'), exact: true });
    const previous = player.getByRole('button', { name: t('player_previous'), exact: true });
    expect(await centreX(previous)).toBeGreaterThan(await centreX(next));

    await player.focus();
    await page.keyboard.press('ArrowLeft');
    await counter(2).waitFor();
    await page.keyboard.press('ArrowLeft');
    await counter(3).waitFor();
    await page.keyboard.press('ArrowRight');
    await counter(2).waitFor();

    // Each figure of the routine: nothing between the page and the figure transforms it, and its drawing is not
    // flipped; only a right-side step's figure is mirrored, by its own drawing, as left to right.
    for (let step = 2; step <= routine.steps.length; step++) {
      const { illustration, side } = routine.steps[step - 1]!;
      const figure = player.locator(`svg[data-illustration="${illustration}"]`);
      await figure.waitFor();
      const seen = await figure.evaluate((svg) => {
        const transformed: string[] = [];
        for (let el: Element | null = svg; el; el = el.parentElement) {
          const transform = getComputedStyle(el).transform;
          if (transform !== 'none') transformed.push(`${el.tagName}.${el.getAttribute('class')}: ${transform}`);
        }
        const screen = (svg as SVGSVGElement).getScreenCTM()!;
        const drawing = (svg.firstElementChild as SVGGraphicsElement).getScreenCTM()!;
        return { transformed, svgFlipped: screen.a < 0, drawingFlipped: drawing.a < 0 };
      });
      expect({ step, ...seen }).toEqual({ step, transformed: [], svgFlipped: false, drawingFlipped: side === 'right' });
      if (step < routine.steps.length) {
        await page.keyboard.press('ArrowLeft');
        await counter(step + 1).waitFor();
      }
    }
    await page.close();
  });
});
