// Voice guidance as the player offers it: the settings as they are, saved through the session's ports (loaded with the player).
import type { SessionPorts } from '../core/session-ports';
import type { SettingName, Settings } from '../core/settings';
import type { PlayerVoice } from '../core/voice';

/** The page's settings and what its policy locks: all the player needs to know of them. */
export interface VoiceSetup {
  settings: Settings;
  policy: { locked: ReadonlySet<SettingName> };
}

/** Undefined where the page's ports offer no speech (the welcome page). */
export function playerVoice({ settings, policy }: VoiceSetup, ports: SessionPorts, onError: (error: unknown) => void): PlayerVoice | undefined {
  const { speech, saveSettings } = ports;
  if (!speech || !saveSettings) return undefined;
  const save = (changes: Partial<Settings>) => void saveSettings(changes).catch(onError);
  return {
    on: settings.voiceGuidance,
    locked: policy.locked.has('voiceGuidance'),
    onToggle: (on) => save({ voiceGuidance: on }),
    openSpeech: speech,
    chime: settings.sound,
    chimeLocked: policy.locked.has('sound'),
    onUseChime: () => save({ sound: true }),
    onError,
  };
}
