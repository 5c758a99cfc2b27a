// One step of a routine as the player shows it: the figure, the side, the spoken instruction and the time left.
import { formatCountdown, formatNumber } from '../core/number-format';
import { pluralKey } from '../core/plural';
import { stepText, type Routine, type RoutineStep } from '../core/routines';
import { StepIllustration } from './illustrations/StepIllustration';
import { useI18n } from './i18n';

interface Props {
  routine: Routine;
  step: RoutineStep;
  remainingMs: number;
  paused: boolean;
  size: 'small' | 'large';
  /** Whether the live region announces the instruction: not while the voice reads it, or a screen reader hears it twice. */
  announce?: boolean;
}

export function PlayerStep({ routine, step, remainingMs, paused, size, announce = true }: Props) {
  const { t, locale } = useI18n();
  const secondsLeft = Math.ceil(remainingMs / 1000);
  return (
    <div class="player__step cue">
      {/* A custom step may have no figure: the text then stands alone. */}
      {step.illustration && <StepIllustration id={step.illustration} side={step.side} size={size} />}
      <div class="player__text">
        {step.side && <p class="player__side">{t(step.side === 'left' ? 'player_side_left' : 'player_side_right')}</p>}
        <p class="player__instruction" aria-live={announce ? 'polite' : 'off'}>
          {stepText(routine, step, t)}
        </p>
        <p
          class="player__remaining"
          data-testid="step-remaining"
          aria-label={t(pluralKey('player_seconds_left', secondsLeft, locale), formatNumber(secondsLeft, locale))}
        >
          {formatCountdown(remainingMs, locale)}
        </p>
        {paused && <p class="player__paused">{t('player_paused')}</p>}
      </div>
    </div>
  );
}
