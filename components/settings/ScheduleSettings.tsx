// The Schedule section's settings: working time, how often, calls and videos, snooze and skip, how a break reaches you.
import type { ComponentChildren } from 'preact';
import { formatNumber, formatTwoDigits } from '../../core/number-format';
import { noBreakReason } from '../../core/break-fit';
import { BREAK_STYLES, SETTING_RANGES, SNOOZE_CHOICES } from '../../core/settings';
import { problemMessageKey } from '../../core/settings-problems';
import { useI18n } from '../i18n';
import { CadenceField } from './CadenceField';
import { CheckboxGroup } from './CheckboxGroup';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import { boundedFieldProps, fieldProps, type SettingsProps } from './settings-props';
import { SettingsGroup } from './SettingsGroup';
import { ToggleField } from './ToggleField';
import { weekdayOptions } from './weekdays';
import { WorkHoursField } from './WorkHoursField';
import { minutesLabel } from '../minutes-label';
import './settings.css';

/** Intervals people choose most: every half hour to every two hours. */
const COMMON_INTERVALS = [30, 45, 60, 90, 120] as const;

interface Props extends SettingsProps {
  /** How a break reaches you also holds the notifications help and the shortcut, which the page brings. */
  reachExtras?: ComponentChildren;
}

export function ScheduleSettings({ reachExtras, ...props }: Props) {
  const { settings, locked, onSave } = props;
  const { t, locale } = useI18n();
  const common = fieldProps(props);
  const bounded = boundedFieldProps(props);
  // Without a working period that holds a break (one interval, or the chosen minute) no break ever comes:
  // say so beside the fields that decide it, with the reason that applies to the cadence in use.
  const noBreak = noBreakReason(settings);
  const { min: minSkips, max: maxSkips } = SETTING_RANGES.dailySkipLimit;
  const skipChoices = Array.from({ length: maxSkips - minSkips + 1 }, (_, i) => ({ value: minSkips + i, label: formatNumber(minSkips + i, locale) }));
  const minutes = t('unit_minutes');
  const cadence =
    settings.breakAtMinute === null
      ? t('explain_cadence_interval', formatNumber(settings.intervalMinutes, locale))
      : t('explain_cadence_clock', formatTwoDigits(settings.breakAtMinute, locale));
  return (
    <form class="settings" aria-label={t('options_section_schedule')} onSubmit={(e) => e.preventDefault()}>
      <SettingsGroup id="group-work-time" heading={t('group_work_time')} explanation={t('explain_work_time')}>
        <CheckboxGroup {...common('workDays')} legend={t('setting_work_days')} options={weekdayOptions(locale)} selected={settings.workDays} />
        <WorkHoursField
          locked={locked.has('workHours')}
          onSave={onSave}
          value={settings.workHours}
          byDay={settings.workHoursByDay}
          workDays={settings.workDays}
        />
        <div role="status" class="settings__warning" data-testid="no-break-warning">
          {noBreak && <p>{t(problemMessageKey(noBreak), noBreak.detail)}</p>}
        </div>
      </SettingsGroup>
      <SettingsGroup id="group-cadence" heading={t('group_cadence')} explanation={cadence}>
        <CadenceField value={settings.breakAtMinute} locked={locked.has('breakAtMinute')} onSave={onSave} bounds={props.ranges?.breakAtMinute} />
        <NumberField
          {...bounded('intervalMinutes')}
          label={t('setting_interval')}
          value={settings.intervalMinutes}
          unit={minutes}
          presets={COMMON_INTERVALS}
          inactiveNote={settings.breakAtMinute === null ? undefined : t('h3c_interval_not_in_use')}
        />
        <NumberField {...bounded('naturalBreakMinutes')} label={t('setting_natural_break')} value={settings.naturalBreakMinutes} unit={minutes} />
        <NumberField {...bounded('dailyGoal')} label={t('setting_daily_goal')} value={settings.dailyGoal} unit={t('unit_breaks')} />
      </SettingsGroup>
      <SettingsGroup id="group-calls" heading={t('group_calls')} explanation={t('explain_calls')}>
        <ToggleField {...common('waitForCalls')} label={t('h3c_wait_for_calls')} checked={settings.waitForCalls} />
        <NumberField {...bounded('maxWaitMinutes')} label={t('h3c_max_wait')} value={settings.maxWaitMinutes} unit={minutes} />
      </SettingsGroup>
      <SettingsGroup id="group-put-off" heading={t('group_put_off')} explanation={t('explain_put_off')}>
        <SelectField
          {...bounded('snoozeMinutes')}
          label={t('setting_snooze')}
          value={settings.snoozeMinutes}
          options={SNOOZE_CHOICES.map((m) => ({ value: m, label: minutesLabel(m, t, locale) }))}
        />
        <NumberField {...bounded('maxSnoozes')} label={t('setting_max_snoozes')} value={settings.maxSnoozes} />
        <SelectField
          {...bounded('dailySkipLimit')}
          label={t('h3c_skip_limit')}
          value={settings.dailySkipLimit}
          options={[{ value: null, label: t('h3c_skip_no_limit') }, ...skipChoices]}
        />
        <ToggleField {...common('allowPause')} label={t('setting_allow_pause')} checked={settings.allowPause} />
      </SettingsGroup>
      <SettingsGroup id="group-reach" heading={t('group_reach')} explanation={t('explain_reach')}>
        <SelectField
          {...common('breakStyle')}
          label={t('h3c_break_style')}
          value={settings.breakStyle}
          options={BREAK_STYLES.map((style) => ({ value: style, label: t(`h3c_break_style_${style}`) }))}
        />
        {reachExtras}
      </SettingsGroup>
    </form>
  );
}
