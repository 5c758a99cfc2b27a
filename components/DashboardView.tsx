// The dashboard: headline numbers, the year's calendar, the last weeks, routines and intensity, and when and what helps.
import { useCallback, useMemo } from 'preact/hooks';
import { buildDashboard, dashboardRules } from '../core/dashboard';
import { isWorkingDay } from '../core/day';
import { routineLabel } from './routine-label';
import type { Settings } from '../core/settings';
import { workingWeekdays } from '../core/work-time';
import type { DashboardData } from '../platform/dashboard-data';
import { CalendarHeatmap } from './charts/CalendarHeatmap';
import { IntensityByWeek } from './charts/IntensityByWeek';
import { RoutineCounts } from './charts/RoutineCounts';
import { WeeklyBars } from './charts/WeeklyBars';
import { useI18n } from './i18n';
import { AnswerBreakdown } from './insights/AnswerBreakdown';
import { RoutineChanges } from './insights/RoutineChanges';
import { WhenYouMove } from './insights/WhenYouMove';
import { StreakCards } from './StreakCards';

export function DashboardView({ data, settings }: { data: DashboardData; settings: Settings }) {
  const { t } = useI18n();
  const { dailyGoal } = settings;
  // The days with working time: a working day whose own hours are empty is neutral, like a day off.
  const workDays = workingWeekdays(settings);
  // workDays by value (its key): a page that re-reads its settings hands over an equal but new array.
  const workDaysKey = workDays.join();
  const rules = useMemo(() => dashboardRules(settings, data.daysOff, data.dayOffRanges), [workDaysKey, dailyGoal, data.daysOff, data.dayOffRanges]);
  // One function while the rules hold: a new one each render made the calendar rebuild all 371 cells.
  const neutral = useCallback((day: string) => !isWorkingDay(day, rules), [rules]);
  const dashboard = useMemo(() => buildDashboard(data.counts, data.recent, rules, data.today), [data, rules]);
  return (
    // The section around it (Your breaks) brings the heading.
    <div class="dashboard">
      <StreakCards summary={dashboard.summary} today={dashboard.today} goal={settings.dailyGoal} />
      {data.counts.size === 0 && <p class="hint">{t('dashboard_empty')}</p>}
      <h3>{t('dashboard_calendar')}</h3>
      <div data-testid="calendar">
        <CalendarHeatmap
          counts={data.counts}
          today={data.today}
          goal={dailyGoal}
          neutral={neutral}
        />
      </div>
      <div class="dashboard__grid">
        <div>
          <h3>{t('dashboard_weeks')}</h3>
          <WeeklyBars weeks={dashboard.weeks} goal={settings.dailyGoal * workDays.length} />
        </div>
        <div>
          <h3>{t('dashboard_routines')}</h3>
          <RoutineCounts rows={dashboard.routines.map((r) => ({ label: routineLabel(r, t), count: r.count }))} />
        </div>
        <div>
          <h3>{t('dashboard_intensity')}</h3>
          <IntensityByWeek weeks={dashboard.intensity} />
        </div>
      </div>
      <h3>{t('insights_when')}</h3>
      <WhenYouMove when={dashboard.insights.when} />
      <h3>{t('insights_routines')}</h3>
      <RoutineChanges rows={dashboard.insights.routines} />
      <h3>{t('answers_heading')}</h3>
      <AnswerBreakdown weeks={dashboard.answers} />
    </div>
  );
}
