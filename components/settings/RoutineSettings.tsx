// The Routines section's settings: which routines Unknot offers.
import { messageKey, ROUTINES } from '../../core/routines';
import { useI18n } from '../i18n';
import { CheckboxGroup } from './CheckboxGroup';
import { fieldProps, type SettingsProps } from './settings-props';
import './settings.css';

export function RoutineSettings(props: SettingsProps) {
  const { t } = useI18n();
  return (
    <form class="settings" aria-label={t('options_section_routines')} onSubmit={(e) => e.preventDefault()}>
      <CheckboxGroup<string>
        {...fieldProps(props)('enabledRoutines')}
        legend={t('setting_routines')}
        options={ROUTINES.map((r) => ({ value: r.id, label: t(messageKey(r.id, 'title')) }))}
        selected={props.settings.enabledRoutines}
      />
    </form>
  );
}
