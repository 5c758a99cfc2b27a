// The player and everything only it needs (figures, safety note): loaded after the popup's first paint.
export { RoutinePlayer } from './RoutinePlayer';
export { SafetyNote } from './SafetyNote';
