// A version 2 history file with reminders, snoozes, skips, drops and a range of days off, shared by the Chromium and
// Firefox tests, with what the dashboard should show worked out from how each record was made (not from the file).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays, addMonths, format, formatISO, setDate, startOfWeek } from 'date-fns';

type Ending = 'taken' | 'snoozedTaken' | 'natural' | 'skipped' | 'dropped' | 'none';

/** Reminders per week (weeks back from this one), each with how it ends. */
const PLAN: Record<number, Ending[]> = {
  1: ['taken', 'taken', 'snoozedTaken', 'skipped', 'dropped', 'natural'],
  2: ['snoozedTaken', 'skipped', 'none'],
};

export interface AnswersFixture {
  path: string;
  records: number;
  /** "How you answer reminders": per week's English (en-US) short date ("Nov 23"), the row's other cells. */
  weeks: Record<string, string[]>;
  /** "Holidays and sick leave": the one range, as parts of its line that any English date range shows. */
  range: { from: string; to: string; year: string; label: string };
}

export async function writeAnswersFixture(dir: string, now: Date): Promise<AnswersFixture> {
  const breaks: Record<string, unknown>[] = [];
  const weeks: Record<string, string[]> = {};
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
    weeks[format(monday, 'MMM d')] = [
      String(endings.length),
      ...[tally.taken, tally.snoozedTaken, tally.natural, tally.skipped, tally.unanswered].map(String),
      `${Math.round((100 * taken) / endings.length)}%`,
    ];
  }
  // Across a month's end (and, in December, the year's): from the 28th of next month to the 3rd of the one after.
  const from = setDate(addMonths(now, 1), 28);
  const to = setDate(addMonths(now, 2), 3);
  const label = 'Holiday';
  const file = {
    format: 'unknot-history',
    version: 2,
    exportedAt: formatISO(now),
    breaks,
    daysOff: [],
    dayOffRanges: [{ from: format(from, 'yyyy-MM-dd'), to: format(to, 'yyyy-MM-dd'), label }],
  };
  const path = join(dir, 'answers.json');
  await writeFile(path, JSON.stringify(file, null, 2) + '\n');
  return { path, records: breaks.length, weeks, range: { from: format(from, 'MMM d'), to: format(to, 'MMM d'), year: format(to, 'yyyy'), label } };
}

/** The table's rows as [week, ...cells]: those of the planned weeks by week, and whether every other week is all zeros. */
export function answerRows(rows: string[][], fixture: AnswersFixture) {
  const planned = Object.fromEntries(rows.filter((r) => r[0]! in fixture.weeks).map((r) => [r[0]!, r.slice(1)]));
  const others = rows.filter((r) => !(r[0]! in fixture.weeks)).map((r) => r.slice(1, 7));
  return { planned, othersEmpty: others.every((cells) => cells.every((c) => c === '0')), count: rows.length };
}

/** The range's line, checked by its parts: the browsers' own date-range formats differ in their spaces and dashes. */
export function rangeLineMatches(line: string, { range }: AnswersFixture): boolean {
  return [range.from, range.to, range.year, `: ${range.label}`].every((part) => line.includes(part));
}
