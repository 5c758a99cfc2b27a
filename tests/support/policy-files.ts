// Readers for the policy file formats, written apart from the exporter: .reg text, plist XML, and a check of a
// policy against public/managed_schema.json as Chrome checks it (type, items, enum, properties).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export const asObject = (value: unknown) => value as Record<string, Json>;

export interface SchemaProperty {
  type: 'integer' | 'number' | 'boolean' | 'string' | 'array' | 'object';
  description?: string;
  items?: SchemaProperty;
  enum?: (string | number)[];
  properties?: Record<string, SchemaProperty>;
  /** The schema of every key `properties` does not name (ranges' settings, a text's languages). */
  additionalProperties?: SchemaProperty;
}
export const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../public/managed_schema.json', import.meta.url)), 'utf8')) as {
  properties: Record<string, SchemaProperty>;
};

/** Where `value` breaks the schema property (Chrome would flag and withhold it), or undefined. */
export function schemaError(value: Json, property: SchemaProperty, path: string): string | undefined {
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : Number.isInteger(value) ? 'integer' : typeof value;
  // Chrome takes an integer for a number (schema.cc promotes it); a number schema takes any number.
  const fits = type === property.type || (property.type === 'number' && (type === 'integer' || type === 'number'));
  if (!fits) return `${path}: ${type}, not ${property.type}`;
  if (property.enum && !property.enum.includes(value as string)) return `${path}: ${String(value)} is not in the enum`;
  if (Array.isArray(value) && property.items) {
    for (const [i, item] of value.entries()) {
      const error = schemaError(item, property.items, `${path}[${i}]`);
      if (error) return error;
    }
  }
  if (type === 'object' && (property.properties || property.additionalProperties)) {
    for (const [key, item] of Object.entries(value as Record<string, Json>)) {
      const inner = property.properties?.[key] ?? property.additionalProperties;
      // Chrome drops properties the schema does not name (with a warning): a file of ours names none.
      if (!inner) return `${path}.${key}: not in the schema`;
      const error = schemaError(item, inner, `${path}.${key}`);
      if (error) return error;
    }
  }
  return undefined;
}

/** Every key of an Unknot policy is in the schema, with the schema's type. */
export function expectSchemaValid(policy: unknown): void {
  for (const [name, value] of Object.entries(asObject(policy))) {
    const property = schema.properties[name];
    expect(property, `"${name}" is in the schema`).toBeDefined();
    expect(schemaError(value, property!, name)).toBeUndefined();
  }
}

// ---- Windows .reg: `[key]` lines, then `"name"=dword:…`, `"name"="…"` with \" and \\ escaped, or `"name"=hex(1):…`
// (REG_SZ as UTF-16LE bytes, NUL-terminated).

export type RegValue = string | number;

export function parseReg(text: string): Map<string, Record<string, RegValue>> {
  const keys = new Map<string, Record<string, RegValue>>();
  const lines = text.split(/\r?\n/);
  expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
  let current: Record<string, RegValue> | undefined;
  for (const line of lines.slice(1)) {
    if (line.trim() === '' || line.startsWith(';')) continue;
    const key = /^\[([^\]]+)\]$/.exec(line);
    if (key) {
      current = {};
      keys.set(key[1]!, current);
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:dword:([0-9a-f]{8})|"((?:[^"\\]|\\.)*)"|hex\(1\):((?:[0-9a-f]{2},)*[0-9a-f]{2}))$/.exec(line);
    if (!value || !current) throw new Error(`not a .reg line this parser reads: ${line}`);
    const unescape = (s: string) => s.replace(/\\(["\\])/g, '$1');
    const name = unescape(value[1]!);
    if (value[2] !== undefined) current[name] = parseInt(value[2], 16);
    else if (value[3] !== undefined) current[name] = unescape(value[3]);
    else {
      const bytes = Uint8Array.from(value[4]!.split(',').map((b) => parseInt(b, 16)));
      const text = new TextDecoder('utf-16le').decode(bytes);
      expect(text.endsWith('\0'), `${name}: REG_SZ ends with NUL`).toBe(true);
      current[name] = text.slice(0, -1);
    }
  }
  return keys;
}

/** What Chrome makes of registry values for an extension: it converts each by the schema's type (registry_dict.cc). */
export function fromRegistry(values: Record<string, RegValue>): Record<string, Json> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => {
      const type = schema.properties[name]?.type;
      if (type === undefined) throw new Error(`"${name}" is not in the schema`);
      if ((type === 'array' || type === 'object') && typeof value === 'string') return [name, JSON.parse(value) as Json];
      if (type === 'boolean' && typeof value === 'number') return [name, value !== 0];
      expect(typeof value, `${name} is stored as its schema type`).toBe(type === 'integer' ? 'number' : 'string');
      return [name, value];
    }),
  );
}

// ---- macOS plist: just enough XML for <dict>, <key>, <array>, <string>, <integer>, <true/>, <false/>.

export function parsePlist(xml: string): Json {
  const body = xml
    .replace(/<\?xml[^>]*\?>/, '')
    .replace(/<!DOCTYPE[^>]*>/, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  const tokens = [...body.matchAll(/<(\/?)(\w+)(\s[^>]*?)?(\/?)>|([^<]+)/g)]
    .map(([, close, tag, , selfClose, text]) => ({ close: close === '/', tag, selfClose: selfClose === '/', text }))
    .filter((t) => t.tag !== undefined || t.text!.trim() !== '');
  let at = 0;
  const next = () => {
    const token = tokens[at++];
    if (!token) throw new Error('plist ended early');
    return token;
  };
  const decode = (s: string) => {
    // XML allows a bare & only as the start of an entity.
    if (/&(?!(lt|gt|quot|apos|amp);)/.test(s) || s.includes('<')) throw new Error(`not well-formed XML text: ${s}`);
    return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  };
  const textUntil = (tag: string) => {
    let text = '';
    for (let t = next(); !(t.close && t.tag === tag); t = next()) text += t.text ?? '';
    return decode(text);
  };
  const value = (): Json => {
    const open = next();
    if (open.close || !open.tag) throw new Error(`unexpected ${open.close ? '</' : '<'}${open.tag ?? open.text}>`);
    if (open.tag === 'true' || open.tag === 'false') {
      if (!open.selfClose) textUntil(open.tag);
      return open.tag === 'true';
    }
    if (open.tag === 'string') return open.selfClose ? '' : textUntil('string');
    if (open.tag === 'integer') return Number.parseInt(textUntil('integer'), 10);
    if (open.tag === 'array') {
      const items: Json[] = [];
      if (open.selfClose) return items;
      while (!(tokens[at]?.close && tokens[at]?.tag === 'array')) items.push(value());
      next();
      return items;
    }
    if (open.tag === 'dict') {
      const dict: Record<string, Json> = {};
      if (open.selfClose) return dict;
      while (!(tokens[at]?.close && tokens[at]?.tag === 'dict')) {
        const key = next();
        if (key.tag !== 'key') throw new Error(`expected <key>, got <${key.tag}>`);
        dict[textUntil('key')] = value();
      }
      next();
      return dict;
    }
    throw new Error(`plist type <${open.tag}> is not read here`);
  };
  const plist = next();
  expect(plist.tag).toBe('plist');
  const root = value();
  expect(next()).toMatchObject({ close: true, tag: 'plist' });
  return root;
}
