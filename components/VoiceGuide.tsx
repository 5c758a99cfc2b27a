// Voice guidance in the player: reads the routine aloud, and says why when it cannot (a click first, no voice, a failure).
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PlayerState } from '../core/player';
import type { Routine } from '../core/routines';
import { speechScript } from '../core/speech-script';
import type { PlayerVoice, Speech, SpeechProblem } from '../core/voice';
import { useI18n } from './i18n';
import { useVoiceGuide } from './use-voice-guide';

interface Props {
  routine: Routine;
  state: PlayerState;
  now: number;
  voice: PlayerVoice;
  /** Whether the voice is reading the steps now: the player's live region then stays quiet. */
  onReading: (reading: boolean) => void;
}

export function VoiceGuide({ routine, state, now, voice, onReading }: Props) {
  const { t } = useI18n();
  const [speech, setSpeech] = useState<Speech>();
  const [hasVoice, setHasVoice] = useState<boolean>();
  const [problem, setProblem] = useState<SpeechProblem>();
  const { openSpeech, onError } = voice;

  useEffect(() => {
    let live = true;
    openSpeech()
      .then(async (opened) => {
        const has = await opened.hasVoice();
        if (!live) return;
        setSpeech(opened);
        setHasVoice(has);
      })
      .catch(onError);
    return () => {
      live = false;
    };
  }, [openSpeech, onError]);
  useEffect(() => speech?.onProblem(setProblem), [speech]);

  const script = useMemo(() => speechScript(routine, t), [routine, t]);
  const allowed = speech !== undefined && speech.allowed();
  const active = hasVoice === true && allowed && problem === undefined;
  const guide = useVoiceGuide(script, state, routine, now, hasVoice ? speech : undefined, active);
  useEffect(() => onReading(active), [active, onReading]);
  useEffect(() => () => onReading(false), [onReading]);

  const startWithVoice = () => {
    setProblem(undefined);
    guide.speakNow();
  };

  if (hasVoice === false) {
    return (
      <div class="voice-note" role="status">
        <p>{t('voice_none')}</p>
        {voice.chime ? (
          <p>{t('voice_chime_on')}</p>
        ) : (
          !voice.chimeLocked && (
            <button type="button" onClick={voice.onUseChime}>
              {t('voice_use_chime')}
            </button>
          )
        )}
      </div>
    );
  }
  if (speech && hasVoice && (!allowed || problem === 'needs-click')) {
    return (
      <div class="voice-note">
        <button type="button" class="primary" aria-describedby="voice-start-why" onClick={startWithVoice}>
          {t('voice_start')}
        </button>
        <p id="voice-start-why" class="hint">
          {t('voice_start_why')}
        </p>
      </div>
    );
  }
  if (problem === 'failed') {
    return (
      <div class="voice-note" role="alert">
        <p>{t('voice_failed')}</p>
        <button type="button" onClick={startWithVoice}>
          {t('voice_try_again')}
        </button>
      </div>
    );
  }
  return null;
}
