// Chrome's offscreen document: plays the chime when the background worker asks (the worker itself has no audio).
import { browser } from 'wxt/browser';
import { PLAY_CHIME } from '../../platform/background-chime';
import { playChime } from '../../platform/chime';

browser.runtime.onMessage.addListener((message: unknown) => {
  const m = message as { type?: unknown; volume?: unknown };
  if (m?.type === PLAY_CHIME && typeof m.volume === 'number') playChime(m.volume);
  return undefined;
});
