// What the options page's dashboard reads: per-day totals, days off and the last year's breaks, by the day index.
import type { BreakRecord } from '../core/breaks';
import { recentFrom } from '../core/dashboard';
import { localDayKey } from '../core/day';
import type { DayOffRange } from '../core/history-file';
import { breaksOnDays, dayOffRanges, dayTotals, daysOff } from './history';

export interface DashboardData {
  today: string;
  counts: Map<string, number>;
  daysOff: string[];
  /** Holidays and sick leave, from–to: their days are neutral for streaks like single days off. */
  dayOffRanges: DayOffRange[];
  recent: BreakRecord[];
}

export async function loadDashboardData(now = Date.now()): Promise<DashboardData> {
  const today = localDayKey(now);
  const [totals, off, ranges, recent] = await Promise.all([dayTotals(), daysOff(), dayOffRanges(), breaksOnDays(recentFrom(today), today)]);
  return { today, counts: new Map(totals.map((d) => [d.day, d.counted])), daysOff: off, dayOffRanges: ranges, recent };
}
