// Generators for importer fuzzing: valid history files, the ways a file gets damaged, and plain garbage.
import fc from 'fast-check';
import { MAX_INTENSITY, MAX_SECONDS } from '../../core/breaks';
import { ROUTINE_IDS } from '../../core/routines';

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-03-29T10:15:00+02:00" for an instant and an offset in minutes, written by hand (not by the code under test). */
function offsetIso(time: number, offsetMinutes: number): string {
  const local = new Date(time + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** One valid break of the file, absent fields left out. */
const fileBreak = fc
  .record({
    id: fc.uuid({ version: 4 }),
    time: fc.integer({ min: Date.UTC(2000, 0, 2), max: Date.UTC(2026, 0, 1) }),
    offset: fc.integer({ min: -56, max: 56 }).map((q) => q * 15),
    kind: fc.constantFrom('routine', 'movement', 'natural', 'skipped'),
    routineId: fc.constantFrom(...ROUTINE_IDS),
    seconds: optional(fc.integer({ min: 0, max: MAX_SECONDS })),
    completed: optional(fc.boolean()),
    intensityBefore: optional(fc.integer({ min: 0, max: MAX_INTENSITY })),
  })
  .map(({ time, offset, routineId, kind, ...rest }) =>
    JSON.parse(JSON.stringify({ ...rest, at: offsetIso(time, offset), kind, routineId: kind === 'routine' ? routineId : undefined })) as Record<string, unknown>,
  );

const dayOff = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));

/** A valid history file as a JSON value. */
export const validFile = fc.record({
  format: fc.constant('unknot-history'),
  version: fc.constant(1),
  breaks: fc.uniqueArray(fileBreak, { maxLength: 20, selector: (b) => b.id }),
  daysOff: fc.uniqueArray(dayOff, { maxLength: 5 }),
});

const FIELDS = ['id', 'at', 'kind', 'routineId', 'seconds', 'completed', 'intensityBefore', 'intensityAfter'];
const TOP = ['format', 'version', 'breaks', 'daysOff', 'exportedAt'];
const ODD_KEYS = ['__proto__', 'constructor', 'prototype', 'time', 'toString', 'hasOwnProperty'];

/** An own enumerable key, even "__proto__" (plain assignment would set the prototype instead). */
const setOwn = (o: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

type Mutation =
  | { op: 'delete'; at: number; field: string }
  | { op: 'swap'; at: number; field: string; value: unknown }
  | { op: 'duplicate'; at: number }
  | { op: 'unknown'; at: number; key: string; value: unknown }
  | { op: 'top'; key: string; value: unknown }
  | { op: 'drop-top'; key: string };

const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(-1, 1.5, 1e21, '', ' ', 'x'.repeat(300), '2026-02-30T10:00:00+01:00'));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), field: fc.constantFrom(...FIELDS) }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), field: fc.constantFrom(...FIELDS), value: anyValue }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('unknown' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom(...ODD_KEYS), fc.string()), value: anyValue }),
  fc.record({ op: fc.constant('top' as const), key: fc.oneof(fc.constantFrom(...TOP, ...ODD_KEYS), fc.string()), value: anyValue }),
  fc.record({ op: fc.constant('drop-top' as const), key: fc.constantFrom(...TOP) }),
);

/** Applies value-level damage to a copy of a file. */
function damage(file: Record<string, unknown>, mutations: readonly Mutation[]): Record<string, unknown> {
  const out = structuredClone(file);
  const breaks = out.breaks as Record<string, unknown>[];
  for (const m of mutations) {
    if (m.op === 'top') setOwn(out, m.key, m.value);
    else if (m.op === 'drop-top') delete out[m.key];
    else if (breaks.length > 0 && Array.isArray(out.breaks)) {
      const i = m.at % breaks.length;
      const b = breaks[i]!;
      if (m.op === 'delete') delete b[m.field];
      else if (m.op === 'swap') b[m.field] = m.value;
      else if (m.op === 'duplicate') breaks.splice(i, 0, structuredClone(b));
      else setOwn(b, m.key, m.value);
    }
  }
  return out;
}

type TextDamage = { op: 'truncate'; at: number } | { op: 'flip'; at: number; char: string } | { op: 'insert'; at: number; text: string };

const textDamage: fc.Arbitrary<TextDamage> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), char: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('{', '[', '"', ',', '\uFEFF', '\\u0000')) }),
);

function damageText(text: string, d: TextDamage): string {
  const at = d.at % (text.length + 1);
  if (d.op === 'truncate') return text.slice(0, at);
  if (d.op === 'flip') return text.slice(0, at) + d.char + text.slice(at + 1);
  return text.slice(0, at) + d.text + text.slice(at);
}

/** A damaged file: value-level damage, then perhaps text-level damage to its bytes. */
export const damagedFileText = fc
  .tuple(validFile, fc.array(mutation, { maxLength: 4 }), fc.array(textDamage, { maxLength: 2 }), fc.boolean())
  .map(([file, mutations, texts, pretty]) => {
    const text = JSON.stringify(damage(file, mutations), null, pretty ? 2 : undefined);
    return texts.reduce(damageText, text);
  });

/** Anything at all: random bytes as a browser decodes them, random text, random JSON. */
export const garbage = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }).map((bytes) => new TextDecoder().decode(bytes)),
  fc.string({ unit: 'binary', maxLength: 2000 }),
  fc.json({ maxDepth: 4 }),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify({ format: 'unknot-history', version: 1, breaks: v })),
);
