// The guided routine: one timed step at a time with its illustration, pause, previous/next, and the intensity gate.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  beginSteps,
  mustEaseOff,
  next,
  pause,
  previous,
  rate,
  remainingMs,
  resume,
  stepNumber,
  type PlayerState,
} from '../core/player';
import { inlineMove } from '../core/reading-direction';
import { asksIntensity, routineName, routinePurpose, type Routine } from '../core/routines';
import type { PlayerVoice } from '../core/voice';
import { IntensityInput } from './IntensityInput';
import { PlayerStep } from './PlayerStep';
import { useDirection, useI18n } from './i18n';
import { StopSigns } from './StopSigns';
import { useLazy } from './use-lazy';
import { VoiceToggle } from './VoiceToggle';
import './player.css';

// The voice's code (script, guide, the browser's speech) arrives only when voice guidance is on.
const loadVoiceStack = () => import('./voice-stack');

/** The guide, once its code has loaded; it reports whether it is reading, for the live region. */
function LazyVoiceGuide(props: { routine: Routine; state: PlayerState; now: number; voice: PlayerVoice; onReading: (reading: boolean) => void }) {
  const stack = useLazy(loadVoiceStack, props.voice.onError);
  return stack ? <stack.VoiceGuide {...props} /> : null;
}

interface Props {
  routine: Routine;
  state: PlayerState;
  now: number;
  size: 'small' | 'large';
  /** The routine offered when the user must ease off. */
  gentler?: Routine;
  onChange: (state: PlayerState) => void;
  onFinish: () => void;
  onStop: () => void;
  onSwitch: (id: string) => void;
  /** Voice guidance: its switch and, while on, the guide. Absent where the page offers none. */
  voice?: PlayerVoice;
}

export function RoutinePlayer(props: Props) {
  const { routine, state, now, onChange } = props;
  const { t, locale } = useI18n();
  const num = new Intl.NumberFormat(locale);
  const dir = useDirection();
  const root = useRef<HTMLElement>(null);
  const [reading, setReading] = useState(false);
  // When the control that had focus goes away (a new phase), keep focus in the player so its keys still work.
  useEffect(() => {
    if (!root.current?.contains(document.activeElement)) root.current?.focus();
  }, [state.phase]);

  const step = routine.steps[state.step]!;
  const paused = state.pausedAt !== undefined;
  const title = routineName(routine, t);
  const purpose = routinePurpose(routine, t);

  const onKeyDown = (e: KeyboardEvent) => {
    // Buttons and the slider keep their own keys.
    const target = e.target as HTMLElement;
    if (target.closest('button, input, select, textarea')) return;
    // The arrow pointing the reading way goes to the next step: ArrowLeft in a right-to-left page.
    const move = inlineMove(e.key, dir);
    if (e.key === ' ' && state.phase === 'step') onChange(paused ? resume(state, now) : pause(state, now));
    else if (move === 1) onChange(next(state, routine, now));
    else if (move === -1) onChange(previous(state, routine, now));
    else return;
    e.preventDefault();
  };

  const stopButton = (
    <button type="button" onClick={props.onStop}>
      {t('player_stop')}
    </button>
  );
  const previousButton = (
    <button type="button" onClick={() => onChange(previous(state, routine, now))} disabled={state.phase === 'step' && state.step === 0}>
      {t('player_previous')}
    </button>
  );

  const easeOff = props.gentler && (
    <div class="ease-off" role="alert">
      <h3>{t('ease_off_heading')}</h3>
      <p>{t('ease_off_message')}</p>
      <button type="button" class="primary" onClick={() => props.onSwitch(props.gentler!.id)}>
        {t('ease_off_switch', routineName(props.gentler, t))}
      </button>
    </div>
  );

  return (
    <section
      ref={root}
      class={`player player--${props.size}${paused ? ' is-paused' : ''}`}
      data-testid="routine-player"
      aria-label={t('player_region', title)}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <h2 class="player__title">{title}</h2>
      {props.voice && (
        <>
          <VoiceToggle on={props.voice.on} locked={props.voice.locked} onToggle={props.voice.onToggle} />
          {props.voice.on && <LazyVoiceGuide routine={routine} state={state} now={now} voice={props.voice} onReading={setReading} />}
        </>
      )}

      {state.phase === 'before' && (
        <>
          {purpose !== undefined && <p>{purpose}</p>}
          <IntensityInput id="intensity-before" labelKey="intensity_before" value={state.intensityBefore} onChange={(v) => onChange(rate(state, v))} />
          {mustEaseOff(state) && easeOff}
          <div class="controls">
            <button type="button" class="primary" onClick={() => onChange(beginSteps(state, routine, now))}>
              {t('player_start')}
            </button>
            {stopButton}
          </div>
        </>
      )}

      {state.phase === 'step' && (
        <>
          <p class="player__counter">{t('player_step_counter', [num.format(stepNumber(state)), num.format(routine.steps.length)])}</p>
          {/* Keyed by the step, so the cue animation plays again at every step. */}
          <PlayerStep
            key={state.step}
            routine={routine}
            step={step}
            remainingMs={remainingMs(state, routine, now)}
            paused={paused}
            size={props.size}
            announce={!(props.voice?.on && reading)}
          />
          {routine.massage && step.pressure && (
            <IntensityInput id="intensity-during" labelKey="intensity_during" value={state.intensityDuring} onChange={(v) => onChange(rate(state, v))} />
          )}
          {mustEaseOff(state) && easeOff}
          <div class="controls">
            <button type="button" class="primary" onClick={() => onChange(paused ? resume(state, now) : pause(state, now))}>
              {t(paused ? 'player_resume' : 'player_pause')}
            </button>
            {previousButton}
            <button type="button" onClick={() => onChange(next(state, routine, now))}>
              {t('player_next')}
            </button>
            {stopButton}
          </div>
          <p class="hint">{t('player_keyboard_hint')}</p>
        </>
      )}

      {state.phase === 'ease-off' && (
        <>
          {easeOff}
          <div class="controls">
            {previousButton}
            {stopButton}
          </div>
        </>
      )}

      {state.phase === 'after' && (
        <>
          <h3>{t('player_done_heading')}</h3>
          {routine.massage && <p>{t('aftercare')}</p>}
          {asksIntensity(routine) && (
            <IntensityInput id="intensity-after" labelKey="intensity_after" value={state.intensityAfter} onChange={(v) => onChange(rate(state, v))} />
          )}
          <div class="controls">
            <button type="button" class="primary" onClick={props.onFinish}>
              {t('player_finish')}
            </button>
          </div>
        </>
      )}

      {routine.massage && <StopSigns />}
    </section>
  );
}
