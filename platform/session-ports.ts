// The routine session's storage and recording, for the popup, the break page and the welcome page.
import { storage } from '#imports';
import type { SessionPorts } from '../core/session-ports';
import type { Speech } from '../core/voice';
import { uiLanguage } from './i18n';
import { PLAYER_KEY, SAFETY_KEY } from './player-keys';

interface Options {
  /** The chime's settings as they are now: read at each step, so the ports outlive a settings change. */
  sound: () => { sound: boolean; volume: number } | undefined;
  /** The voice and rate as they are now, read at each line spoken. */
  voice?: () => { voiceName: string; voiceRate: number } | undefined;
  onRecorded: () => void;
}

// The player's store, the chime and the worker's protocol are not part of a page's first view: they load beside it.
const playerStore = () => import('./player-store');
const chime = () => import('./chime');
const messages = () => import('./messages');
// Voice guidance's code loads only when it is on and a routine plays.
const speechModule = () => import('./speech');
// The player's voice switch saves a setting: the settings' validation and the policy load then, not with the page
// (the popup and the break page show the worker's snapshot of the settings, platform/break-view).
const saveSettings = (changes: Parameters<typeof import('./settings-store').saveSettings>[0]) =>
  import('./settings-store').then((m) => m.saveSettings(changes));

/** Starts `read` now and hands its answer to the first caller; later callers read afresh. */
function readAhead<T>(read: () => Promise<T>): () => Promise<T> {
  let early: Promise<T> | undefined = read();
  early.catch(() => undefined); // a failure reaches the caller that takes it
  return () => {
    const answer = early ?? read();
    early = undefined;
    return answer;
  };
}

/**
 * The common answers without the store's code: nothing stored is no routine playing and the note not
 * yet accepted, and `true` is the note accepted (in every version). Only another answer waits for the
 * store to load and read it through its checks, so a page's routine list is not held up by its code.
 */
const peekPlayer = async () => ((await storage.getItem(PLAYER_KEY)) === null ? undefined : (await playerStore()).loadPlayer());
async function peekSafetyAccepted(): Promise<boolean> {
  const raw = await storage.getItem(SAFETY_KEY);
  return raw === null ? false : raw === true || (await playerStore()).loadSafetyAccepted();
}

/** Made once per page: the player and the safety note are read at once, beside the page's other reads. */
export function sessionPorts(options: Options): SessionPorts {
  // One speech per page: its cancel reaches what an earlier player of this page queued.
  let speechOpened: Promise<Speech> | undefined;
  return {
    loadPlayer: readAhead(peekPlayer),
    savePlayer: (state) => playerStore().then((m) => m.savePlayer(state)),
    watchPlayer: (changed) => {
      let stop: (() => void) | undefined;
      let stopped = false;
      void playerStore().then((m) => {
        if (!stopped) stop = m.watchPlayer(changed);
      });
      return () => {
        stopped = true;
        stop?.();
      };
    },
    loadSafetyAccepted: readAhead(peekSafetyAccepted),
    acceptSafety: () => playerStore().then((m) => m.acceptSafety()),
    // The routine run's id goes with every try, so the worker stores the break once however often
    // it is sent; "I moved" sends none (the worker tells those apart by time).
    record: async (fields, id) => {
      await (await messages()).sendCommand({ type: 'record-break', fields, id });
      options.onRecorded();
    },
    chime: () => {
      const wanted = options.sound();
      if (wanted?.sound) void chime().then((m) => m.playChime(wanted.volume));
    },
    speech: () => {
      speechOpened ??= speechModule().then((m) =>
        m.openSpeech(uiLanguage(), () => options.voice?.() ?? { voiceName: '', voiceRate: 100 }),
      );
      return speechOpened;
    },
    saveSettings,
  };
}
