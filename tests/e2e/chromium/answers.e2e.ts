// The real Chrome build: a version 2 history with reminders, snoozes, skips and drops imports, and the dashboard's
// "How you answer reminders" shows each week's counts as the test built them (not read back from the file).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, format, formatISO, startOfWeek } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchChromium } from '../support/chromium';
import { ALL_DAY, api } from '../support/extension-api';

type Ending = 'taken' | 'snoozedTaken' | 'natural' | 'skipped' | 'dropped' | 'none';

/** Reminders per week (weeks back from this one), each with how it ends. */
const PLAN: Record<number, Ending[]> = {
  1: ['taken', 'taken', 'snoozedTaken', 'skipped', 'dropped', 'natural'],
  2: ['snoozedTaken', 'skipped', 'none'],
};

function build(now: Date) {
  const breaks: Record<string, unknown>[] = [];
  const expected: Record<string, string[]> = {};
  for (const [back, endings] of Object.entries(PLAN)) {
    const monday = addDays(startOfWeek(now, { weekStartsOn: 1 }), -7 * Number(back));
    const tally = { taken: 0, snoozedTaken: 0, natural: 0, skipped: 0, unanswered: 0 };
    endings.forEach((ending, i) => {
      // Tuesday, one reminder an hour from 09:00, each record a minute after the one before.
      const at = (minutes: number) => formatISO(new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 1, 9 + i, minutes));
      const id = `due-w${back}-${i}`;
      breaks.push({ id, at: at(0), kind: 'due' });
      let answered = id;
      if (ending === 'snoozedTaken') {
        breaks.push({ id: `s-${id}`, at: at(1), kind: 'snoozed', dueId: id });
        breaks.push({ id: `${id}-again`, at: at(11), kind: 'due', dueId: id });
        answered = `${id}-again`;
      }
      if (ending === 'taken' || ending === 'snoozedTaken') {
        breaks.push({ id: `r-${id}`, at: at(13), kind: 'routine', routineId: 'neck-rolls', completed: true, dueId: answered, seconds: 150 });
      }
      if (ending === 'natural') breaks.push({ id: `n-${id}`, at: at(2), kind: 'natural', seconds: 600, dueId: id });
      if (ending === 'skipped') breaks.push({ id: `k-${id}`, at: at(2), kind: 'skipped', dueId: id });
      if (ending === 'dropped') breaks.push({ id: `x-${id}`, at: at(30), kind: 'dropped', dueId: id });
      tally[ending === 'dropped' || ending === 'none' ? 'unanswered' : ending] += 1;
    });
    const taken = tally.taken + tally.snoozedTaken;
    // The page's English (en-US) short date: "Nov 23".
    expected[format(monday, 'MMM d')] = [
      String(endings.length),
      ...[tally.taken, tally.snoozedTaken, tally.natural, tally.skipped, tally.unanswered].map(String),
      `${Math.round((100 * taken) / endings.length)}%`,
    ];
  }
  const file = {
    format: 'unknot-history',
    version: 2,
    exportedAt: formatISO(now),
    breaks,
    daysOff: [],
    dayOffRanges: [{ from: format(addDays(now, 20), 'yyyy-MM-dd'), to: format(addDays(now, 30), 'yyyy-MM-dd'), label: 'Holiday' }],
  };
  return { text: JSON.stringify(file, null, 2), records: breaks.length, expected };
}

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
      const { text, records, expected } = build(new Date(await api(page).now()));
      const path = join(dir, 'history.json');
      await writeFile(path, text);
      await page.getByLabel('Import history').setInputFiles(path);
      await page.getByTestId('import-result').filter({ hasText: `Imported ${records} breaks` }).waitFor();
      const table = page.getByRole('table', { name: /^Breaks that came due each week/ });
      await table.waitFor();
      const rows: string[][] = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
      const shown = Object.fromEntries(rows.filter((r) => r[0]! in expected).map((r) => [r[0]!, r.slice(1)]));
      expect(shown).toEqual(expected);
      // Every other week of the eight has no reminder.
      for (const row of rows.filter((r) => !(r[0]! in expected))) expect(row.slice(1, 7)).toEqual(['0', '0', '0', '0', '0', '0']);
      expect(rows).toHaveLength(8);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await run.close();
    }
  });
});
