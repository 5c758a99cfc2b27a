// What the popup and the break page both load: the schedule, recent breaks, and the routine session's ports (the welcome page takes only the ports).
import { useCallback, useMemo } from 'preact/hooks';
import type { SessionPorts } from '../components/RoutineSession';
import { useLive } from '../components/use-live';
import { useReloadable } from '../components/use-reloadable';
import type { Settings } from '../core/settings';
import { sendCommand, type Command } from './messages';
import { loadScheduleView, watchScheduleView, type ScheduleView } from './schedule-view';
import { sessionPorts } from './session-ports';
import { loadRecentBreaks, type RecentBreaks } from './today';

export interface BreakData {
  view?: ScheduleView;
  recent?: RecentBreaks;
  /** IndexedDB could not be used: history is not kept here. */
  historyUnavailable: boolean;
  ports: SessionPorts;
  send: (command: Command) => void;
  moved: () => void;
  report: (error: unknown) => void;
}

const nothing = () => undefined;

/** The routine session's ports, made anew only when the chime's settings change. */
export function useSessionPorts(settings: Settings | undefined, onRecorded: () => void = nothing): SessionPorts {
  const sound = settings?.sound ?? false;
  const volume = settings?.volume ?? 0;
  return useMemo(() => sessionPorts({ sound, volume, onRecorded }), [sound, volume, onRecorded]);
}

export function useBreakData(where: string): BreakData {
  const view = useLive(loadScheduleView, watchScheduleView);
  const report = useCallback((error: unknown) => console.error(`Unknot ${where}:`, error), [where]);
  const recent = useReloadable(loadRecentBreaks, report);
  const ports = useSessionPorts(view?.settings, recent.reload);
  const send = useCallback((command: Command) => void sendCommand(command).catch(report), [report]);
  // "I moved" is recorded the way a finished routine is: through the session's own port.
  const moved = useCallback(() => void ports.record({ kind: 'movement', completed: true }).catch(report), [ports, report]);
  return { view, recent: recent.value, historyUnavailable: recent.failed, ports, send, moved, report };
}
