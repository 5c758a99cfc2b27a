// Hostile history files: __proto__ keys, deep nesting, a parser that gives up, and files with millions of problems.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HISTORY_FORMAT } from '../../core/history-file';
import { parseHistoryFile, type ImportProblem } from '../../core/history-import';

const AT = '2026-03-29T10:15:00+02:00';
const LISTED = 100; // the cap, written out rather than read from the code under test

const refusedWith = (text: string) => {
  const result = parseHistoryFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result;
};

afterEach(() => {
  // A failed assertion must not leave a polluted prototype behind for the next test.
  delete (Object.prototype as Record<string, unknown>).polluted;
  delete (Object.prototype as Record<string, unknown>).completed;
});

describe('__proto__ keys', () => {
  const text =
    `{"format":"${HISTORY_FORMAT}","version":1,"__proto__":{"polluted":1},` +
    `"breaks":[{"id":"a","at":"${AT}","kind":"natural","__proto__":{"completed":true}}]}`;

  it('pollute no prototype, and each is reported where it is', () => {
    const result = refusedWith(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).completed).toBeUndefined();
    expect(result.problems.map((p) => [p.path, p.code])).toEqual([
      ['__proto__', 'unknown-field'],
      ['breaks[0].__proto__', 'unknown-field'],
    ]);
    expect(result.more).toBe(0);
  });

  it('a "constructor" or "prototype" field is reported too, and records stay plain objects', () => {
    const r = refusedWith(JSON.stringify({ format: HISTORY_FORMAT, version: 1, breaks: [{ id: 'a', at: AT, kind: 'natural', constructor: 1, prototype: {} }] }));
    expect(r.problems.map((p) => p.path)).toEqual(['breaks[0].constructor', 'breaks[0].prototype']);
    const ok = parseHistoryFile(JSON.stringify({ format: HISTORY_FORMAT, version: 1, breaks: [{ id: '__proto__', at: AT, kind: 'natural' }] }));
    expect(ok.ok && Object.getPrototypeOf(ok.breaks[0])).toBe(Object.prototype);
    expect(ok.ok && ok.breaks[0]!.id).toBe('__proto__');
  });
});

describe('deep nesting', () => {
  const depth = 1_000_000;
  it.each([
    ['an unused top-level field', (deep: string) => `{"format":"${HISTORY_FORMAT}","version":1,"breaks":[],"x":${deep}}`],
    ['a break', (deep: string) => `{"format":"${HISTORY_FORMAT}","version":1,"breaks":[${deep}]}`],
    ['an id', (deep: string) => `{"format":"${HISTORY_FORMAT}","version":1,"breaks":[{"id":${deep},"at":"${AT}","kind":"natural"}]}`],
  ])('a million levels in %s are parsed or refused, never thrown', (_name, wrap) => {
    const text = wrap(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    const result = parseHistoryFile(text);
    // V8 parses any depth; an engine that gives up reports 'too-deep' (next test).
    if (!result.ok) expect(result.problems.every((p) => ['too-deep', 'not-object', 'not-string'].includes(p.code))).toBe(true);
  }, 60_000);

  it.each([
    ['RangeError', new RangeError('Maximum call stack size exceeded')],
    // SpiderMonkey's InternalError is not a global in Node: any Error that is not a SyntaxError stands for it.
    ['InternalError', Object.assign(new Error('too much recursion'), { name: 'InternalError' })],
  ])("a JSON parser that gives up with a %s becomes the clear problem 'too-deep'", (_name, error) => {
    vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw error;
    });
    expect(parseHistoryFile('[[[[[[]]]]]]')).toStrictEqual({
      ok: false,
      problems: [{ path: '(file)', code: 'too-deep', detail: error.message }],
      more: 0,
    });
  });
});

describe('problem explosion: the first 100 problems are listed, the rest counted', () => {
  /** `n` breaks, each with `keys` unknown fields and no id, at or kind: 3 + keys problems a break. */
  const unknownKeys = (n: number, keys: number) => {
    const one = `{${Array.from({ length: keys }, (_, i) => `"k${i}":0`).join(',')}}`;
    return `{"format":"${HISTORY_FORMAT}","version":1,"breaks":[${Array(n).fill(one).join(',')}]}`;
  };

  it('60,000 breaks × 20 unknown keys (12 MB): 100 listed in file order, 1,379,900 more', () => {
    const result = refusedWith(unknownKeys(60_000, 20));
    expect(result.problems).toHaveLength(LISTED);
    expect(result.more).toBe(60_000 * 23 - LISTED);
    const expectedFirst: [string, string][] = [];
    for (let i = 0; expectedFirst.length < LISTED; i++) {
      expectedFirst.push([`breaks[${i}].id`, 'missing'], [`breaks[${i}].at`, 'missing'], [`breaks[${i}].kind`, 'missing']);
      for (let k = 0; k < 20; k++) expectedFirst.push([`breaks[${i}].k${k}`, 'unknown-field']);
    }
    expect(result.problems.map((p) => [p.path, p.code])).toEqual(expectedFirst.slice(0, LISTED));
  }, 60_000);

  it('150,000 breaks × 30 unknown keys, near the size limit: still 100 listed', () => {
    const result = refusedWith(unknownKeys(150_000, 30));
    expect(result.problems).toHaveLength(LISTED);
    expect(result.more).toBe(150_000 * 33 - LISTED);
  }, 120_000);

  it('exactly 100 problems are all listed, with none more', () => {
    const result = refusedWith(JSON.stringify({ format: HISTORY_FORMAT, version: 1, breaks: [], daysOff: Array(100).fill('x') }));
    expect(result.problems).toHaveLength(100);
    expect(result.more).toBe(0);
  });

  it('101 problems: 100 listed, 1 more', () => {
    const result = refusedWith(JSON.stringify({ format: HISTORY_FORMAT, version: 1, breaks: [], daysOff: Array(101).fill('x') }));
    expect(result.problems).toHaveLength(100);
    expect(result.problems.at(-1)).toEqual({ path: 'daysOff[99]', code: 'bad-day' });
    expect(result.more).toBe(1);
  });

  it('a megabyte-long unknown key is shortened in the problem, not repeated whole', () => {
    const key = 'k'.repeat(1_000_000);
    const [problem] = refusedWith(JSON.stringify({ format: HISTORY_FORMAT, version: 1, breaks: [{ id: 'a', at: AT, kind: 'natural', [key]: 1 }] })).problems as [ImportProblem];
    expect(problem.code).toBe('unknown-field');
    expect(problem.path.length).toBeLessThanOrEqual(100);
    expect(problem.detail!.length).toBeLessThanOrEqual(100);
    expect(problem.detail!.startsWith('kkkk')).toBe(true);
  });
});
