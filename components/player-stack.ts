// The player and everything only it needs (figures, safety note, the player's rules): loaded after the first paint.
export { breakIdOf, breakOf, hasFinished, isStale, startPlayer, sync } from '../core/player';
export { RoutinePlayer } from './RoutinePlayer';
export { SafetyNote } from './SafetyNote';
export { playerVoice } from './player-voice';
