// A routine from choice to record: the list, the one-time safety note, the player, and what finishing records.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { breakIdOf, breakOf, hasFinished, isStale, startPlayer, sync, type PlayerState } from '../core/player';
import { routineById, type Routine, type RoutineId } from '../core/routines';
import type { SessionPorts } from '../core/session-ports';
import { RetryNotice } from './RetryNotice';
import { RoutineList } from './RoutineList';
import { useLazy } from './use-lazy';
import { useNow } from './use-now';

const loadPlayerStack = () => import('./player-stack');

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
  // The player as last set, for answers that arrive after it may have changed.
  const current = useRef<PlayerState>();
  current.current = player;

  function change(state: PlayerState | undefined) {
    current.current = state;
    setPlayer(state);
    return ports.savePlayer(state).catch(onError);
  }

  /** Sends the ended routine's break; the player keeps it until the history has it. */
  function submit(state: PlayerState) {
    const { recording } = state;
    if (!recording) return;
    const stillOurs = () => current.current?.recording?.id === recording.id;
    ports.record(recording.fields, recording.id).then(
      () => {
        if (!stillOurs()) return;
        const next = current.current!.recording!.next;
        void (next ? begin(next) : change(undefined));
      },
      (error: unknown) => {
        onError(error);
        if (stillOurs()) void change({ ...state, recording: { id: recording.id, fields: recording.fields, failed: true } });
      },
    );
  }

  /** Ends the routine at `at`, then `next` if one was chosen instead. */
  function end(state: PlayerState, completed: boolean, at: number, next?: RoutineId) {
    const fields = breakOf(state, completed, at);
    // Stopping before the first step started is not a break at all.
    if (!fields) return void (next ? begin(next) : change(undefined));
    const recording = { ...state, recording: { id: breakIdOf(state), fields, next } };
    // Stored before it is sent: a page closed meanwhile leaves it for the next page to send.
    void change(recording).then(() => submit(recording));
  }

  // A layout effect, not an effect: the list should not wait a frame after the paint for its data.
  useLayoutEffect(() => {
    Promise.all([ports.loadPlayer(), ports.loadSafetyAccepted()])
      .then(([p, accepted]) => {
        setSafetyAccepted(accepted);
        setLoaded(true);
        current.current = p;
        setPlayer(p);
        const at = Date.now();
        // A break a closed page was recording, or a routine that finished with no page open long ago: record it now.
        if (p?.recording) submit(p);
        else if (p && isStale(p, at) && hasFinished(p, at)) end(sync(p, routineById(p.routineId)!, at), true, at);
      })
      .catch(onError);
    return ports.watchPlayer((p) => {
      current.current = p;
      setPlayer(p);
    });
  }, [ports, onError]);

  const routine = player && routineById(player.routineId);

  // Steps move on by the wall clock, so a throttled or reopened page lands on the right step.
  const synced = player && routine && !player.recording ? sync(player, routine, now) : player;
  useLayoutEffect(() => {
    if (!player || synced === player) return;
    if (synced!.step !== player.step || synced!.phase !== player.phase) ports.chime?.();
    void change(synced);
  });

  function begin(id: RoutineId) {
    const chosen = routineById(id);
    return chosen ? change(startPlayer(chosen, Date.now())) : Promise.resolve();
  }

  function start(id: RoutineId) {
    const recording = current.current?.recording;
    // A routine chosen while the last break is on its way starts once that break is stored.
    if (recording) void change({ ...current.current!, recording: { ...recording, next: id } });
    // The first routine waits until the safety note is accepted.
    else if (safetyAccepted) void begin(id);
    else setPending(id);
  }

  if (!loaded) return null;

  // The ended routine's break could not be stored: it stays, said so, until Retry stores it.
  const recording = player?.recording;
  if (recording?.failed) {
    return (
      <>
        <RetryNotice
          messageKey="h3a_record_failed"
          onRetry={() => {
            const again = { ...player!, recording: { id: recording.id, fields: recording.fields } };
            void change(again).then(() => submit(again));
          }}
        />
        {children}
      </>
    );
  }

  // Until the player's code has arrived (a moment after the first paint), the list stays.
  if (!stack && ((player && !recording) || pending)) return null;
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

  if (RoutinePlayer && synced && routine && !recording) {
    const gentler = routine.gentler && routineById(routine.gentler);
    return (
      <RoutinePlayer
        routine={routine}
        state={synced}
        now={now}
        size={size}
        gentler={gentler}
        onChange={(state) => void change(state)}
        onFinish={() => end(synced, true, Date.now())}
        onStop={() => end(synced, false, Date.now())}
        onSwitch={(id) => end(synced, false, Date.now(), id)}
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
