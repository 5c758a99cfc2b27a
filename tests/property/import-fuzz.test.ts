// Importer fuzzing: damaged history files and random input never throw; each is accepted whole or refused with at most 100 listed problems.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeHistory, toHistoryFile } from '../../core/history-export';
import { IMPORT_PROBLEM_CODES, parseHistoryFile, type ParsedHistory } from '../../core/history-import';
import { damagedFileText, garbage, validFile } from './import-mutations';
import { FUZZ, params } from './runs';

const CODES = new Set<string>(IMPORT_PROBLEM_CODES);
const NOW = Date.UTC(2026, 0, 1);

/** Parses, timing the call: under FUZZ no single file of a few kilobytes may take two seconds (it takes well under a millisecond). */
function parseTimed(text: string): ParsedHistory {
  const start = performance.now();
  const result = parseHistoryFile(text, NOW);
  if (FUZZ) expect(performance.now() - start).toBeLessThan(2_000);
  return result;
}

/** What every result must be: a whole file, or a refusal that lists 1–100 problems of known codes and counts the rest. */
function expectWellFormed(result: ParsedHistory): void {
  if (result.ok) {
    // What was accepted exports and imports again to the same breaks.
    const again = parseHistoryFile(serializeHistory(toHistoryFile(result.breaks, result.daysOff, NOW)), NOW);
    expect(again.ok && again.breaks.length).toBe(result.breaks.length);
    return;
  }
  expect(result.problems.length).toBeGreaterThanOrEqual(1);
  expect(result.problems.length).toBeLessThanOrEqual(100);
  expect(Number.isInteger(result.more) && result.more >= 0).toBe(true);
  if (result.more > 0) expect(result.problems).toHaveLength(100);
  for (const p of result.problems) {
    expect(CODES.has(p.code)).toBe(true);
    expect(typeof p.path).toBe('string');
  }
}

const TIMEOUT = FUZZ ? 3_600_000 : 120_000;

describe('parseHistoryFile fuzzing', () => {
  it('accepts every valid file whole', () => {
    fc.assert(
      fc.property(validFile, (file) => {
        const result = parseTimed(JSON.stringify(file));
        expect(result.ok ? [] : result.problems).toEqual([]);
        expect(result.ok && result.breaks.length).toBe(file.breaks.length);
      }),
      params(),
    );
  }, TIMEOUT);

  it('never throws on a damaged file (fields deleted or retyped, entries duplicated, odd keys, truncated, bytes flipped)', () => {
    fc.assert(
      fc.property(damagedFileText, (text) => {
        expectWellFormed(parseTimed(text));
      }),
      params(),
    );
  }, TIMEOUT);

  it('never throws on random bytes, text or JSON', () => {
    fc.assert(
      fc.property(garbage, (text) => {
        expectWellFormed(parseTimed(text));
      }),
      params(),
    );
  }, TIMEOUT);

  it('never pollutes a prototype, whatever the keys', () => {
    fc.assert(
      fc.property(damagedFileText, (text) => {
        parseHistoryFile(text, NOW);
        expect(Object.keys(Object.prototype)).toEqual([]);
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      }),
      params(),
    );
  }, TIMEOUT);
});

describe('parseHistoryFile work grows linearly with the file', () => {
  /** A file of `n` breaks, each refused three ways (a repeated id, a bad date, an unknown field). */
  const faulty = (n: number) =>
    JSON.stringify({
      format: 'unknot-history',
      version: 1,
      breaks: Array.from({ length: n }, (_, i) => ({ id: `b${i % 50}`, at: `2026-13-01T00:00:00Z`, kind: 'natural', note: i })),
    });
  /** The fastest of five runs: what the parser needs, without the machine's other load. */
  const fastest = (text: string) => {
    let best = Infinity;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      parseHistoryFile(text);
      best = Math.min(best, performance.now() - start);
    }
    return best;
  };

  // Linear work parses this 3 MB file in 60–200 ms here (about 1–2 µs a break, the same at 2,000 or
  // 128,000 breaks; JSON.parse's own garbage collection makes the ratio between sizes too noisy to
  // assert); quadratic work, a scan of earlier breaks for each break, would take many seconds. The
  // bound is generous so a busy machine cannot fail it.
  it('a 32,000-break refused file parses well within 5 s', () => {
    const small = faulty(2_000);
    const large = faulty(32_000);
    fastest(small); // warm up the JIT
    const largeMs = fastest(large);
    expect(largeMs).toBeLessThan(5_000);
    console.log(`parse of 32,000 refused breaks: ${largeMs.toFixed(0)} ms (2,000: ${fastest(small).toFixed(1)} ms)`);
  }, 60_000);
});
