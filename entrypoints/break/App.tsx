// The break page: the same routines and player as the popup, in a full tab with large illustrations.
import { BreakScreen } from '../../components/BreakScreen';
import { useI18n } from '../../components/i18n';
import { useNow } from '../../components/use-now';
import { useBreakPage } from '../../pages/use-break-page';

export function App() {
  const { t } = useI18n();
  const { screen, moved } = useBreakPage('break page');
  const now = useNow(15_000);
  return (
    <BreakScreen
      {...screen}
      now={now}
      size="large"
      heading={(due) => (due ? 'break_due_heading' : 'break_page_title')}
      dueText="break_due_text"
      actions={
        <button type="button" onClick={moved}>
          {t('action_moved')}
        </button>
      }
    />
  );
}
