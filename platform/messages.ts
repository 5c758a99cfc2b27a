// Commands that pages send to the background worker, which alone changes the schedule.
import { browser } from 'wxt/browser';
import { isNewBreak, type NewBreak } from '../core/breaks';

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
