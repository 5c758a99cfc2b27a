// Every scheduler and routine setting, each saved as soon as it is valid, locked ones shown but disabled.
import { noBreakReason } from '../../core/break-fit';
import { messageKey, ROUTINES, type RoutineId } from '../../core/routines';
import { BREAK_STYLES, SETTING_RANGES, SNOOZE_CHOICES, type SettingName, type Settings } from '../../core/settings';
import { problemMessageKey } from '../../core/settings-problems';
import { useI18n } from '../i18n';
import { CadenceField } from './CadenceField';
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
  // Without a working period that holds a break (one interval, or the chosen minute) no break ever comes:
  // say so beside the fields that decide it, with the reason that applies to the cadence in use.
  const noBreak = noBreakReason(settings);
  const { min: minSkips, max: maxSkips } = SETTING_RANGES.dailySkipLimit;
  const skipChoices = Array.from({ length: maxSkips - minSkips + 1 }, (_, i) => ({ value: minSkips + i, label: String(minSkips + i) }));
  return (
    <form class="settings" aria-labelledby="settings-heading" onSubmit={(e) => e.preventDefault()}>
      <h2 id="settings-heading">{t('settings_heading')}</h2>
      <NumberField
        {...common('intervalMinutes')}
        label={t('setting_interval')}
        value={settings.intervalMinutes}
        inactiveNote={settings.breakAtMinute === null ? undefined : t('h3c_interval_not_in_use')}
      />
      <CadenceField value={settings.breakAtMinute} locked={locked.has('breakAtMinute')} onSave={onSave} />
      <CheckboxGroup {...common('workDays')} legend={t('setting_work_days')} options={weekdayOptions(locale)} selected={settings.workDays} />
      <WorkHoursField locked={locked.has('workHours')} onSave={onSave} value={settings.workHours} />
      <div role="status" class="settings__warning" data-testid="no-break-warning">
        {noBreak && <p>{t(problemMessageKey(noBreak), noBreak.detail)}</p>}
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
      <SelectField
        {...common('dailySkipLimit')}
        label={t('h3c_skip_limit')}
        value={settings.dailySkipLimit}
        options={[{ value: null, label: t('h3c_skip_no_limit') }, ...skipChoices]}
      />
      <ToggleField {...common('allowPause')} label={t('setting_allow_pause')} checked={settings.allowPause} />
      <ToggleField {...common('waitForCalls')} label={t('h3c_wait_for_calls')} checked={settings.waitForCalls} />
      <NumberField {...common('maxWaitMinutes')} label={t('h3c_max_wait')} value={settings.maxWaitMinutes} />
      <SelectField
        {...common('breakStyle')}
        label={t('h3c_break_style')}
        value={settings.breakStyle}
        options={BREAK_STYLES.map((style) => ({ value: style, label: t(`h3c_break_style_${style}`) }))}
      />
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
