// Voice guidance's memory for one player: which lines of the current place were queued and which were said, so each
// is said once; a new place (a step's end, Previous, Next) cancels what is being said, a pause stops it.
import { useEffect, useRef } from 'preact/hooks';
import type { PlayerState } from '../core/player';
import type { Routine } from '../core/routines';
import { linesDue, placeOf, type Line } from '../core/speech-script';
import type { Speech } from '../core/voice';

/**
 * Speaks the lines due as the player moves on. While not `active` (no click in the page yet, or the speech
 * failed) it says nothing and remembers nothing, so once it may speak, the place it is at is read from its
 * start. `speakNow` says the current place's lines that were not said to their end, inside the click that allows it.
 */
export function useVoiceGuide(
  script: readonly Line[],
  state: PlayerState,
  routine: Routine,
  now: number,
  speech: Speech | undefined,
  active: boolean,
) {
  const place = useRef<string>();
  const queued = useRef(new Set<number>());
  const said = useRef(new Set<number>());
  const wasPaused = useRef(false);

  const speak = (force = false) => {
    if (!speech || (!active && !force)) return;
    const here = placeOf(state);
    if (here !== place.current) {
      if (place.current !== undefined) speech.cancel();
      place.current = here;
      queued.current = new Set();
      said.current = new Set();
    }
    if (state.pausedAt !== undefined) {
      // Pause stops the voice; what it had not finished is said again on resume.
      if (!wasPaused.current) {
        speech.cancel();
        queued.current = new Set(said.current);
      }
      wasPaused.current = true;
      return;
    }
    wasPaused.current = false;
    for (const i of linesDue(script, state, routine, now)) {
      if (queued.current.has(i)) continue;
      queued.current.add(i);
      const lines = said.current;
      speech.say(script[i]!.text, () => lines.add(i));
    }
  };
  useEffect(() => speak());
  // Speech taken away (voice off, the player gone): stop at once.
  useEffect(() => () => speech?.cancel(), [speech]);

  return {
    speakNow() {
      queued.current = new Set(said.current);
      speak(true);
    },
  };
}
