// The chime when a break comes due, from the background: Chrome's worker has no audio, so an offscreen document plays it.
import { browser, type Browser } from '#imports';
import { playChime } from './chime';
import { onChimeMessage, sendChimeMessage } from './messages';

const OFFSCREEN_PATH = '/offscreen.html';

/** In the offscreen document: plays the chime whenever the background worker asks. */
export function playChimeOnRequest(): void {
  onChimeMessage({ 'play-chime': ({ volume }) => playChime(volume) });
}

export async function chimeFromBackground(volume: number): Promise<void> {
  if (import.meta.env.FIREFOX) {
    // Firefox's background is a page: it can play the sound itself.
    playChime(volume);
    return;
  }
  // Created only when the chime is on, and only once: Chrome allows one offscreen document.
  const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType] });
  if (open.length === 0) {
    await browser.offscreen.createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['AUDIO_PLAYBACK' as Browser.offscreen.Reason],
      justification: 'Plays the soft chime the user turned on for when a break is due.',
    });
  }
  await sendChimeMessage({ type: 'play-chime', volume });
}
