// The routine player's state and the one-time safety acknowledgement, in storage.local, shared by popup and break page.
import { browser, type Browser } from 'wxt/browser';
import { isPlayerState, type PlayerState } from '../core/player';

const PLAYER = 'player';
const SAFETY = 'safetyAccepted';

/** Who wrote the stored player: a page ignores its own writes, which may arrive after newer local changes. */
const WRITER = crypto.randomUUID();

interface Stored {
  writer: string;
  state: unknown;
}

const stateOf = (stored: unknown): PlayerState | undefined => {
  const state = (stored as Partial<Stored> | undefined)?.state;
  return isPlayerState(state, Date.now()) ? state : undefined;
};

export async function loadPlayer(): Promise<PlayerState | undefined> {
  return stateOf((await browser.storage.local.get(PLAYER))[PLAYER]);
}

export async function savePlayer(state: PlayerState | undefined): Promise<void> {
  if (state === undefined) await browser.storage.local.remove(PLAYER);
  else await browser.storage.local.set({ [PLAYER]: { writer: WRITER, state: JSON.parse(JSON.stringify(state)) } });
}

/** The player as another page (the popup, the break page) changed it. */
export function watchPlayer(changed: (state: PlayerState | undefined) => void): () => void {
  const handler = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (area !== 'local' || !(PLAYER in changes)) return;
    const stored = changes[PLAYER]!.newValue as Partial<Stored> | undefined;
    if (stored?.writer !== WRITER) changed(stateOf(stored));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

export async function loadSafetyAccepted(): Promise<boolean> {
  return (await browser.storage.local.get(SAFETY))[SAFETY] === true;
}

export async function acceptSafety(): Promise<void> {
  await browser.storage.local.set({ [SAFETY]: true });
}
