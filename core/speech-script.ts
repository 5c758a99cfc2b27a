// What voice guidance says, and when: a routine's lines by place (before, a step, the ease-off gate, the end), pure.
import { asksIntensity, stepText, type Routine } from './routines';
import { remainingMs, type PlayerState } from './player';
import type { Translate } from './translate';

/** Where in a routine a line is said: 'before', 'step 3', 'ease-off 3', 'after' (steps counted from 0). */
export type Place = string;

export interface Line {
  place: Place;
  /** Said when this many seconds of the step are left; absent: as soon as the place is reached. */
  secondsLeft?: number;
  text: string;
}

/** "Ten seconds" is said this long before the end of a step ... */
export const TEN_SECONDS = 10;
/** ... of at least this many seconds (a shorter step ends moments after its instruction). */
export const TEN_SECONDS_FROM = 20;
/** A timed line is said only this soon after its moment: a page reopened with 4 s left says no "ten seconds". */
const LATE_MS = 3000;

export function placeOf(state: PlayerState): Place {
  return state.phase === 'before' || state.phase === 'after' ? state.phase : `${state.phase} ${state.step}`;
}

/**
 * Every line of a routine, in the order they come: the intensity question (and the stop signs) before
 * the first step; at each step "switch sides" where the side changes, the instruction, the intensity
 * question on a pressure step; "ten seconds" near the end of every step of 20 seconds or more; the gate's
 * warning where a pressure step is held back; and the end, with the last intensity question.
 */
export function speechScript(routine: Routine, t: Translate): Line[] {
  const lines: Line[] = [];
  const asks = asksIntensity(routine);
  if (asks) lines.push({ place: 'before', text: t('intensity_before') });
  // The stop signs appear with a massage routine's player, which always asks first (asksIntensity): said there, once.
  if (routine.massage) lines.push({ place: 'before', text: t('stop_signs_body') });
  routine.steps.forEach((step, i) => {
    const place = `step ${i}`;
    const before = routine.steps[i - 1];
    if (step.side && before?.side && before.side !== step.side) lines.push({ place, text: t('voice_switch_sides') });
    lines.push({ place, text: stepText(routine, step, t) });
    if (routine.massage && step.pressure) lines.push({ place, text: t('intensity_during') });
    if (step.seconds >= TEN_SECONDS_FROM) lines.push({ place, secondsLeft: TEN_SECONDS, text: t('voice_ten_seconds') });
    if (step.pressure) lines.push({ place: `ease-off ${i}`, text: t('ease_off_heading') }, { place: `ease-off ${i}`, text: t('ease_off_message') });
  });
  lines.push({ place: 'after', text: t('voice_done') });
  if (asks) lines.push({ place: 'after', text: t('intensity_after') });
  return lines;
}

/**
 * The indexes of the lines due at `now`: those of the player's place, timed ones once their moment has
 * come (and not long after it). A paused step's time stands still, so its timed lines wait.
 */
export function linesDue(script: readonly Line[], state: PlayerState, routine: Routine, now: number): number[] {
  const place = placeOf(state);
  const left = remainingMs(state, routine, now);
  return script.flatMap((line, i) => {
    if (line.place !== place) return [];
    if (line.secondsLeft === undefined) return [i];
    const moment = line.secondsLeft * 1000;
    return left <= moment && left > moment - LATE_MS ? [i] : [];
  });
}
