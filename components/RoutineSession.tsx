// A routine from choice to record: the list, the one-time safety note, the player, and what finishing records.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PlayerState } from '../core/player';
import { routineById, type Routine } from '../core/routines';
import type { SessionPorts } from '../core/session-ports';
import type { VoiceSetup } from './player-voice';
import { RetryNotice } from './RetryNotice';
import { RoutineList } from './RoutineList';
import { useLazy } from './use-lazy';
import { useNow } from './use-now';

// The player's code and rules: the list shows without them, and they arrive a moment after the first paint.
const loadPlayerStack = () => import('./player-stack');
type Stack = Awaited<ReturnType<typeof loadPlayerStack>>;

interface Props {
  ports: SessionPorts;
  /** The enabled routines, suggested first. */
  routines: readonly Routine[];
  /** The routines beside the built-in ones (the user's own, an organization's) a saved player may name. */
  others?: readonly Routine[];
  size: 'small' | 'large';
  /** Shown under the list when no routine is playing. */
  children?: ComponentChildren;
  onError: (error: unknown) => void;
  /** The settings voice guidance reads, where the page offers it. */
  voice?: VoiceSetup;
}

const NONE: readonly Routine[] = [];

export function RoutineSession({ ports, routines, others = NONE, size, children, onError, voice }: Props) {
  const find = (id: string) => routineById(id, others);
  const [loaded, setLoaded] = useState(false);
  const [player, setPlayer] = useState<PlayerState>();
  const [safetyAccepted, setSafetyAccepted] = useState(true);
  const [pending, setPending] = useState<string>();
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
        (next ? begin(next) : change(undefined)).catch(onError);
      },
      (error: unknown) => {
        onError(error);
        if (stillOurs()) void change({ ...state, recording: { id: recording.id, fields: recording.fields, failed: true } });
      },
    );
  }

  /** Ends the routine at `at`, then `next` if one was chosen instead. */
  function end(rules: Stack, state: PlayerState, completed: boolean, at: number, next?: string) {
    const fields = rules.breakOf(state, completed, at);
    // Stopping before the first step started is not a break at all.
    if (!fields) return void (next ? begin(next) : change(undefined)).catch(onError);
    const recording = { ...state, recording: { id: rules.breakIdOf(state), fields, next } };
    // Stored before it is sent: a page closed meanwhile leaves it for the next page to send.
    void change(recording).then(() => submit(recording));
  }

  // A layout effect, not an effect: the list should not wait a frame after the paint for its data.
  useLayoutEffect(() => {
    Promise.all([ports.loadPlayer(), ports.loadSafetyAccepted()])
      .then(([p, accepted]) => {
        setSafetyAccepted(accepted);
        current.current = p;
        setPlayer(p);
        setLoaded(true);
        // A break a closed page was recording: send it again.
        if (p?.recording) submit(p);
        else if (p) void loadPlayerStack().then((rules) => recordFinished(rules, p), onError);
      })
      .catch(onError);
    return ports.watchPlayer((p) => {
      current.current = p;
      setPlayer(p);
    });
  }, [ports, onError]);

  /** A routine that finished long ago with no page open to see it is recorded now, not dropped. */
  function recordFinished(rules: Stack, p: PlayerState) {
    const at = Date.now();
    const routine = find(p.routineId);
    if (current.current !== p || !routine || !rules.isStale(p, at) || !rules.hasFinished(p, routine, at)) return;
    end(rules, rules.sync(p, routine, at), true, at);
  }

  // The user's own routines may arrive after the player: a long-finished one of theirs is recorded then.
  useEffect(() => {
    const p = current.current;
    if (stack && p && !p.recording) recordFinished(stack, p);
  }, [others, stack]);

  const routine = player && find(player.routineId);

  // Steps move on by the wall clock, so a throttled or reopened page lands on the right step.
  const synced = stack && player && routine && !player.recording ? stack.sync(player, routine, now) : player;
  useLayoutEffect(() => {
    if (!player || synced === player) return;
    if (synced!.step !== player.step || synced!.phase !== player.phase) ports.chime?.();
    void change(synced);
  });

  async function begin(id: string) {
    const chosen = find(id);
    if (!chosen) return;
    const rules = stack ?? (await loadPlayerStack());
    await change(rules.startPlayer(chosen, Date.now()));
  }

  function start(id: string) {
    const recording = current.current?.recording;
    // A routine chosen while the last break is on its way starts once that break is stored.
    if (recording) void change({ ...current.current!, recording: { ...recording, next: id } });
    // The first routine waits until the safety note is accepted.
    else if (safetyAccepted) begin(id).catch(onError);
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

  if (stack && pending && !safetyAccepted) {
    return (
      <stack.SafetyNote
        onAccept={() => {
          setSafetyAccepted(true);
          ports.acceptSafety().catch(onError);
          setPending(undefined);
          begin(pending).catch(onError);
        }}
      />
    );
  }

  if (stack && synced && routine && !recording) {
    const gentler = routine.gentler ? routineById(routine.gentler) : undefined;
    return (
      <stack.RoutinePlayer
        routine={routine}
        state={synced}
        now={now}
        size={size}
        gentler={gentler}
        voice={voice && stack.playerVoice(voice, ports, onError)}
        onChange={(state) => void change(state)}
        onFinish={() => end(stack, synced, true, Date.now())}
        onStop={() => end(stack, synced, false, Date.now())}
        onSwitch={(id) => end(stack, synced, false, Date.now(), id)}
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
