// A routine from choice to record: the list, the one-time safety note, the player, and what finishing records.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { NewBreak } from '../core/breaks';
import { secondsSpent, startPlayer, sync, type PlayerState } from '../core/player';
import { routineById, type Routine, type RoutineId } from '../core/routines';
import { RoutineList } from './RoutineList';
import { useLazy } from './use-lazy';
import { useNow } from './use-now';

const loadPlayerStack = () => import('./player-stack');

/** What the session needs from the page: storage for the player, and recording a break. */
export interface SessionPorts {
  loadPlayer(): Promise<PlayerState | undefined>;
  savePlayer(state: PlayerState | undefined): Promise<void>;
  /** Changes made by other pages. */
  watchPlayer(changed: (state: PlayerState | undefined) => void): () => void;
  loadSafetyAccepted(): Promise<boolean>;
  acceptSafety(): Promise<void>;
  record(fields: NewBreak): Promise<void>;
  /** The soft sound at the end of a step, when the user turned it on. */
  chime?: () => void;
}

interface Props {
  ports: SessionPorts;
  /** The enabled routines, suggested first. */
  routines: readonly Routine[];
  size: 'small' | 'large';
  /** Shown under the list when no routine is playing. */
  children?: ComponentChildren;
  onError: (error: unknown) => void;
}

export function RoutineSession({ ports, routines, size, children, onError }: Props) {
  const [loaded, setLoaded] = useState(false);
  const [player, setPlayer] = useState<PlayerState>();
  const [safetyAccepted, setSafetyAccepted] = useState(true);
  const [pending, setPending] = useState<RoutineId>();
  const now = useNow(250);
  const stack = useLazy(loadPlayerStack, onError);

  useEffect(() => {
    const load = () =>
      Promise.all([ports.loadPlayer(), ports.loadSafetyAccepted()])
        .then(([p, accepted]) => {
          setPlayer(p);
          setSafetyAccepted(accepted);
          setLoaded(true);
        })
        .catch(onError);
    void load();
    return ports.watchPlayer(setPlayer);
  }, [ports, onError]);

  const routine = player && routineById(player.routineId);

  // Steps move on by the wall clock, so a throttled or reopened page lands on the right step.
  const synced = player && routine ? sync(player, routine, now) : player;
  useEffect(() => {
    if (!player || synced === player) return;
    if (synced!.step !== player.step || synced!.phase !== player.phase) ports.chime?.();
    change(synced);
  });

  function change(state: PlayerState | undefined) {
    setPlayer(state);
    ports.savePlayer(state).catch(onError);
  }

  function begin(id: RoutineId) {
    const chosen = routineById(id);
    if (chosen) change(startPlayer(chosen, Date.now()));
  }

  function start(id: RoutineId) {
    // The first routine waits until the safety note is accepted.
    if (safetyAccepted) begin(id);
    else setPending(id);
  }

  function end(completed: boolean) {
    if (!synced || !routine) return;
    const at = Date.now();
    change(undefined);
    // Stopping before the first step started is not a break at all.
    if (!completed && synced.phase === 'before') return;
    ports
      .record({
        kind: 'routine',
        routineId: routine.id,
        seconds: secondsSpent(synced, at),
        completed,
        intensityBefore: synced.intensityBefore,
        intensityAfter: completed ? synced.intensityAfter : undefined,
      })
      .catch(onError);
  }

  // Until the player's code has arrived (a moment after the first paint), the list stays.
  if (!loaded) return null;
  if (!stack && (player || pending)) return null;
  const { RoutinePlayer, SafetyNote } = stack ?? {};

  if (SafetyNote && pending && !safetyAccepted) {
    return (
      <SafetyNote
        onAccept={() => {
          setSafetyAccepted(true);
          ports.acceptSafety().catch(onError);
          setPending(undefined);
          begin(pending);
        }}
      />
    );
  }

  if (RoutinePlayer && synced && routine) {
    const gentler = routine.gentler && routineById(routine.gentler);
    return (
      <RoutinePlayer
        routine={routine}
        state={synced}
        now={now}
        size={size}
        gentler={gentler}
        onChange={change}
        onFinish={() => end(true)}
        onStop={() => end(false)}
        onSwitch={(id) => {
          end(false);
          begin(id);
        }}
      />
    );
  }

  return (
    <>
      <RoutineList routines={routines} onStart={start} />
      {children}
    </>
  );
}
