// The popup: when the next break is due, today's progress, and the routines.
import { BreakScreen } from '../../components/BreakScreen';
import { useI18n } from '../../components/i18n';
import { useNow } from '../../components/use-now';
import { useBreakPage } from '../../pages/use-break-page';

export function App() {
  const { t } = useI18n();
  const { screen, send, moved } = useBreakPage('popup');
  const now = useNow(15_000);
  const openTab = () => {
    send({ type: 'open-break-page' });
    window.close();
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
        </>
      }
    />
  );
}
