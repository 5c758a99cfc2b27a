// Generators for history properties: break fields as the app records them, at times across a century, in zones with odd offsets and DST.
import fc from 'fast-check';
import { MAX_INTENSITY, MAX_SECONDS, type NewBreak } from '../../core/breaks';
import { ROUTINE_IDS } from '../../core/routines';

/** Zones with DST (Berlin, New York, Lord Howe's half hour), quarter-hour offsets, and ±13/14 hours. */
export const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
] as const;

// A little beyond the years a file holds (2000–2100), so the edges are crossed.
const FROM = Date.UTC(1999, 10, 1);
const TO = Date.UTC(2101, 2, 1);

/** An instant in epoch ms, anywhere from late 1999 to early 2101, often near a year's edge or a DST night. */
export const instant = fc.oneof(
  fc.integer({ min: FROM, max: TO }),
  // New Year's Eve and the DST nights of Europe and the US, at any second of a two-day window.
  fc
    .tuple(fc.integer({ min: 1999, max: 2100 }), fc.constantFrom([11, 31], [2, 29], [9, 25], [2, 8], [10, 1]), fc.integer({ min: -86_400, max: 86_400 }))
    .map(([year, [month, day], seconds]) => Date.UTC(year, month!, day!) + seconds * 1000),
);

/** An instant taken to the whole second, as recordBreak stores it. */
export const wholeSecond = instant.map((t) => Math.floor(t / 1000) * 1000);

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const intensity = optional(fc.integer({ min: 0, max: MAX_INTENSITY }));

/** Fields the pages record (isNewBreak): a routine names its routine, as RoutineSession always does; "I moved" may. */
/** The id of the due record a break answers, as core/breaks dueRecordId writes it. */
const dueId = optional(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }).map((t) => `due-${t}`));

/** A routine another computer or an organization has: an id this one does not know, with the name it was shown by. */
const otherRoutine = fc.record({
  routineId: fc.stringMatching(/^[a-z0-9-]{1,40}$/).filter((id) => !(ROUTINE_IDS as readonly string[]).includes(id)),
  routineName: fc.string({ minLength: 1, maxLength: 200 }).filter((name) => name.trim() !== '' && !/[\r\n]/.test(name)),
});

const userBreak: fc.Arbitrary<NewBreak> = fc.record({
  kind: fc.constantFrom('routine', 'movement'),
  routineId: optional(fc.constantFrom(...ROUTINE_IDS)),
  dueId,
  seconds: optional(fc.integer({ min: 0, max: MAX_SECONDS })),
  completed: optional(fc.boolean()),
  intensityBefore: intensity,
  intensityAfter: intensity,
})
  .chain((f): fc.Arbitrary<NewBreak> => (f.kind === 'routine' ? optional(otherRoutine).map((other) => ({ ...f, ...(other ?? {}) })) : fc.constant(f)))
  .map((f) => (f.kind === 'routine' && f.routineId === undefined ? { ...f, routineId: ROUTINE_IDS[0] } : f));

/** Fields the scheduler records: `{ kind, seconds }`, seconds within MAX_SECONDS (core/schedule clips them). */
const schedulerBreak: fc.Arbitrary<NewBreak> = fc.record({
  kind: fc.constantFrom('natural', 'skipped', 'due', 'snoozed', 'dropped'),
  seconds: optional(fc.integer({ min: 0, max: MAX_SECONDS })),
  dueId,
});

export const newBreak = fc.oneof(userBreak, schedulerBreak);

/** Ids as the app has them: crypto.randomUUID for its own, any 1–200 characters that are not blank for imported ones. */
export const breakId = fc.oneof(
  { weight: 3, arbitrary: fc.uuid({ version: 4 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 200, unit: 'binary' }).filter((s) => s.trim() !== '' && s.length <= 200) },
);

/** Days off as the options page stores them: real days "YYYY-MM-DD". */
export const dayOff = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));

/** Whether the history file can hold a record at `at` (written local year 2000–2100) and `time`, exported at `now`. */
export const fileCanHold = (at: string, time: number, now: number) => {
  const year = Number(at.slice(0, 4));
  return year >= 2000 && year <= 2100 && time <= now + 24 * 3600 * 1000;
};

/** Version 2 of the file holds every kind the app records. */
export const EXPORTED = new Set(['routine', 'movement', 'natural', 'skipped', 'due', 'snoozed', 'dropped']);

/** Ranges of days off as the options page stores them: from ≤ to, at most 366 days, an optional one-line label. */
export const dayOffRange = fc
  .tuple(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 0, 1) }), fc.integer({ min: 0, max: 365 }), optional(fc.string({ minLength: 1, maxLength: 100 })))
  .map(([start, days, label]) => ({
    from: new Date(start).toISOString().slice(0, 10),
    to: new Date(start + days * 86_400_000).toISOString().slice(0, 10),
    ...(label !== undefined && label.trim() !== '' && !/[\r\n]/.test(label) ? { label } : {}),
  }));
