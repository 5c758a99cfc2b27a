// The browser side of the message protocol in core/commands: send a message, and listen for the checked ones.
import { browser } from '#imports';
import {
  handleMessage,
  isChimeMessage,
  isCommand,
  type ChimeHandlers,
  type ChimeMessage,
  type Command,
  type CommandHandlers,
} from '../core/commands';

// Kept here for the pages that import them from platform; the contract itself lives in core/commands.
export { isCommand, type Command };

export async function sendCommand(command: Command): Promise<void> {
  await browser.runtime.sendMessage(command);
}

export async function sendChimeMessage(message: ChimeMessage): Promise<void> {
  await browser.runtime.sendMessage(message);
}

/**
 * Every extension page hears every message: each listener answers only the messages its check
 * accepts and leaves the rest (returning undefined) to the listener they are for.
 */
function listen<M extends { type: string }>(accepts: (message: unknown) => message is M, run: (message: M) => unknown): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!accepts(message)) return undefined;
    return Promise.resolve(run(message)).then(() => undefined);
  });
}

/** In the worker: runs each command's handler; a command that fails its check is ignored. */
export function onCommand(handlers: CommandHandlers): void {
  listen((message): message is Command => isCommand(message), (command) => handleMessage<Command>(handlers, command));
}

/** In Chrome's offscreen document: runs the chime request. */
export function onChimeMessage(handlers: ChimeHandlers): void {
  listen(isChimeMessage, (message) => handleMessage<ChimeMessage>(handlers, message));
}
