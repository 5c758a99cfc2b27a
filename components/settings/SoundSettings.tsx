// The Sound and voice section's settings: the chime and its volume, and voice guidance where the page offers it.
import { useI18n } from '../i18n';
import { NumberField } from './NumberField';
import { boundedFieldProps, fieldProps, type SettingsProps } from './settings-props';
import { ToggleField } from './ToggleField';
import { VoiceSettings, type VoiceOptions } from './VoiceSettings';
import './settings.css';

export function SoundSettings(props: SettingsProps & { voice?: VoiceOptions }) {
  const { t } = useI18n();
  const common = fieldProps(props);
  return (
    <form class="settings" aria-label={t('options_section_sound')} onSubmit={(e) => e.preventDefault()}>
      <ToggleField {...common('sound')} label={t('setting_sound')} checked={props.settings.sound} />
      <NumberField {...boundedFieldProps(props)('volume')} label={t('setting_volume')} value={props.settings.volume} unit="%" />
      {props.voice && <VoiceSettings {...props} voice={props.voice} />}
    </form>
  );
}
