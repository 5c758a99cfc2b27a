// Screenshots of the dashboard's new sections for the README, light and dark: When you move, Which routines help and
// How you answer reminders (docs/screenshots/insights-<scheme>.png), and Holidays and sick leave
// (day-off-ranges-<scheme>.png), from three months of demo breaks with the reminders they answered and two holidays.
import { join } from 'node:path';
import { addDays, format, formatISO } from 'date-fns';
import { syntheticHistory } from './synthetic-history.mjs';

const MINUTE = 60_000;

/**
 * The demo history as a version 2 file: in the last eight weeks every break answers a reminder (each fifth after a
 * snooze), and every seventh reminder goes unanswered until the day's end; a past holiday (its breaks taken out) and
 * a future one.
 */
export function insightsDemoHistory(now = new Date()) {
  const file = syntheticHistory({ now, years: 0.25, target: 300 });
  const holiday = { from: format(addDays(now, -24), 'yyyy-MM-dd'), to: format(addDays(now, -20), 'yyyy-MM-dd'), label: 'Holiday' };
  const summer = { from: format(addDays(now, 40), 'yyyy-MM-dd'), to: format(addDays(now, 53), 'yyyy-MM-dd'), label: 'Summer holiday' };
  const since = addDays(now, -56).getTime();
  const breaks = [];
  let n = 0;
  for (const b of file.breaks) {
    const day = b.at.slice(0, 10);
    if (holiday.from <= day && day <= holiday.to) continue;
    const time = Date.parse(b.at);
    if (time < since) {
      breaks.push(b);
      continue;
    }
    const at = (minutesBefore) => formatISO(new Date(time - minutesBefore * MINUTE));
    const due = `demo-due-${n}`;
    breaks.push({ id: due, at: at(14), kind: 'due' });
    let answered = due;
    if (n % 5 === 2) {
      breaks.push({ id: `demo-snooze-${n}`, at: at(13), kind: 'snoozed', dueId: due });
      answered = `${due}-again`;
      breaks.push({ id: answered, at: at(3), kind: 'due', dueId: due });
    }
    breaks.push({ ...b, dueId: answered });
    if (n % 7 === 3) {
      const missed = `demo-missed-${n}`;
      breaks.push({ id: missed, at: at(-45), kind: 'due' });
      breaks.push({ id: `demo-dropped-${n}`, at: formatISO(new Date(`${day}T17:30:00`)), kind: 'dropped', dueId: missed });
    }
    n++;
  }
  breaks.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : 1));
  return { ...file, version: 2, breaks, dayOffRanges: [holiday, summer] };
}

/**
 * Opens the dashboard in `context` (the extension at `base`, the demo history imported) at `size` and saves the two
 * pictures per scheme into `dir`. Returns the paths written.
 */
export async function shootInsights(context, base, { dir, size, schemes = ['light', 'dark'] }) {
  const written = [];
  const page = await context.newPage();
  try {
    await page.setViewportSize(size);
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto('about:blank');
      await page.goto(`${base}options.html#breaks`);
      await page.locator('[data-testid="insights-answers"] table').waitFor();
      await page.getByTestId('day-off-ranges').waitFor();
      await page.evaluate(() => document.activeElement?.blur());
      // From the "When you move" heading to the end of the reminders' table, across the dashboard's width.
      const clip = await page.evaluate(() => {
        const dashboard = document.querySelector('.dashboard').getBoundingClientRect();
        const heading = document.querySelector('[data-testid="insights-when"]').previousElementSibling;
        const top = heading.getBoundingClientRect().top;
        const bottom = document.querySelector('[data-testid="insights-answers"]').getBoundingClientRect().bottom;
        const pad = 16;
        return { x: Math.max(0, dashboard.left - pad), y: top + scrollY - pad, width: dashboard.width + 2 * pad, height: bottom - top + 2 * pad };
      });
      const insights = join(dir, `insights-${scheme}.png`);
      await page.screenshot({ path: insights, clip, fullPage: true });
      const ranges = join(dir, `day-off-ranges-${scheme}.png`);
      await page.locator('section[aria-labelledby="day-off-ranges-heading"]').screenshot({ path: ranges });
      written.push(insights, ranges);
    }
  } finally {
    await page.close();
  }
  return written;
}
