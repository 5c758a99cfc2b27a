// What the options page's dashboard reads: per-day totals, days off and the last year's breaks, by the day index.
import type { BreakRecord } from '../core/breaks';
import { recentFrom } from '../core/dashboard';
import { localDayKey } from '../core/day';
import { breaksOnDays, dayTotals, daysOff } from './history';

export interface DashboardData {
  today: string;
  counts: Map<string, number>;
  daysOff: string[];
  recent: BreakRecord[];
}

export async function loadDashboardData(now = Date.now()): Promise<DashboardData> {
  const today = localDayKey(now);
  const [totals, off, recent] = await Promise.all([dayTotals(), daysOff(), breaksOnDays(recentFrom(today), today)]);
  return { today, counts: new Map(totals.map((d) => [d.day, d.counted])), daysOff: off, recent };
}
