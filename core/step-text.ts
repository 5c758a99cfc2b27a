// A step's instruction as it reads: the one place a step's text is resolved, for the screen and the voice alike.
import type { RoutineStep } from './routines';
import type { Translate } from './translate';

/** A built-in step names its text by message key; every page and the voice ask here, so a step of another kind plugs in once. */
export function stepText(step: RoutineStep, t: Translate): string {
  return t(step.text);
}
