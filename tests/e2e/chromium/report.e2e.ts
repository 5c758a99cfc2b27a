// The real Chrome build: import a history, print the report to PDF as the print dialog would (print CSS), and read
// it back with poppler's pdftotext and pdfinfo: the figures are the test's own counts of the breaks it made, a reason
// for days off is printed only when ticked, and the report is one page on A4 and on US Letter.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { addDays, differenceInCalendarDays, format, formatISO, startOfDay, startOfWeek } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumRun } from '../support/chromium';
import { ALL_DAY, api } from '../support/extension-api';

const run = promisify(execFile);
type Span = '12w' | '12m';
const SPAN_DAYS: Record<Span, number> = { '12w': 84, '12m': 365 };
const REASON = 'Sick leave after a fall';

interface Made {
  daysAgo: number;
  counts: boolean;
  routineId?: string;
  before?: number;
  after?: number;
}

/** Days back from today with completed breaks: today and the 4 days before (the current streak, 5), 40–48 (the best, 9). */
const STREAK_NOW = [0, 1, 2, 3, 4];
const STREAK_BEST = [40, 41, 42, 43, 44, 45, 46, 47, 48];
/** Single breaks further back: inside 12 weeks (60, 83), inside 12 months only (84, 150, 300), outside both (370). */
const SCATTERED = [60, 83, 84, 150, 300, 370];

function build(now: Date) {
  const today = startOfDay(now);
  const breaks: Record<string, unknown>[] = [];
  const made: Made[] = [];
  let n = 0;
  const add = (daysAgo: number, minute: number, fields: Record<string, unknown>, counts: boolean) => {
    const day = addDays(today, -daysAgo);
    // Just after midnight: today's break is never in the future, whenever the test runs.
    const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, minute);
    breaks.push({ id: `report-${n++}`, at: formatISO(at), ...fields });
    made.push({ daysAgo, counts, routineId: fields.routineId as string | undefined, before: fields.intensityBefore as number, after: fields.intensityAfter as number });
  };
  for (const daysAgo of [...STREAK_NOW, ...STREAK_BEST, ...SCATTERED]) {
    add(daysAgo, 1, { kind: 'movement', completed: true }, true);
    add(daysAgo, 2, { kind: 'skipped' }, false);
  }
  // Neck rolls rated six times (before → after): 6 → 3, 5 → 3, 7 → 4, 4 → 3, 5 → 2, 3 → 0: averages 5.0 → 2.5, change −2.5.
  [[6, 3], [5, 3], [7, 4], [4, 3], [5, 2], [3, 0]].forEach(([before, after], i) =>
    add(STREAK_BEST[i]!, 10, { kind: 'routine', routineId: 'neck-rolls', seconds: 180, completed: true, intensityBefore: before, intensityAfter: after }, true),
  );
  // Jaw release done twice, rated once (too few); once more stopped halfway (not done, still a rating).
  add(1, 20, { kind: 'routine', routineId: 'jaw-release', seconds: 90, completed: true, intensityBefore: 4, intensityAfter: 2 }, true);
  add(2, 20, { kind: 'routine', routineId: 'jaw-release', seconds: 90, completed: true }, true);
  add(3, 20, { kind: 'routine', routineId: 'jaw-release', seconds: 30, completed: false, intensityBefore: 5, intensityAfter: 5 }, false);
  // Calf release 150 days back: in 12 months only.
  add(150, 30, { kind: 'routine', routineId: 'calves', seconds: 60, completed: true }, true);

  const key = (daysAgo: number) => format(addDays(today, -daysAgo), 'yyyy-MM-dd');
  const file = {
    format: 'unknot-history',
    version: 2,
    exportedAt: formatISO(now),
    breaks: breaks.sort((a, b) => Date.parse(a.at as string) - Date.parse(b.at as string)),
    daysOff: [key(30), key(200)],
    // 20–24 days back (5 days, with the reason), and 100–102 days back (3 days, in 12 months only).
    dayOffRanges: [
      { from: key(24), to: key(20), label: REASON },
      { from: key(102), to: key(100), label: 'Family visit' },
    ],
  };
  return { file, made, today };
}

/** What the report should say for a span, from how the test made the breaks (not from the file or the page). */
function expected(made: Made[], today: Date, span: Span) {
  const days = SPAN_DAYS[span];
  const inSpan = made.filter((m) => m.daysAgo < days);
  const first = addDays(today, 1 - days);
  // Monday weeks, each labelled by its first day inside the span ("Sep 9"), with its completed breaks.
  const weeks: [string, number][] = [];
  for (let monday = startOfWeek(first, { weekStartsOn: 1 }); monday <= today; monday = addDays(monday, 7)) {
    const from = monday < first ? first : monday;
    const count = inSpan.filter((m) => m.counts && differenceInCalendarDays(from, addDays(today, -m.daysAgo)) <= 0 && differenceInCalendarDays(addDays(monday, 7), addDays(today, -m.daysAgo)) > 0).length;
    weeks.push([format(from, 'MMM d'), count]);
  }
  const done = (id: string) => inSpan.filter((m) => m.routineId === id && m.counts).length;
  return {
    period: new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).formatRange(first, today).replace(/\s/g, ' '),
    total: inSpan.filter((m) => m.counts).length,
    weeks,
    neckRolls: `Neck rolls for tech neck ${done('neck-rolls')} 6 5.0 2.5 -2.5`,
    jaw: `Jaw release ${done('jaw-release')} 2 not enough ratings yet`,
    calves: done('calves'),
    daysOff: span === '12w' ? 1 + 5 : 2 + 5 + 3,
  };
}

/** Prints the report as the print dialog would, to a PDF of `format`; returns its text (one line a row) and page count. */
async function printReport(page: Page, dir: string, format: 'A4' | 'Letter') {
  const before = await page.evaluate(() => (window as unknown as { printed: number }).printed);
  await page.getByRole('button', { name: 'Print a report' }).click();
  // The page asked for the print dialog once the report was drawn (window.print is the test's, see below).
  await page.waitForFunction((n) => (window as unknown as { printed: number }).printed > n, before);
  const path = join(dir, `report-${format}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, format });
  await page.emulateMedia({ media: 'screen' });
  const text = (await run('pdftotext', ['-layout', path, '-'])).stdout;
  const info = (await run('pdfinfo', [path])).stdout;
  return {
    /** Whitespace (Intl's thin spaces, the layout's columns) as single spaces. */
    text: text.replace(/\s+/g, ' '),
    pages: Number(info.match(/^Pages:\s+(\d+)/m)?.[1]),
    size: info.match(/^Page size:\s+([\d.]+ x [\d.]+)/m)?.[1],
  };
}

const between = (text: string, start: string, end: string) => text.slice(text.indexOf(start) + start.length, text.indexOf(end));

function expectFigures(text: string, want: ReturnType<typeof expected>) {
  expect(text).toContain(`Period: ${want.period}`);
  expect(text).toMatch(/Current streak 5 days Best streak 9 days/);
  expect(text).toContain(`Completed breaks in this period ${want.total}`);
  const weeks = [...between(text, 'Completed breaks per week (week from)', 'Routines and intensity').matchAll(/([A-Z][a-z]{2} \d{1,2}) (\d+)/g)].map(
    (m) => [m[1], Number(m[2])],
  );
  expect(weeks).toEqual(want.weeks);
  expect(text).toContain(want.neckRolls);
  expect(text).toContain(want.jaw);
  expect(text).toContain(`${want.daysOff} days off in this period`);
}

describe('the printed report in Chromium', () => {
  let dir: string;
  let chromium: ChromiumRun;
  let page: Page;
  let made: Made[];
  let today: Date;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-report-'));
    const built = build(new Date());
    ({ made, today } = built);
    const path = join(dir, 'history.json');
    await writeFile(path, JSON.stringify(built.file, null, 2));
    chromium = await launchChromium();
    // The print dialog would wait for a person: the test counts the requests and prints with page.pdf instead.
    await chromium.context.addInitScript(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void (w.printed += 1);
    });
    page = await chromium.open('options.html');
    await api(page).setSettings({ ...ALL_DAY, dailyGoal: 1 });
    await page.getByLabel('Import history').setInputFiles(path);
    await page.getByTestId('import-result').filter({ hasText: `Imported ${built.file.breaks.length} breaks` }).waitFor();
    await page.getByTestId('streak-best').filter({ hasText: '9' }).waitFor();
  });
  afterAll(async () => {
    await chromium?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('prints 12 weeks by default with the file\'s figures and no reason for the days off, on one page of A4 and of Letter', async () => {
    const want = expected(made, today, '12w');
    const a4 = await printReport(page, dir, 'A4');
    expectFigures(a4.text, want);
    expect(want.calves).toBe(0);
    expect(a4.text).not.toContain('Calf release');
    expect(a4.text).not.toContain(REASON);
    expect(a4.text).not.toContain('Family visit');
    expect([a4.size, a4.pages]).toEqual(['595.92 x 842.88', 1]);

    const letter = await printReport(page, dir, 'Letter');
    expectFigures(letter.text, want);
    expect([letter.size, letter.pages]).toEqual(['612 x 792', 1]);
  });

  it('prints 12 months with the reasons when ticked, still on one page of A4 and of Letter', async () => {
    await page.getByTestId('insights-when').scrollIntoViewIfNeeded(); // the report's controls come after the dashboard
    await page.locator('.report-panel').getByRole('radio', { name: '12 months' }).check();
    await page.getByRole('checkbox', { name: 'Include the reasons for days off' }).check();
    const want = expected(made, today, '12m');
    for (const format of ['A4', 'Letter'] as const) {
      const printed = await printReport(page, dir, format);
      expectFigures(printed.text, want);
      expect(printed.text).toContain(`Calf release ${want.calves} 0`);
      expect(printed.text).toContain(REASON);
      expect(printed.text).toContain('Family visit');
      expect(printed.pages).toBe(1);
    }
  });
});
