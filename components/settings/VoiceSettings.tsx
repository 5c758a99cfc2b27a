// The voice guidance settings: on or off, the voice and its rate from those the browser offers, a preview, and the
// chime offered instead when the browser has no voice for the language.
import type { VoiceInfo } from '../../core/voice';
import { useFailableAction } from '../failable-action';
import { useI18n } from '../i18n';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';
import { fieldProps, type SettingsProps } from './settings-props';
import { ToggleField } from './ToggleField';

export interface VoiceOptions {
  /** The browser's voices for the page's language; undefined while they load. */
  voices?: readonly VoiceInfo[];
  /** Reads a sample with the voice and rate as set. */
  onPreview: () => Promise<void>;
}

export function VoiceSettings(props: SettingsProps & { voice: VoiceOptions }) {
  const { t } = useI18n();
  const common = fieldProps(props);
  const { settings, locked, voice } = props;
  const preview = useFailableAction();
  const useChime = useFailableAction();
  const none = voice.voices?.length === 0;
  const listed = voice.voices ?? [];
  const options = [
    { value: '', label: t('setting_voice_default') },
    ...listed.map((v) => ({ value: v.name, label: `${v.name} (${v.lang})` })),
    // A voice chosen on another computer (or by policy) that this browser lacks: shown as chosen, and what reads instead.
    ...(settings.voiceName && voice.voices && !listed.some((v) => v.name === settings.voiceName)
      ? [{ value: settings.voiceName, label: t('setting_voice_missing', settings.voiceName) }]
      : []),
  ];
  return (
    <>
      <ToggleField {...common('voiceGuidance')} label={t('setting_voice_guidance')} checked={settings.voiceGuidance} />
      {none && (
        <div class="field" role="status" data-testid="no-voice">
          <p class="field__note">{t('voice_none')}</p>
          {settings.sound ? (
            <p class="field__note">{t('voice_chime_on')}</p>
          ) : (
            !locked.has('sound') && (
              <>
                <button type="button" onClick={() => void useChime.run(() => props.onSave({ sound: true }))}>
                  {t('voice_use_chime')}
                </button>
                {useChime.failed && (
                  <p class="field__error" role="alert">
                    {t('settings_save_failed')}
                  </p>
                )}
              </>
            )
          )}
        </div>
      )}
      {!none && (
        <>
          <SelectField {...common('voiceName')} label={t('setting_voice_name')} value={settings.voiceName} options={options} />
          <NumberField {...common('voiceRate')} label={t('setting_voice_rate')} value={settings.voiceRate} unit="%" />
          <div class="field">
            <button type="button" disabled={voice.voices === undefined || preview.pending} onClick={() => void preview.run(voice.onPreview)}>
              {t('voice_preview')}
            </button>
            {preview.failed && (
              <p class="field__error" role="alert">
                {t('voice_failed')}
              </p>
            )}
          </div>
        </>
      )}
    </>
  );
}
