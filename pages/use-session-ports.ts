// The routine session's ports for a page: made once, in the first render, so the player is read beside the schedule.
import { useRef, useState } from 'preact/hooks';
import type { SessionPorts } from '../core/session-ports';
import type { Settings } from '../core/settings';
import { sessionPorts } from '../platform/session-ports';

const nothing = () => undefined;

export function useSessionPorts(settings: Settings | undefined, onRecorded: () => void = nothing): SessionPorts {
  // The ports read the settings and the callback as they are when used, so they never have to be made again.
  const current = useRef({ settings, onRecorded });
  current.current = { settings, onRecorded };
  const [ports] = useState(() =>
    sessionPorts({ sound: () => current.current.settings, voice: () => current.current.settings, onRecorded: () => current.current.onRecorded() }),
  );
  return ports;
}
