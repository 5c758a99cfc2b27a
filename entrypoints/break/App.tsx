// The break page: says a break is due and offers to snooze or skip it.
import { SchedulePanel } from '../../components/SchedulePanel';
import { useI18n } from '../../components/i18n';
import { useLive } from '../../components/use-live';
import { useNow } from '../../components/use-now';
import { scheduleStatus } from '../../core/schedule';
import { sendCommand } from '../../platform/messages';
import { loadScheduleView, watchScheduleView } from '../../platform/schedule-view';

const report = (error: unknown) => console.error('Unknot break page:', error);

export function App() {
  const { t } = useI18n();
  const view = useLive(loadScheduleView, watchScheduleView);
  const now = useNow(15_000);
  if (!view) return <main />;
  const due = scheduleStatus(view.settings, view.state, now).kind === 'due';
  return (
    <main>
      <h1>{t(due ? 'break_due_heading' : 'break_not_due_heading')}</h1>
      {due && <p>{t('break_due_text')}</p>}
      <SchedulePanel view={view} now={now} onCommand={(command) => void sendCommand(command).catch(report)} />
    </main>
  );
}
