// The popup's weekly look back: last week's figures from the history, and the week it was closed in (a storage item).
import { isDayKey } from '../core/day';
import { daysOfRanges } from '../core/day-off-ranges';
import { lastWeekDays, lookBack, showLookBack, type LookBack } from '../core/look-back';
import type { Settings } from '../core/settings';
import { dayOffRanges, dayTotals, daysOff } from './history';
import { versionedItem } from './storage-item';

/** v1: the first day ("YYYY-MM-DD") of the working week in which the card was last closed. */
const closed = versionedItem('local:lookBackClosed', 1, {});

async function closedWeek(): Promise<string | undefined> {
  const { raw } = await closed.read();
  if (raw === null) return undefined;
  if (typeof raw === 'string' && isDayKey(raw)) return raw;
  console.warn('Unknot: the week the look back was closed in is unreadable; showing it again.', raw);
  return undefined;
}

export type LookBackSettings = Pick<Settings, 'workDays' | 'workHoursByDay' | 'dailyGoal'>;

/** Last week's look back if the card is to be shown now; undefined when it was closed this week or last week had no break. */
export async function loadLookBack(settings: LookBackSettings, now = Date.now()): Promise<LookBack | undefined> {
  const shut = await closedWeek();
  // Closed this week: the history is not even opened.
  if (shut === lastWeekDays(settings, now).week) return undefined;
  const [totals, off, ranges] = await Promise.all([dayTotals(), daysOff(), dayOffRanges()]);
  const counts = new Map(totals.map((d) => [d.day, d.counted]));
  const rules = { ...settings, daysOff: new Set([...off, ...daysOfRanges(ranges)]) };
  const look = lookBack(counts, rules, now);
  return showLookBack(look, shut) ? look : undefined;
}

/** The card stays closed until the working week after `week` begins. Rejects with a StorageWriteError when storage refuses. */
export async function closeLookBack(week: string): Promise<void> {
  await closed.save(week);
}
