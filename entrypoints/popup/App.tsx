// The popup: when the next break is due, today's progress, and the routines.
import { BreakScreen } from '../../components/BreakScreen';
import { useI18n } from '../../components/i18n';
import { useNow } from '../../components/use-now';
import { useBreakData } from '../../platform/use-break-data';

export function App() {
  const { t } = useI18n();
  const data = useBreakData('popup');
  const now = useNow(15_000);
  const openTab = () => {
    data.send({ type: 'open-break-page' });
    window.close();
  };
  return (
    <BreakScreen
      data={data}
      now={now}
      size="small"
      heading={() => 'ext_name'}
      onTakeBreak={openTab}
      actions={
        <>
          <button type="button" onClick={data.moved}>
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
