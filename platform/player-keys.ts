// Where the routine player and the safety acknowledgement are stored: one name for the store and the pages' first read.
import type { StorageItemKey } from '#imports';

/** v1: `{ writer, state }` as 0.1 stores it under "player". */
export const PLAYER_KEY: StorageItemKey = 'local:player';
/** v1: `true` once the safety note was accepted, as 0.1 stores it under "safetyAccepted". */
export const SAFETY_KEY: StorageItemKey = 'local:safetyAccepted';
