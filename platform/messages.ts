// Commands that pages send to the background worker, which alone changes the schedule.
import { browser } from 'wxt/browser';
import type { NewBreak } from '../core/breaks';
import { isRoutineId } from '../core/routines';

export type Command =
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'break-taken' }
  | { type: 'pause'; until: number }
  | { type: 'resume' }
  | { type: 'open-break-page' }
  /** A routine or movement break the user took: recorded, and a completed one re-plans. */
  | { type: 'record-break'; fields: NewBreak };

const COMMAND_TYPES = new Set<string>(['snooze', 'skip', 'break-taken', 'pause', 'resume', 'open-break-page', 'record-break']);

const optionalInt = (v: unknown, max: number) => v === undefined || (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max);

function isNewBreak(x: unknown): x is NewBreak {
  if (typeof x !== 'object' || x === null) return false;
  const f = x as Record<string, unknown>;
  return (
    (f.kind === 'routine' || f.kind === 'movement') &&
    (f.routineId === undefined || isRoutineId(f.routineId)) &&
    (f.completed === undefined || typeof f.completed === 'boolean') &&
    optionalInt(f.seconds, 24 * 3600) &&
    optionalInt(f.intensityBefore, 10) &&
    optionalInt(f.intensityAfter, 10)
  );
}

export function isCommand(message: unknown): message is Command {
  if (typeof message !== 'object' || message === null) return false;
  const { type, until } = message as { type?: unknown; until?: unknown };
  if (typeof type !== 'string' || !COMMAND_TYPES.has(type)) return false;
  if (type === 'pause') return typeof until === 'number' && Number.isFinite(until);
  if (type === 'record-break') return isNewBreak((message as { fields?: unknown }).fields);
  return true;
}

export async function sendCommand(command: Command): Promise<void> {
  await browser.runtime.sendMessage(command);
}

export function onCommand(handler: (command: Command) => Promise<unknown>): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isCommand(message)) return undefined;
    return handler(message).then(() => undefined);
  });
}
