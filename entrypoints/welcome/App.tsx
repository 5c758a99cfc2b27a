// The welcome page: what Unknot does, when you work, a first two-minute routine, and where the streaks are.
import { RoutineSession } from '../../components/RoutineSession';
import { useI18n } from '../../components/i18n';
import { CheckboxGroup } from '../../components/settings/CheckboxGroup';
import { weekdayOptions } from '../../components/settings/weekdays';
import { WorkHoursField } from '../../components/settings/WorkHoursField';
import { RetryNotice } from '../../components/RetryNotice';
import { useLoad } from '../../components/use-load';
import { routineById, type Routine } from '../../core/routines';
import { loadScheduleView, watchScheduleView } from '../../platform/schedule-view';
import { saveSettings } from '../../platform/settings-store';
import { useSessionPorts } from '../../pages/use-session-ports';
import type { OptionsSection } from '../../core/options-sections';

const FIRST_ROUTINE: Routine[] = [routineById('neck-rolls')!];

const report = (error: unknown) => console.error('Unknot welcome page:', error);

/** A link to a section of the options page (options.html#schedule): both pages are the extension's own, so a plain link does. */
function SectionLink({ section, label }: { section: OptionsSection; label: string }) {
  return (
    <p>
      <a href={`/options.html#${section}`}>{label}</a>
    </p>
  );
}

export function App() {
  const { t, locale } = useI18n();
  // Only the schedule and the session: the welcome page shows no history.
  const schedule = useLoad(loadScheduleView, { watch: watchScheduleView, onError: report });
  const view = schedule.value;
  const ports = useSessionPorts(view?.settings);
  const locked = view?.policy.locked;
  return (
    <main>
      <h1>{t('welcome_title')}</h1>
      <ol class="points">
        <li>{t('welcome_point_breaks')}</li>
        <li>{t('welcome_point_routines')}</li>
        <li>{t('welcome_point_private')}</li>
      </ol>

      {schedule.failed && <RetryNotice messageKey="h3a_settings_unavailable" onRetry={schedule.reload} />}
      {view && locked && (
        <section aria-labelledby="hours-heading">
          <h2 id="hours-heading">{t('welcome_hours_heading')}</h2>
          {locked.has('workDays') && locked.has('workHours') ? (
            <p>{t('welcome_hours_locked')}</p>
          ) : (
            <form class="settings" onSubmit={(e) => e.preventDefault()}>
              {!locked.has('workDays') && (
                <CheckboxGroup
                  name="workDays"
                  legend={t('setting_work_days')}
                  options={weekdayOptions(locale)}
                  selected={view.settings.workDays}
                  locked={false}
                  onSave={saveSettings}
                />
              )}
              {!locked.has('workHours') && (
                <WorkHoursField
                  value={view.settings.workHours}
                  byDay={view.settings.workHoursByDay}
                  workDays={view.settings.workDays}
                  locked={false}
                  onSave={saveSettings}
                />
              )}
              <p class="hint">{t('welcome_hours_saved')}</p>
              <SectionLink section="schedule" label={t('welcome_more_schedule')} />
            </form>
          )}
        </section>
      )}

      <section aria-labelledby="try-heading">
        <h2 id="try-heading">{t('welcome_try_heading')}</h2>
        <RoutineSession ports={ports} routines={FIRST_ROUTINE} size="large" onError={report} />
        <SectionLink section="routines" label={t('welcome_all_routines')} />
      </section>

      <section aria-labelledby="streaks-heading">
        <h2 id="streaks-heading">{t('welcome_streaks_heading')}</h2>
        <p>{t('welcome_streaks_text')}</p>
        <SectionLink section="breaks" label={t('welcome_open_options')} />
      </section>
    </main>
  );
}
