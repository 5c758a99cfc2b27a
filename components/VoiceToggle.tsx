// The player's compact switch for voice guidance: one labelled checkbox, disabled (and said so) where the organization set it.
import { useI18n } from './i18n';

interface Props {
  on: boolean;
  locked: boolean;
  onToggle: (on: boolean) => void;
}

export function VoiceToggle({ on, locked, onToggle }: Props) {
  const { t } = useI18n();
  return (
    <p class="voice-toggle">
      <label class="checkbox">
        <input
          type="checkbox"
          checked={on}
          disabled={locked}
          aria-describedby={locked ? 'voice-toggle-locked' : undefined}
          onChange={(e) => onToggle((e.target as HTMLInputElement).checked)}
        />
        {t('player_voice')}
      </label>
      {locked && (
        <span id="voice-toggle-locked" class="hint">
          {' '}
          {t('setting_locked')}
        </span>
      )}
    </p>
  );
}
