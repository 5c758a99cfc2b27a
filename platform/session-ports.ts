// The routine session's storage and recording, for the popup and the break page.
import type { SessionPorts } from '../components/RoutineSession';
import { playChime } from './chime';
import { sendCommand } from './messages';
import { acceptSafety, loadPlayer, loadSafetyAccepted, savePlayer, watchPlayer } from './player-store';

export function sessionPorts(options: { sound: boolean; volume: number; onRecorded: () => void }): SessionPorts {
  return {
    loadPlayer,
    savePlayer,
    watchPlayer,
    loadSafetyAccepted,
    acceptSafety,
    record: async (fields) => {
      await sendCommand({ type: 'record-break', fields });
      options.onRecorded();
    },
    chime: options.sound ? () => playChime(options.volume) : undefined,
  };
}
