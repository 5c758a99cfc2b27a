// Every language has exactly the English keys and placeholders, and every key the code uses exists.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const root = new URL('../../public/_locales/', import.meta.url);
const read = (locale: string) => JSON.parse(readFileSync(new URL(`${locale}/messages.json`, root), 'utf8')) as Record<string, Entry>;
const en = read('en');
const locales = readdirSync(root).filter((l) => l !== 'en');
// The plural messages, by base key: English writes each with its one and other forms ("streak_days_one").
const pluralBases = Object.keys(en)
  .filter((k) => k.endsWith('_other'))
  .map((k) => k.slice(0, -'_other'.length));
const isPluralForm = (key: string) => pluralBases.some((b) => key.startsWith(`${b}_`) && /^(zero|one|two|few|many|other)$/.test(key.slice(b.length + 1)));
/** The plural categories of a language tag, straight from the JavaScript engine's CLDR data. */
const categories = (tag: string) => [...new Intl.PluralRules(tag).resolvedOptions().pluralCategories].sort();
const tokens = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
const contents = (e: Entry) =>
  Object.fromEntries(Object.entries(e.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));

describe('the shipped languages', () => {
  it('are the twelve: English, German, French, Spanish, Brazilian Portuguese, Japanese, Italian, Dutch, Polish, Korean, Simplified Chinese and Arabic', () => {
    expect(['en', ...locales].sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'pl', 'pt_BR', 'zh_CN']);
  });
});

describe.each(locales)('locale %s', (locale) => {
  const messages = read(locale);

  it('has every key English has, and no key English lacks, plural forms apart', () => {
    const single = (keys: string[]) => keys.filter((k) => !isPluralForm(k));
    expect(single(Object.keys(messages)).filter((k) => !(k in en))).toEqual([]);
    expect(single(Object.keys(en)).filter((k) => !(k in messages))).toEqual([]);
  });

  it('names its own language tag, the one its plural forms and numbers follow', () => {
    expect(messages.locale_tag!.message).toBe(locale.replace('_', '-'));
  });

  it('has, for every plural message, exactly the forms its language uses', () => {
    const wanted = categories(messages.locale_tag!.message);
    const wrong = pluralBases.filter((base) => {
      const forms = Object.keys(messages)
        .filter((k) => k.startsWith(`${base}_`) && isPluralForm(k))
        .map((k) => k.slice(base.length + 1))
        .sort();
      return JSON.stringify(forms) !== JSON.stringify(wanted);
    });
    expect(wrong).toEqual([]);
  });

  it('has the same placeholders, and uses each one English uses', () => {
    // A plural form is held to English's "other" form of the same message.
    const english = (key: string) => en[key] ?? en[`${pluralBases.find((b) => key.startsWith(`${b}_`))}_other`]!;
    const wrong = Object.keys(messages).filter((key) => {
      const mine = messages[key]!;
      const theirs = english(key);
      const same = JSON.stringify(contents(mine)) === JSON.stringify(contents(theirs));
      return !same || JSON.stringify(tokens(mine.message)) !== JSON.stringify(tokens(theirs.message));
    });
    expect(wrong).toEqual([]);
  });

  it('has no empty message', () => {
    expect(Object.keys(messages).filter((k) => !messages[k]!.message.trim())).toEqual([]);
  });

  it('keeps the product name, which the popup shows before its script runs', () => {
    expect(messages.ext_name!.message).toBe('Unknot');
  });

  it('keeps the store summary within the store limit', () => {
    expect(messages.store_summary!.message.length).toBeLessThanOrEqual(132);
  });
});

describe('the code and the English messages', () => {
  const sources = (dir: string): string[] =>
    readdirSync(new URL(`../../${dir}/`, import.meta.url), { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && /\.(tsx?|html)$/.test(f.name))
      .map((f) => readFileSync(`${f.parentPath}/${f.name}`, 'utf8'));
  const code = ['components', 'entrypoints', 'platform', 'core'].flatMap(sources).join('\n');

  it('every literal key passed to t() exists', () => {
    const used = [...code.matchAll(/\bt\(\s*'([a-z0-9_]+)'/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(50);
    expect([...new Set(used)].filter((k) => !(k in en))).toEqual([]);
  });

  it('every plural key has its one and other forms in English, and only those', () => {
    const bases = [...code.matchAll(/pluralKey\(\s*'([a-z0-9_]+)'/g)].map((m) => m[1]!);
    expect(bases.length).toBeGreaterThan(3);
    expect(bases.flatMap((b) => [`${b}_one`, `${b}_other`]).filter((k) => !(k in en))).toEqual([]);
    expect([...new Set(bases)].sort()).toEqual([...pluralBases].sort());
    expect(en.locale_tag!.message).toBe('en');
    expect(categories('en')).toEqual(['one', 'other']);
  });

  it('every __MSG_ key in the manifest config exists', () => {
    const config = readFileSync(new URL('../../wxt.config.ts', import.meta.url), 'utf8');
    const used = [...config.matchAll(/__MSG_([a-z0-9_]+)__/g)].map((m) => m[1]!);
    expect(used.filter((k) => !(k in en))).toEqual([]);
  });
});
