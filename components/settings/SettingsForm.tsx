// Every scheduler and routine setting, each saved as soon as it is valid, locked ones shown but disabled.
import { noBreakFits } from '../../core/break-fit';
import { messageKey, ROUTINES, type RoutineId } from '../../core/routines';
import { SNOOZE_CHOICES, type SettingName, type Settings } from '../../core/settings';
import { problemMessageKey } from '../../core/settings-problems';
import { useI18n } from '../i18n';
import { CheckboxGroup } from './CheckboxGroup';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import { ToggleField } from './ToggleField';
import type { SaveSettings } from './use-setting-field';
import { weekdayOptions } from './weekdays';
import { WorkHoursField } from './WorkHoursField';
import './settings.css';

export interface SettingsFormProps {
  /** The effective settings, as stored (policy applied). */
  settings: Settings;
  locked: ReadonlySet<SettingName>;
  /** Stores the changed settings; a rejection (a full storage quota, say) is shown under the field, which shows the stored value again. */
  onSave: SaveSettings;
}

export function SettingsForm({ settings, locked, onSave }: SettingsFormProps) {
  const { t, locale } = useI18n();
  const common = <N extends SettingName>(name: N) => ({ name, locked: locked.has(name), onSave });
  // Without a working period longer than the interval no break ever comes: say so beside the fields that decide it.
  const noBreak = noBreakFits(settings);
  return (
    <form class="settings" aria-labelledby="settings-heading" onSubmit={(e) => e.preventDefault()}>
      <h2 id="settings-heading">{t('settings_heading')}</h2>
      <NumberField {...common('intervalMinutes')} label={t('setting_interval')} value={settings.intervalMinutes} />
      <CheckboxGroup {...common('workDays')} legend={t('setting_work_days')} options={weekdayOptions(locale)} selected={settings.workDays} />
      <WorkHoursField locked={locked.has('workHours')} onSave={onSave} value={settings.workHours} />
      <div role="status" class="settings__warning" data-testid="no-break-warning">
        {noBreak && <p>{t(problemMessageKey({ reason: 'no-break-fits' }), String(settings.intervalMinutes))}</p>}
      </div>
      <SelectField
        {...common('snoozeMinutes')}
        label={t('setting_snooze')}
        value={settings.snoozeMinutes}
        options={SNOOZE_CHOICES.map((m) => ({ value: m, label: t('routine_duration', String(m)) }))}
      />
      <NumberField {...common('maxSnoozes')} label={t('setting_max_snoozes')} value={settings.maxSnoozes} />
      <NumberField {...common('naturalBreakMinutes')} label={t('setting_natural_break')} value={settings.naturalBreakMinutes} />
      <NumberField {...common('dailyGoal')} label={t('setting_daily_goal')} value={settings.dailyGoal} />
      <ToggleField {...common('allowPause')} label={t('setting_allow_pause')} checked={settings.allowPause} />
      <CheckboxGroup<RoutineId>
        {...common('enabledRoutines')}
        legend={t('setting_routines')}
        options={ROUTINES.map((r) => ({ value: r.id, label: t(messageKey(r.id, 'title')) }))}
        selected={settings.enabledRoutines}
      />
      <ToggleField {...common('sound')} label={t('setting_sound')} checked={settings.sound} />
      <NumberField {...common('volume')} label={t('setting_volume')} value={settings.volume} />
    </form>
  );
}
