// The browser's speech (Web Speech API, no permission): the voice for the page's language or the chosen one, the rate, cancel.
import { pickVoice, voicesForLanguage, type Speech, type SpeechProblem, type VoiceInfo } from '../core/voice';

export interface VoiceChoice {
  voiceName: string;
  /** Percent of the voice's normal rate. */
  voiceRate: number;
}

/**
 * The longest the voice list is waited for: Chrome fills it in after the first call, with a voiceschanged
 * event, and on Linux only once speech-dispatcher has started (seen: 2–5 s on a cold start).
 */
const VOICES_WAIT_MS = 10_000;

/** The browser's voices; an empty list when it has none (or no speech at all). */
export function loadVoices(): Promise<SpeechSynthesisVoice[]> {
  if (typeof speechSynthesis === 'undefined') return Promise.resolve([]);
  const now = speechSynthesis.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((done) => {
    const finish = () => {
      speechSynthesis.removeEventListener('voiceschanged', finish);
      clearTimeout(timer);
      done(speechSynthesis.getVoices());
    };
    const timer = setTimeout(finish, VOICES_WAIT_MS);
    speechSynthesis.addEventListener('voiceschanged', finish);
  });
}

/** The voices for `lang`, as the options page offers them. */
export async function voicesFor(lang: string): Promise<VoiceInfo[]> {
  return voicesForLanguage(await loadVoices(), lang).map(({ name, lang, default: isDefault }) => ({ name, lang, default: isDefault }));
}

// Chrome forgets an utterance nobody holds, and then never calls its end: each is held until it ends.
const speaking = new Set<SpeechSynthesisUtterance>();

/** Opens the speech for a page in `lang`; `choice` is read at every line, so a changed voice or rate applies at the next one. */
export function openSpeech(lang: string, choice: () => VoiceChoice): Speech {
  const listeners = new Set<(problem: SpeechProblem) => void>();
  const report = (problem: SpeechProblem) => listeners.forEach((l) => l(problem));
  const loaded = loadVoices();
  // The list as it is now: it may fill in after the page opened.
  const voices = () => (typeof speechSynthesis === 'undefined' ? [] : speechSynthesis.getVoices());
  // A cancel makes every utterance queued before it stale: their events are ignored.
  let generation = 0;
  return {
    // Chrome's rule: a page speaks only once it has had a click or a key (sticky activation).
    allowed: () => navigator.userActivation?.hasBeenActive ?? true,
    hasVoice: async () => {
      await loaded;
      return pickVoice(voices(), lang, choice().voiceName) !== undefined;
    },
    say(text, done) {
      if (typeof speechSynthesis === 'undefined') return report('failed');
      const { voiceName, voiceRate } = choice();
      const utterance = new SpeechSynthesisUtterance(text);
      const voice = pickVoice(voices(), lang, voiceName);
      if (voice) utterance.voice = voice;
      utterance.lang = voice?.lang ?? lang;
      utterance.rate = voiceRate / 100;
      const mine = generation;
      speaking.add(utterance);
      utterance.onend = () => {
        speaking.delete(utterance);
        if (mine === generation) done?.();
      };
      utterance.onerror = (event) => {
        speaking.delete(utterance);
        // Our own cancel ends an utterance with 'canceled' or 'interrupted': not a problem.
        if (mine !== generation || event.error === 'canceled' || event.error === 'interrupted') return;
        report(event.error === 'not-allowed' ? 'needs-click' : 'failed');
      };
      speechSynthesis.speak(utterance);
    },
    cancel() {
      generation++;
      if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
    },
    onProblem(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** Reads `text` once with the choice as set (the options page's "Try the voice"), after anything said before. */
export async function previewVoice(text: string, lang: string, choice: VoiceChoice): Promise<void> {
  const speech = openSpeech(lang, () => choice);
  await speech.hasVoice();
  speech.cancel();
  await new Promise<void>((done, fail) => {
    speech.onProblem((problem) => fail(new Error(`speech ${problem}`)));
    speech.say(text, done);
  });
}
