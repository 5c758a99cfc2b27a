// A history file with known streaks, dated relative to today so the numbers hold whenever the test runs.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays, formatISO, startOfDay } from 'date-fns';

export interface Fixture {
  path: string;
  text: string;
  /** Expected with every day a working day and the default goal of 4. */
  current: number;
  best: number;
  breaks: number;
}

const dayKey = (d: Date) => formatISO(d, { representation: 'date' });

/**
 * Four completed routines on each of the 10 days before today (current streak 10), nothing on
 * the day before those, and four on each of the 15 days before that (best streak 15).
 */
export async function writeStreakFixture(dir: string, now = new Date()): Promise<Fixture> {
  const today = startOfDay(now);
  const days = [
    ...Array.from({ length: 10 }, (_, i) => addDays(today, -1 - i)),
    ...Array.from({ length: 15 }, (_, i) => addDays(today, -12 - i)),
  ];
  const breaks = days.flatMap((day) =>
    [9, 11, 14, 16].map((hour) => ({
      id: `fixture-${dayKey(day)}-${hour}`,
      at: formatISO(new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour, 15)),
      kind: 'routine',
      routineId: 'neck-rolls',
      seconds: 125,
      completed: true,
      intensityBefore: 5,
      intensityAfter: 2,
    })),
  );
  breaks.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.id.localeCompare(b.id));
  const file = { format: 'unknot-history', version: 1, exportedAt: formatISO(now), breaks, daysOff: [dayKey(addDays(today, 30))] };
  const text = JSON.stringify(file, null, 2) + '\n';
  const path = join(dir, 'history.json');
  await writeFile(path, text);
  return { path, text, current: 10, best: 15, breaks: breaks.length };
}

export async function writeInvalidFixture(dir: string): Promise<string> {
  const path = join(dir, 'broken.json');
  await writeFile(
    path,
    JSON.stringify({
      format: 'unknot-history',
      version: 1,
      exportedAt: '2026-11-26T10:00:00+01:00',
      breaks: [{ id: 'x', at: '2026-11-26 10:00', kind: 'routine', routineId: 'neck-rolls', completed: true }],
      daysOff: [],
    }),
  );
  return path;
}
