// The break page: the same routines and player as the popup, in a full tab with large illustrations.
import { BreaksToday } from '../../components/BreaksToday';
import { RoutineSession } from '../../components/RoutineSession';
import { SchedulePanel } from '../../components/SchedulePanel';
import { useI18n } from '../../components/i18n';
import { useNow } from '../../components/use-now';
import { scheduleStatus } from '../../core/schedule';
import { orderRoutines } from '../../core/suggest';
import { useBreakData } from '../../platform/use-break-data';

export function App() {
  const { t } = useI18n();
  const { view, recent, historyUnavailable, ports, send, moved, report } = useBreakData('break page');
  const now = useNow(15_000);
  const due = view !== undefined && scheduleStatus(view.settings, view.state, now).kind === 'due';
  return (
    <main>
      <header class="header">
        <h1>{t(due ? 'break_due_heading' : 'break_page_title')}</h1>
        {view && <BreaksToday done={recent?.doneToday ?? 0} goal={view.settings.dailyGoal} />}
      </header>
      {due && <p>{t('break_due_text')}</p>}
      {historyUnavailable && <p role="alert" class="notice">{t('history_unavailable')}</p>}
      {view && (
        <>
          <SchedulePanel view={view} now={now} onCommand={send} />
          <RoutineSession
            ports={ports}
            routines={orderRoutines(view.settings.enabledRoutines, recent?.lastDone ?? new Map(), due && view.state.snoozes > 0)}
            size="large"
            onError={report}
          >
            <div class="controls">
              <button type="button" onClick={moved}>
                {t('action_moved')}
              </button>
            </div>
          </RoutineSession>
        </>
      )}
    </main>
  );
}
