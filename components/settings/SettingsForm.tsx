// Every scheduler and routine setting, each saved as soon as it is valid, locked ones shown but disabled.
import { SNOOZE_CHOICES, type SettingName, type Settings } from '../../core/settings';
import { messageKey, ROUTINES, type RoutineId } from '../../core/routines';
import { useI18n } from '../i18n';
import { CheckboxGroup } from './CheckboxGroup';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import { ToggleField } from './ToggleField';
import { weekdayOptions } from './weekdays';
import { WorkHoursField } from './WorkHoursField';
import './settings.css';

interface Props {
  settings: Settings;
  locked: ReadonlySet<SettingName>;
  onSave: (changes: Partial<Settings>) => void;
}

export function SettingsForm({ settings, locked, onSave }: Props) {
  const { t, locale } = useI18n();
  const common = (name: SettingName) => ({ name, locked: locked.has(name), onSave });
  return (
    <form class="settings" aria-labelledby="settings-heading" onSubmit={(e) => e.preventDefault()}>
      <h2 id="settings-heading">{t('settings_heading')}</h2>
      <NumberField {...common('intervalMinutes')} label={t('setting_interval')} value={settings.intervalMinutes} min={20} max={180} step={5} />
      <CheckboxGroup {...common('workDays')} legend={t('setting_work_days')} options={weekdayOptions(locale)} selected={settings.workDays} />
      <WorkHoursField value={settings.workHours} locked={locked.has('workHours')} onSave={onSave} />
      <SelectField
        {...common('snoozeMinutes')}
        label={t('setting_snooze')}
        value={settings.snoozeMinutes}
        options={SNOOZE_CHOICES.map((m) => ({ value: m, label: t('routine_duration', String(m)) }))}
      />
      <NumberField {...common('maxSnoozes')} label={t('setting_max_snoozes')} value={settings.maxSnoozes} min={0} max={5} />
      <NumberField {...common('naturalBreakMinutes')} label={t('setting_natural_break')} value={settings.naturalBreakMinutes} min={2} max={30} />
      <NumberField {...common('dailyGoal')} label={t('setting_daily_goal')} value={settings.dailyGoal} min={1} max={12} />
      <ToggleField {...common('allowPause')} label={t('setting_allow_pause')} checked={settings.allowPause} />
      <CheckboxGroup<RoutineId>
        {...common('enabledRoutines')}
        legend={t('setting_routines')}
        options={ROUTINES.map((r) => ({ value: r.id, label: t(messageKey(r.id, 'title')) }))}
        selected={settings.enabledRoutines}
      />
      <ToggleField {...common('sound')} label={t('setting_sound')} checked={settings.sound} />
      <NumberField {...common('volume')} label={t('setting_volume')} value={settings.volume} min={0} max={100} step={10} />
    </form>
  );
}
