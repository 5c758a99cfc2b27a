// A history file for the dashboard's insights: breaks spread over hours, weekdays and the last year, and intensity ratings,
// with the figures the dashboard should show worked out from how each break was made (not from the file's text).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addDays, formatISO, startOfDay } from 'date-fns';

export type Span = '4w' | '12w' | '12m';
/** The most days back each span reaches (today is 0): 28, 84 and 365 days with today. */
const SPAN_LAST_DAY: Record<Span, number> = { '4w': 27, '12w': 83, '12m': 364 };

interface Made {
  daysAgo: number;
  /** The local hour and weekday (Monday 0) of the Date the break was made from. */
  hour: number;
  weekday: number;
  counts: boolean;
}

export interface InsightsFixture {
  path: string;
  breaks: number;
  made: Made[];
  /** Per routine title: [ratings, the average change as the English page writes it]. */
  routines: [string, string, string][];
}

// Days back: some in each span, one more than a year back (outside all three).
const DAYS_AGO = [1, 2, 3, 4, 6, 9, 13, 20, 27, 28, 31, 40, 55, 70, 83, 84, 120, 200, 300, 364, 365, 400];

export async function writeInsightsFixture(dir: string, now = new Date()): Promise<InsightsFixture> {
  const today = startOfDay(now);
  const breaks: Record<string, unknown>[] = [];
  const made: Made[] = [];
  let n = 0;
  const add = (day: Date, hour: number, fields: Record<string, unknown>, counts: boolean, daysAgo: number) => {
    const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour, 15);
    breaks.push({ id: `insights-${n++}`, at: formatISO(at), ...fields });
    // The Date's own hour: a DST gap would move 2:15 to 3:15, and the file then says 3.
    made.push({ daysAgo, hour: at.getHours(), weekday: (at.getDay() + 6) % 7, counts });
  };
  DAYS_AGO.forEach((daysAgo, i) => {
    const day = addDays(today, -daysAgo);
    // One to three completed breaks a day, at hours that differ from day to day and cover the clock.
    for (let k = 0; k <= i % 3; k++) {
      const hour = (i * 5 + k * 7) % 24;
      const fields = k === 1 ? { kind: 'movement', completed: true } : { kind: 'routine', routineId: 'desk-movement', seconds: 120, completed: true };
      add(day, hour, fields, true, daysAgo);
    }
    // Breaks that are not completed: counted nowhere.
    add(day, (i * 3 + 1) % 24, { kind: 'skipped' }, false, daysAgo);
    add(day, (i * 3 + 2) % 24, { kind: 'routine', routineId: 'calves', seconds: 30, completed: false }, false, daysAgo);
  });
  // Intensity ratings in the last weeks: neck rolls six times, changes −3, −2, −4, −1, −3, −2 → −15 / 6 = −2.5;
  // jaw release three times (not enough); shoulder blades five times, changes +1, 0, 0, −1, +2 → +2 / 5 = +0.4.
  const rate = (routineId: string, pairs: [number, number][], hour: number) =>
    pairs.forEach(([before, after], i) =>
      add(addDays(today, -(i + 2)), hour, { kind: 'routine', routineId, seconds: 180, completed: true, intensityBefore: before, intensityAfter: after }, true, i + 2),
    );
  rate('neck-rolls', [[6, 3], [5, 3], [7, 3], [4, 3], [5, 2], [2, 0]], 10);
  rate('jaw-release', [[5, 4], [6, 2], [3, 3]], 15);
  rate('wall-ball-shoulder-blades', [[2, 3], [4, 4], [0, 0], [3, 2], [1, 3]], 17);

  const order = breaks.map((b, i) => [b, made[i]!] as const).sort(([a], [b]) => Date.parse(a.at as string) - Date.parse(b.at as string));
  const file = { format: 'unknot-history', version: 1, exportedAt: formatISO(now), breaks: order.map(([b]) => b), daysOff: [] };
  const path = join(dir, 'insights.json');
  await writeFile(path, JSON.stringify(file, null, 2) + '\n');
  return {
    path,
    breaks: breaks.length,
    made: order.map(([, m]) => m),
    routines: [
      ['Neck rolls for tech neck', '6', '-2.5'],
      ['Wall-ball between the shoulder blades', '5', '+0.4'],
      ['Jaw release', '3', 'not enough ratings yet'],
    ],
  };
}

/** The completed breaks in a span, by hour (24) and by weekday (7, Monday first), as the tables show them. */
export function expectedCounts(fixture: InsightsFixture, span: Span): { hours: string[]; weekdays: string[] } {
  const hours = new Array<number>(24).fill(0);
  const weekdays = new Array<number>(7).fill(0);
  for (const m of fixture.made) {
    if (!m.counts || m.daysAgo > SPAN_LAST_DAY[span]) continue;
    hours[m.hour]! += 1;
    weekdays[m.weekday]! += 1;
  }
  return { hours: hours.map(String), weekdays: weekdays.map(String) };
}
