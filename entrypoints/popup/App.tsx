// The popup: when the next break is due, and the buttons to take, pause, snooze or skip it.
import { SchedulePanel } from '../../components/SchedulePanel';
import { useI18n } from '../../components/i18n';
import { useLive } from '../../components/use-live';
import { useNow } from '../../components/use-now';
import { sendCommand } from '../../platform/messages';
import { loadScheduleView, watchScheduleView } from '../../platform/schedule-view';

const report = (error: unknown) => console.error('Unknot popup:', error);

export function App() {
  const { t } = useI18n();
  const view = useLive(loadScheduleView, watchScheduleView);
  const now = useNow(15_000);
  return (
    <main>
      <h1>{t('ext_name')}</h1>
      {view && (
        <SchedulePanel
          view={view}
          now={now}
          onCommand={(command) => void sendCommand(command).catch(report)}
          onTakeBreak={() => void sendCommand({ type: 'open-break-page' }).catch(report)}
        />
      )}
    </main>
  );
}
