// The popup: when the next break is due, today's progress, and the routines.
import { BreakScreen } from '../../components/BreakScreen';
import { useI18n } from '../../components/i18n';
import { useNow } from '../../components/use-now';
import { scheduleStatus } from '../../core/schedule';
import { useBreakPage } from '../../pages/use-break-page';
import { openOptionsSection } from '../../platform/windows';

export function App() {
  const { t } = useI18n();
  const { screen, send, moved } = useBreakPage('popup');
  const now = useNow(15_000);
  const openTab = () => {
    send({ type: 'open-break-page' });
    window.close();
  };
  const view = screen.view.value;
  // Outside working hours the question is most often "why no break?": the Schedule section answers it.
  const settingsSection = view && scheduleStatus(view.settings, view.state, now).kind === 'outside' ? 'schedule' : 'breaks';
  const openSettings = () => {
    openOptionsSection(settingsSection)
      .then(() => window.close())
      .catch(screen.onError);
  };
  return (
    <BreakScreen
      {...screen}
      now={now}
      size="small"
      heading={() => 'ext_name'}
      onTakeBreak={openTab}
      actions={
        <>
          <button type="button" onClick={moved}>
            {t('action_moved')}
          </button>
          <button type="button" onClick={openTab}>
            {t('open_in_tab')}
          </button>
          <button type="button" onClick={openSettings}>
            {t('popup_open_settings')}
          </button>
        </>
      }
    />
  );
}
