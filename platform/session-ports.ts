// The routine session's storage and recording, for the popup, the break page and the welcome page.
import type { SessionPorts } from '../core/session-ports';

interface Options {
  /** The chime's settings as they are now: read at each step, so the ports outlive a settings change. */
  sound: () => { sound: boolean; volume: number } | undefined;
  onRecorded: () => void;
}

// The player's store, the chime and the worker's protocol are not part of a page's first view: they load beside it.
const playerStore = () => import('./player-store');
const chime = () => import('./chime');
const messages = () => import('./messages');

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

/** Made once per page: the player and the safety note are read at once, beside the page's other reads. */
export function sessionPorts(options: Options): SessionPorts {
  return {
    loadPlayer: readAhead(() => playerStore().then((m) => m.loadPlayer())),
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
    loadSafetyAccepted: readAhead(() => playerStore().then((m) => m.loadSafetyAccepted())),
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
  };
}
