// The one message protocol: commands pages send to the worker, which alone changes the schedule, and the worker's chime request.
import { isIntegerIn, isNewBreak, type NewBreak } from './breaks';
import { MAX_PAUSE_MS } from './schedule-limits';
import { SETTING_RANGES } from './settings';

/** Page → worker. Adding a command here makes the worker's handler map (checked with `satisfies`) ask for it. */
export const COMMAND_TYPES = ['snooze', 'skip', 'break-taken', 'pause', 'resume', 'open-break-page', 'record-break'] as const;
/** Worker → Chrome's offscreen document, whose page alone can play audio. */
export const CHIME_TYPES = ['play-chime'] as const;

export type CommandType = (typeof COMMAND_TYPES)[number];
export type ChimeType = (typeof CHIME_TYPES)[number];
type MessageType = CommandType | ChimeType;

/** The fields each message carries besides its type; a type not listed carries none. */
interface MessageFields {
  /** The end of the pause, epoch ms: ahead of now, and no further than the longest pause offered. */
  pause: { until: number };
  /** A routine or movement break the user took: recorded, and a completed one re-plans. */
  'record-break': { fields: NewBreak; id?: string };
  /** The chime volume, 0–100 like the setting. */
  'play-chime': { volume: number };
}

type MessageOf<T extends MessageType> = { type: T } & (T extends keyof MessageFields ? MessageFields[T] : unknown);
export type Command = { [T in CommandType]: MessageOf<T> }[CommandType];
export type ChimeMessage = { [T in ChimeType]: MessageOf<T> }[ChimeType];

/** What the worker does for each command: every command type must have its handler. */
export type CommandHandlers = { [T in CommandType]: (command: MessageOf<T>) => Promise<unknown> };
export type ChimeHandlers = { [T in ChimeType]: (message: MessageOf<T>) => unknown };

type FieldCheck = (value: unknown, now: number) => boolean;

/** Each message's fields with their checks: a message with a field missing, out of range or unknown is refused. */
const FIELD_CHECKS = {
  snooze: {},
  skip: {},
  'break-taken': {},
  resume: {},
  'open-break-page': {},
  // A pause with an absurd end (Number.MAX_VALUE) once passed and made the popup's status line throw.
  pause: { until: (v, now) => typeof v === 'number' && Number.isFinite(v) && now < v && v <= now + MAX_PAUSE_MS },
  // The routine run's own id, so a break sent twice is recorded once.
  'record-break': { fields: isNewBreak, id: (v) => v === undefined || (typeof v === 'string' && v.length >= 1 && v.length <= 200) },
  'play-chime': { volume: (v) => isIntegerIn(v, SETTING_RANGES.volume.min, SETTING_RANGES.volume.max) },
} satisfies { [T in MessageType]: Record<Exclude<keyof MessageOf<T>, 'type'>, FieldCheck> };

function isMessageOf<T extends MessageType>(types: readonly T[], message: unknown, now: number): message is MessageOf<T> {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return false;
  const { type, ...fields } = message as Record<string, unknown>;
  if (!(types as readonly unknown[]).includes(type)) return false;
  const checks: Record<string, FieldCheck> = FIELD_CHECKS[type as T];
  const names = Object.keys(fields);
  return (
    names.every((name) => Object.hasOwn(checks, name)) &&
    Object.entries(checks).every(([name, check]) => check(fields[name], now))
  );
}

/** A well-formed command with every field in range; `now` dates a pause's end. */
export function isCommand(message: unknown, now: number = Date.now()): message is Command {
  return isMessageOf(COMMAND_TYPES, message, now);
}

export function isChimeMessage(message: unknown): message is ChimeMessage {
  return isMessageOf(CHIME_TYPES, message, Date.now());
}

/** Runs the handler of a checked message's type. */
export function handleMessage<M extends { type: string }>(handlers: { [T in M['type']]: (m: Extract<M, { type: T }>) => unknown }, message: M) {
  // TypeScript cannot relate a union member to its own handler by itself (microsoft/TypeScript#30581).
  const handler = handlers[message.type as M['type']] as (m: M) => unknown;
  return handler(message);
}
