// The popup: when the next break is due, today's progress, and the routines.
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
  const { view, recent, historyUnavailable, ports, send, moved, report } = useBreakData('popup');
  const now = useNow(15_000);
  const openTab = () => {
    send({ type: 'open-break-page' });
    window.close();
  };
  // The heading paints at once; the rest follows when storage has answered.
  const status = view && scheduleStatus(view.settings, view.state, now);
  return (
    <main>
      <header class="header">
        <h1>{t('ext_name')}</h1>
        {view && <BreaksToday done={recent?.doneToday ?? 0} goal={view.settings.dailyGoal} />}
      </header>
      {historyUnavailable && <p role="alert" class="notice">{t('history_unavailable')}</p>}
      {view && status && (
        <>
          <SchedulePanel view={view} now={now} onCommand={send} onTakeBreak={openTab} />
          <RoutineSession
            ports={ports}
            routines={orderRoutines(
              view.settings.enabledRoutines,
              recent?.lastDone ?? new Map(),
              status.kind === 'due' && view.state.snoozes > 0,
            )}
            size="small"
            onError={report}
          >
            <div class="controls">
              <button type="button" onClick={moved}>
                {t('action_moved')}
              </button>
              <button type="button" onClick={openTab}>
                {t('open_in_tab')}
              </button>
            </div>
          </RoutineSession>
        </>
      )}
    </main>
  );
}
