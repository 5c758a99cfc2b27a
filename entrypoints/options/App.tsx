// The options page: a navigation and six sections (your breaks, routines, schedule, sound and voice, your data,
// for administrators), each at its own fragment (options.html#schedule).
import { useEffect, useState } from 'preact/hooks';
import { DashboardView } from '../../components/DashboardView';
import { DayOffRanges } from '../../components/DayOffRanges';
import { DaysOff } from '../../components/DaysOff';
import { HistoryTransfer } from '../../components/HistoryTransfer';
import { NotificationHelp } from '../../components/NotificationHelp';
import { OptionsNav } from '../../components/options/OptionsNav';
import { OptionsSection } from '../../components/options/OptionsSection';
import { useCurrentSection } from '../../components/options/use-current-section';
import { PolicyExportDisclosure } from '../../components/PolicyExportDisclosure';
import { PolicyNote } from '../../components/PolicyNote';
import { ShortcutNote } from '../../components/ShortcutNote';
import { useI18n } from '../../components/i18n';
import { RoutineSettings } from '../../components/settings/RoutineSettings';
import { ScheduleSettings } from '../../components/settings/ScheduleSettings';
import { SoundSettings } from '../../components/settings/SoundSettings';
import { RetryNotice } from '../../components/RetryNotice';
import { ReportPanel } from '../../components/report/ReportPanel';
import { useLazy } from '../../components/use-lazy';
import { useOrganizationRoutines } from '../../components/use-organization-routines';
import { useLoad } from '../../components/use-load';
import { mineRoutineId } from '../../core/routines';
import { loadDashboardData } from '../../platform/dashboard-data';
import { downloadText } from '../../platform/download';
import { exportIds } from '../../platform/extension-identity';
import { addDayOffRange, deleteAllHistory, removeDayOffRange, setDayOff } from '../../platform/history';
import { exportHistory, importHistoryFile, keepHistory } from '../../platform/history-transfer';
import { deleteMyRoutines, loadMyRoutineDefinitions, saveMyRoutines, watchMyRoutines } from '../../platform/my-routines';
import { loadScheduleView, watchScheduleView } from '../../platform/schedule-view';
import { notificationsBlocked } from '../../platform/notification-permission';
import { saveSettings } from '../../platform/settings-store';
import { loadStorageProblems, storageProblemMessageKey, type VersionProblem } from '../../platform/storage-item';
import { canOpenShortcutSettings, openShortcutSettings, takeBreakShortcut } from '../../platform/shortcut';
import { uiLanguage } from '../../platform/i18n';
import type { VoiceInfo } from '../../core/voice';

// The browser's speech, for the voice list and the preview: loaded beside the page, not in its first paint.
const speech = () => import('../../platform/speech');

const report = (error: unknown) => console.error('Unknot options:', error);
const print = () => window.print();
// The editor and its player arrive after the first paint: the page's other sections do not wait for them.
const loadMyRoutinesEditor = () => import('../../components/my-routines/MyRoutines');
const watchMine = (changed: () => void) => watchMyRoutines(() => changed());
const newRoutineId = () => mineRoutineId(crypto.randomUUID());

export function App() {
  const { t, locale } = useI18n();
  const schedule = useLoad(loadScheduleView, { watch: watchScheduleView, onError: report });
  const view = schedule.value;
  const { value: data, failed: historyUnavailable, reload } = useLoad(loadDashboardData, { onError: report });
  const mine = useLoad(loadMyRoutineDefinitions, { watch: watchMine, onError: report });
  const editor = useLazy(loadMyRoutinesEditor, report);
  // The organization's pack can be copied into My routines (its own routines cannot be edited).
  const organization = useOrganizationRoutines(view, locale, report);
  const [shortcut, setShortcut] = useState<string>();
  const [blocked, setBlocked] = useState<boolean>();
  const [storageProblems, setStorageProblems] = useState<VersionProblem[]>([]);
  const [voices, setVoices] = useState<VoiceInfo[]>();
  // The fragment's section is opened once the settings and the dashboard (or its failure) are drawn: the dashboard
  // and the days off come in above the later sections, and pushed an opened #admin out of the window.
  const current = useCurrentSection(view !== undefined && (data !== undefined || historyUnavailable));

  useEffect(() => {
    // Ask the browser not to evict the history under storage pressure.
    keepHistory().catch(report);
    takeBreakShortcut().then(setShortcut).catch(report);
    notificationsBlocked().then(setBlocked).catch(report);
    // Data a failed or newer-version migration kept as it was: say so (nothing is lost meanwhile).
    loadStorageProblems().then(setStorageProblems).catch(report);
    speech()
      .then((m) => m.voicesFor(uiLanguage()))
      .then(setVoices)
      .catch(report);
  }, []);

  const settingsProps = view && { settings: view.settings, locked: view.policy.locked, ranges: view.policy.ranges, onSave: saveSettings };
  return (
    <div class="options">
      <header class="options__header">
        <h1>{t('options_title')}</h1>
        <OptionsNav current={current} />
      </header>
      <main class="options__main">
        {schedule.failed && <RetryNotice messageKey="h3a_settings_unavailable" onRetry={schedule.reload} />}
        {view?.policy.present && (
          <p class="notice">
            <a href="#admin">{view.policy.organizationName ? t('policy_managed_by', view.policy.organizationName) : t('policy_managed')}</a>
          </p>
        )}
        {[...new Set(storageProblems.map(storageProblemMessageKey))].map((key) => (
          <p key={key} role="alert" class="notice" data-testid="storage-problem">
            {t(key)}
          </p>
        ))}
        {historyUnavailable && (
          <p role="alert" class="notice">
            {t('history_unavailable')}
          </p>
        )}
        <OptionsSection section="breaks">
          {view && data && <DashboardView data={data} settings={view.settings} />}
          {view && data && <ReportPanel data={data} settings={view.settings} print={print} onError={report} />}
        </OptionsSection>
        <OptionsSection section="routines">
          {settingsProps && <RoutineSettings {...settingsProps} />}
          {mine.failed && <RetryNotice messageKey="h3a_settings_unavailable" onRetry={mine.reload} />}
          {editor && mine.value && <editor.MyRoutines definitions={mine.value} onSave={saveMyRoutines} newId={newRoutineId} organization={organization} />}
          <h3>{t('about_heading')}</h3>
          <p>{t('disclaimer_body')}</p>
          <p>{t('stop_signs_body')}</p>
        </OptionsSection>
        <OptionsSection section="schedule">
          {settingsProps && (
            <ScheduleSettings
              {...settingsProps}
              reachExtras={
                <>
                  <NotificationHelp blocked={blocked} />
                  {shortcut !== undefined && (
                    <ShortcutNote
                      shortcut={shortcut}
                      onChange={canOpenShortcutSettings ? () => void openShortcutSettings().catch(report) : undefined}
                    />
                  )}
                </>
              }
            />
          )}
        </OptionsSection>
        <OptionsSection section="sound">
          {settingsProps && (
            <SoundSettings
              {...settingsProps}
              voice={{
                voices,
                onPreview: () =>
                  speech().then((m) =>
                    m.previewVoice(t('voice_preview_text'), uiLanguage(), { voiceName: settingsProps.settings.voiceName, voiceRate: settingsProps.settings.voiceRate }),
                  ),
              }}
            />
          )}
        </OptionsSection>
        <OptionsSection section="data">
          <p>{t('about_privacy')}</p>
          {!historyUnavailable && (
            <HistoryTransfer
              // The export's promise goes on: the section says what it left out or clipped, or that it failed.
              onExportJson={() => exportHistory('json')}
              onExportCsv={() => exportHistory('csv')}
              // Each action hands its promise on: the component says so when it fails.
              onImport={async (file) => {
                const result = await importHistoryFile(file);
                if (result.ok) {
                  reload();
                  mine.reload();
                }
                return result;
              }}
              myRoutinesCount={mine.value?.length ?? 0}
              // My routines go only when the user ticked them, after the history.
              onDeleteAll={({ myRoutines }) =>
                deleteAllHistory()
                  .then(() => (myRoutines ? deleteMyRoutines() : undefined))
                  .then(reload)
              }
            />
          )}
          {data && (
            <DaysOff
              days={data.daysOff}
              onAdd={(day) => setDayOff(day, true).then(reload)}
              onRemove={(day) => setDayOff(day, false).then(reload)}
            />
          )}
          {data && (
            <DayOffRanges
              ranges={data.dayOffRanges}
              onAdd={(range) => addDayOffRange(range).then(reload)}
              onRemove={(range) => removeDayOffRange(range).then(reload)}
            />
          )}
        </OptionsSection>
        <OptionsSection section="admin">
          {view && <PolicyNote policy={view.policy} />}
          {view && (
            <PolicyExportDisclosure
              settings={view.settings}
              policy={view.policy}
              ids={exportIds()}
              newUuid={() => crypto.randomUUID()}
              onDownload={(file) => downloadText(file.filename, file.type, file.text)}
              onError={report}
            />
          )}
        </OptionsSection>
      </main>
    </div>
  );
}
