// Apple property list XML: policy values as plist values (<integer>, <true/>, <string>, <array>, <dict>).
import type { Json } from './policy-values';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The lines of one value at `indent` spaces. */
export function plistValue(value: Json, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (value === null) throw new TypeError('a plist has no null');
  if (typeof value === 'boolean') return [`${pad}<${value}/>`];
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new RangeError('only whole numbers are exported');
    return [`${pad}<integer>${value}</integer>`];
  }
  if (typeof value === 'string') return [`${pad}<string>${escapeXml(value)}</string>`];
  if (Array.isArray(value)) return value.length === 0 ? [`${pad}<array/>`] : [`${pad}<array>`, ...value.flatMap((v) => plistValue(v, indent + 2)), `${pad}</array>`];
  const entries = Object.entries(value);
  return entries.length === 0 ? [`${pad}<dict/>`] : [`${pad}<dict>`, ...plistEntries(entries, indent + 2), `${pad}</dict>`];
}

/** The <key>/value pairs of a dict, without the <dict> around them. */
export function plistEntries(entries: readonly [string, Json][], indent: number): string[] {
  return entries.flatMap(([key, value]) => [`${' '.repeat(indent)}<key>${escapeXml(key)}</key>`, ...plistValue(value, indent)]);
}

export const PLIST_HEADER = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
];
