// What the popup and the break page both load: the schedule, recent breaks, and the routine session's ports.
import { useCallback } from 'preact/hooks';
import type { BreakScreenData } from '../components/BreakScreen';
import { useLoad } from '../components/use-load';
import type { Command } from '../platform/messages';
import { loadBreakView, watchBreakView } from '../platform/break-view';
import { useSessionPorts } from './use-session-ports';

// The history (IndexedDB and its code) arrives after the first view: the count follows the schedule.
const loadRecentBreaks = () => import('../platform/today').then((m) => m.loadRecentBreaks());
// My routines and their check arrive after the first view too: the built-in list does not wait for them.
const myRoutines = () => import('../platform/my-routines');
const loadMyRoutines = () => myRoutines().then((m) => m.loadMyRoutines());
function watchMyRoutines(changed: () => void): () => void {
  let stop: (() => void) | undefined;
  let live = true;
  void myRoutines().then((m) => {
    if (live) stop = m.watchMyRoutines(changed);
  });
  return () => {
    live = false;
    stop?.();
  };
}
// The worker's protocol (its checks included) is needed only when a button is pressed.
const sendCommand = (command: Command) => import('../platform/messages').then((m) => m.sendCommand(command));

export interface BreakPage {
  /** Handed to BreakScreen as they are. */
  screen: BreakScreenData;
  send: (command: Command) => void;
  moved: () => void;
}

export function useBreakPage(where: string): BreakPage {
  const onError = useCallback((error: unknown) => console.error(`Unknot ${where}:`, error), [where]);
  const view = useLoad(loadBreakView, { watch: watchBreakView, onError });
  const recent = useLoad(loadRecentBreaks, { onError });
  // The user's own routines, offered and rotated with the built-in ones.
  const mine = useLoad(loadMyRoutines, { watch: watchMyRoutines, onError });
  const ports = useSessionPorts(view.value?.settings, recent.reload);
  const send = useCallback((command: Command) => void sendCommand(command).catch(onError), [onError]);
  // "I moved" is recorded the way a finished routine is: through the session's own port.
  const moved = useCallback(() => void ports.record({ kind: 'movement', completed: true }).catch(onError), [ports, onError]);
  // Unreadable routines of one's own leave the built-in ones offered.
  const others = mine.value ?? (mine.failed ? [] : undefined);
  return { screen: { view, recent: recent.value, historyUnavailable: recent.failed, others, ports, onCommand: send, onError }, send, moved };
}
