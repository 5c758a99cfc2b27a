// The contract between voice guidance (components/) and the browser's speech (platform/speech.ts), and which voice reads.
import { primaryLanguage } from './locale';

/** A voice as the browser lists it. */
export interface VoiceInfo {
  name: string;
  lang: string;
  /** The browser's (or system's) default voice. */
  default?: boolean;
}

/** Why speech did not happen: the page had no click yet (Chrome's rule), or the browser's speech failed. */
export type SpeechProblem = 'needs-click' | 'failed';

export interface Speech {
  /** Chrome lets a page speak only after a click (or key) in it; until then this is false. */
  allowed(): boolean;
  /** Whether the browser has a voice for the page's language (or the chosen voice). */
  hasVoice(): Promise<boolean>;
  /** Queues `text`; `done` is called once it has been said to its end (never after a cancel). */
  say(text: string, done?: () => void): void;
  /** Stops what is being said and drops what is queued. */
  cancel(): void;
  /** Problems as they happen; returns the unsubscribe. */
  onProblem(listener: (problem: SpeechProblem) => void): () => void;
}

/** What the player needs for voice guidance: the setting, its switch, the speech (loaded only when used), the chime. */
export interface PlayerVoice {
  on: boolean;
  locked: boolean;
  onToggle: (on: boolean) => void;
  /** Loads the speech code and opens it; called only while voice guidance is on. */
  openSpeech: () => Promise<Speech>;
  /** Whether the chime is on, and turning it on when there is no voice. */
  chime: boolean;
  chimeLocked: boolean;
  onUseChime: () => void;
  onError: (error: unknown) => void;
}


/** The voices that read `lang` (by its primary subtag: a "de-AT" page is read by a "de-DE" voice), default first. */
export function voicesForLanguage<V extends VoiceInfo>(voices: readonly V[], lang: string): V[] {
  const own = voices.filter((v) => primaryLanguage(v.lang) === primaryLanguage(lang));
  // The exact region first ("pt-BR" before "pt-PT"), then the browser's default, then as listed.
  const score = (v: V) => (v.lang.toLowerCase().replace('_', '-') === lang.toLowerCase().replace('_', '-') ? 2 : 0) + (v.default ? 1 : 0);
  return own.map((v, i) => ({ v, i })).sort((a, b) => score(b.v) - score(a.v) || a.i - b.i).map(({ v }) => v);
}

/**
 * The voice that reads: the one named, when this browser has it; otherwise the best for the language;
 * none when the browser has no voice for it (the page says so and offers the chime).
 */
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], lang: string, name: string): V | undefined {
  return (name ? voices.find((v) => v.name === name) : undefined) ?? voicesForLanguage(voices, lang)[0];
}
