// The routine player's state and the one-time safety acknowledgement, in storage.local, shared by popup and break page.
import { isPlayerState, type FindRoutine, type PlayerState } from '../core/player';
import { isRoutineId, routineById, type Routine } from '../core/routines';
import { PLAYER_KEY, SAFETY_KEY } from './player-keys';
import { loadPolicy } from './policy';
import { versionedItem } from './storage-item';

const player = versionedItem(PLAYER_KEY, 1, {});
const safety = versionedItem(SAFETY_KEY, 1, {});

/** Who wrote the stored player: a page ignores its own writes, which may arrive after newer local changes. */
const WRITER = crypto.randomUUID();

interface Stored {
  writer: string;
  state: unknown;
}

function stateOf(stored: unknown, find?: FindRoutine): PlayerState | undefined {
  if (stored === null || stored === undefined) return undefined;
  const state = (stored as Partial<Stored>).state;
  if (isPlayerState(state, Date.now(), find)) return state;
  // An ended or garbled routine is simply not resumed; say so if it was not a state at all.
  if (!isPlayerState(state, Number.NEGATIVE_INFINITY)) console.warn('Unknot: the stored routine player is unreadable; not resuming it.', stored);
  return undefined;
}

const ownRoutines = () => import('./my-routines').then((m) => m.loadMyRoutines()).catch((): Routine[] => []);
/** The policy's routine pack; the language does not matter here (only the steps and their timing do). */
const organizationRoutines = () =>
  Promise.all([import('../core/policy-routines'), loadPolicy({ wait: false })])
    .then(([pack, policy]) => pack.organizationRoutines(pack.packOf(policy.customRoutines).routines, 'en'))
    .catch((): Routine[] => []);

export async function loadPlayer(): Promise<PlayerState | undefined> {
  // A routine of one's own (or the organization's) that finished long ago with no page open is still found, so its
  // break is recorded.
  const { raw } = await player.read();
  const id = (raw as { state?: { routineId?: unknown } } | null)?.state?.routineId;
  // Only a player of a routine not built in needs them, and they are not part of the popup's first chunk.
  const mine = typeof id === 'string' && !isRoutineId(id) ? await Promise.all([ownRoutines(), organizationRoutines()]).then((lists) => lists.flat()) : [];
  return stateOf(raw, (routineId) => routineById(routineId, mine));
}

/** Rejects with a StorageWriteError when storage refuses; the stored player stays as it was. */
export async function savePlayer(state: PlayerState | undefined): Promise<void> {
  await player.save(state === undefined ? undefined : { writer: WRITER, state: JSON.parse(JSON.stringify(state)) });
}

/** The player as another page (the popup, the break page) changed it. */
export function watchPlayer(changed: (state: PlayerState | undefined) => void): () => void {
  return player.item.watch((stored) => {
    if ((stored as Partial<Stored> | null)?.writer !== WRITER) changed(stateOf(stored));
  });
}

export async function loadSafetyAccepted(): Promise<boolean> {
  const { raw } = await safety.read();
  if (raw !== null && typeof raw !== 'boolean') console.warn('Unknot: the stored safety acknowledgement is unreadable; asking again.', raw);
  return raw === true;
}

/** Rejects with a StorageWriteError when storage refuses. */
export async function acceptSafety(): Promise<void> {
  await safety.save(true);
}
