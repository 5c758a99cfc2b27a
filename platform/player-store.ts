// The routine player's state and the one-time safety acknowledgement, in storage.local, shared by popup and break page.
import { browser } from 'wxt/browser';
import { PLAYER_MAX_AGE_MS, type PlayerState } from '../core/player';
import { isRoutineId } from '../core/routines';

const PLAYER = 'player';
const SAFETY = 'safetyAccepted';

function isPlayerState(x: unknown, now: number): x is PlayerState {
  if (typeof x !== 'object' || x === null) return false;
  const s = x as Record<string, unknown>;
  return (
    isRoutineId(s.routineId) &&
    ['before', 'step', 'ease-off', 'after'].includes(s.phase as string) &&
    Number.isInteger(s.step) &&
    typeof s.stepStartedAt === 'number' &&
    typeof s.startedAt === 'number' &&
    typeof s.pausedMs === 'number' &&
    // An old routine was abandoned: start afresh rather than resume it.
    now - s.startedAt < PLAYER_MAX_AGE_MS
  );
}

export async function loadPlayer(): Promise<PlayerState | undefined> {
  const raw = (await browser.storage.local.get(PLAYER))[PLAYER];
  return isPlayerState(raw, Date.now()) ? raw : undefined;
}

export async function savePlayer(state: PlayerState | undefined): Promise<void> {
  if (state === undefined) await browser.storage.local.remove(PLAYER);
  else await browser.storage.local.set({ [PLAYER]: JSON.parse(JSON.stringify(state)) });
}

export function watchPlayer(changed: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && PLAYER in changes) changed();
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
