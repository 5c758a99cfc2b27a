// What the popup and the break page both load: the schedule, recent breaks, and the routine session's ports.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { SessionPorts } from '../components/RoutineSession';
import { useLive } from '../components/use-live';
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

export function useBreakData(where: string): BreakData {
  const view = useLive(loadScheduleView, watchScheduleView);
  const [version, setVersion] = useState(0);
  const historyChanged = useCallback(() => setVersion((v) => v + 1), []);
  const [recent, setRecent] = useState<RecentBreaks>();
  const [historyUnavailable, setHistoryUnavailable] = useState(false);
  const report = useCallback((error: unknown) => console.error(`Unknot ${where}:`, error), [where]);

  useEffect(() => {
    loadRecentBreaks()
      .then((r) => {
        setRecent(r);
        setHistoryUnavailable(false);
      })
      .catch((error: unknown) => {
        report(error);
        setHistoryUnavailable(true);
      });
  }, [version, report]);

  const sound = view?.settings.sound ?? false;
  const volume = view?.settings.volume ?? 0;
  const ports = useMemo(() => sessionPorts({ sound, volume, onRecorded: historyChanged }), [sound, volume, historyChanged]);
  const send = useCallback((command: Command) => void sendCommand(command).catch(report), [report]);
  // "I moved" is recorded the way a finished routine is: through the session's own port.
  const moved = useCallback(() => void ports.record({ kind: 'movement', completed: true }).catch(report), [ports, report]);
  return { view, recent, historyUnavailable, ports, send, moved, report };
}
