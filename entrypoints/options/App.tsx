// The options page: streaks and charts, export and import, days off, settings, and the safety note.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { DashboardView } from '../../components/DashboardView';
import { DaysOff } from '../../components/DaysOff';
import { HistoryTransfer, type ImportOutcome } from '../../components/HistoryTransfer';
import { PolicyNote } from '../../components/PolicyNote';
import { ShortcutNote } from '../../components/ShortcutNote';
import { useI18n } from '../../components/i18n';
import { SettingsForm } from '../../components/settings/SettingsForm';
import { useLive } from '../../components/use-live';
import type { Settings } from '../../core/settings';
import { loadDashboardData, type DashboardData } from '../../platform/dashboard-data';
import { deleteAllHistory, setDayOff } from '../../platform/history';
import { exportHistory, importHistoryFile, keepHistory } from '../../platform/history-transfer';
import { loadScheduleView, watchScheduleView } from '../../platform/schedule-view';
import { saveSettings } from '../../platform/settings-store';
import { openShortcutSettings, takeBreakShortcut } from '../../platform/shortcut';

const report = (error: unknown) => console.error('Unknot options:', error);
const save = (changes: Partial<Settings>) => void saveSettings(changes).catch(report);

export function App() {
  const { t } = useI18n();
  const view = useLive(loadScheduleView, watchScheduleView);
  const [data, setData] = useState<DashboardData>();
  const [historyUnavailable, setHistoryUnavailable] = useState(false);
  const [shortcut, setShortcut] = useState<string>();

  const reload = useCallback(() => {
    loadDashboardData()
      .then((d) => {
        setData(d);
        setHistoryUnavailable(false);
      })
      .catch((error: unknown) => {
        report(error);
        setHistoryUnavailable(true);
      });
  }, []);

  useEffect(() => {
    reload();
    // Ask the browser not to evict the history under storage pressure.
    void keepHistory();
    takeBreakShortcut().then(setShortcut).catch(report);
  }, [reload]);

  const onImport = async (file: File): Promise<ImportOutcome> => {
    const outcome = await importHistoryFile(file);
    if (!outcome.ok) {
      return {
        ok: false,
        problems: outcome.problems.map((p) => ({ message: t(`import_problem_${p.code.replace(/-/g, '_')}`, [p.path, p.detail ?? '']) })),
      };
    }
    reload();
    return outcome.stored ? outcome : { ok: false, problems: [{ message: t('import_failed') }] };
  };

  return (
    <main>
      <h1>{t('options_title')}</h1>
      {view && <PolicyNote policy={view.policy} />}
      {historyUnavailable && (
        <p role="alert" class="notice">
          {t('history_unavailable')}
        </p>
      )}
      {view && data && <DashboardView data={data} settings={view.settings} />}
      {!historyUnavailable && (
        <HistoryTransfer
          onExportJson={() => void exportHistory('json').catch(report)}
          onExportCsv={() => void exportHistory('csv').catch(report)}
          onImport={onImport}
          onDeleteAll={async () => {
            await deleteAllHistory();
            reload();
          }}
        />
      )}
      {data && (
        <DaysOff
          days={data.daysOff}
          onAdd={(day) => void setDayOff(day, true).then(reload).catch(report)}
          onRemove={(day) => void setDayOff(day, false).then(reload).catch(report)}
        />
      )}
      {view && <SettingsForm settings={view.settings} locked={view.policy.locked} onSave={save} />}
      {shortcut !== undefined && (
        <ShortcutNote
          shortcut={shortcut}
          onChange={import.meta.env.FIREFOX ? undefined : () => void openShortcutSettings().catch(report)}
        />
      )}
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">{t('about_heading')}</h2>
        <p>{t('disclaimer_body')}</p>
        <p>{t('stop_signs_body')}</p>
        <p>{t('about_privacy')}</p>
      </section>
    </main>
  );
}
