// The contract between a routine session (components/) and the page that stores and records it (platform/).
import type { NewBreak } from './breaks';
import type { PlayerState } from './player';
import type { Settings } from './settings';
import type { Speech } from './voice';

/** What the session needs from the page: storage for the player, and recording a break. */
export interface SessionPorts {
  loadPlayer(): Promise<PlayerState | undefined>;
  savePlayer(state: PlayerState | undefined): Promise<void>;
  /** Changes made by other pages. */
  watchPlayer(changed: (state: PlayerState | undefined) => void): () => void;
  loadSafetyAccepted(): Promise<boolean>;
  acceptSafety(): Promise<void>;
  /**
   * Records a break. `id`, when given, names this one break for every try, so a retry after a
   * record that did arrive, or a second page recording the same finished routine, stores it once.
   */
  record(fields: NewBreak, id?: string): Promise<void>;
  /** The soft sound at the end of a step, when the user turned it on. */
  chime?: () => void;
  /** The browser's speech for voice guidance, its code loaded at the first call; the voice and rate as set at each line. */
  speech?: () => Promise<Speech>;
  /** Saves settings changed in the player (voice guidance on or off, the chime instead). */
  saveSettings?: (changes: Partial<Settings>) => Promise<unknown>;
}
