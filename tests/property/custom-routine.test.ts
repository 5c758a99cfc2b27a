// Routine definitions over random edits: any sequence of step moves keeps the same steps (a permutation), the check
// does not depend on the order, and every definition the check accepts survives the history file's round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moveStep, validateRoutine, type RoutineDefinition } from '../../core/custom-routine';
import { serializeHistory, toHistoryFile } from '../../core/history-export';
import { parseHistoryFile } from '../../core/history-import';
import { ILLUSTRATION_IDS } from '../../core/illustrations';
import { params } from './runs';

const text = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((s) => s.trim() !== '' && !/[\r\n]/.test(s));
const step = fc.oneof(
  fc.record(
    { text: text(300), seconds: fc.integer({ min: 5, max: 300 }), illustration: fc.constantFrom(...ILLUSTRATION_IDS), side: fc.constantFrom('left' as const, 'right' as const) },
    { requiredKeys: ['text', 'seconds'] },
  ),
  fc.record({ text: text(300), seconds: fc.integer({ min: 10, max: 30 }), pressure: fc.constant(true) }),
);
const definition: fc.Arbitrary<RoutineDefinition> = fc.record({
  id: fc.stringMatching(/^mine-[a-z0-9-]{1,40}$/),
  name: text(80),
  steps: fc.array(step, { minLength: 1, maxLength: 30 }),
});
const moves = fc.array(fc.tuple(fc.nat(40), fc.constantFrom(-1 as const, 1 as const)), { maxLength: 60 });

describe('routine definitions over random edits', () => {
  it('any sequence of moves is a permutation of the steps, and a valid routine stays valid', () => {
    fc.assert(
      fc.property(definition, moves, (d, ms) => {
        let steps = d.steps;
        for (const [index, by] of ms) {
          const before = steps;
          steps = moveStep(steps, index, by);
          // One move changes at most the two places it swaps.
          expect(steps.filter((s, i) => s !== before[i]).length).toBeLessThanOrEqual(2);
        }
        const key = (s: unknown) => JSON.stringify(s);
        expect(steps.map(key).sort()).toEqual(d.steps.map(key).sort());
        expect(validateRoutine({ ...d, steps }).ok).toBe(true);
      }),
      params(),
    );
  });

  it('a move and its reverse give the list back', () => {
    fc.assert(
      fc.property(definition, fc.nat(30), fc.constantFrom(-1 as const, 1 as const), (d, index, by) => {
        const moved = moveStep(d.steps, index, by);
        const to = index + by;
        const back = to >= 0 && to < d.steps.length && index < d.steps.length ? moveStep(moved, to, by === 1 ? -1 : 1) : moved;
        expect(back).toEqual(d.steps);
      }),
      params(),
    );
  });

  it('every accepted definition comes back identical from the history file', () => {
    const now = Date.parse('2026-12-02T18:00:00+01:00');
    fc.assert(
      fc.property(fc.uniqueArray(definition, { selector: (d) => d.id, maxLength: 5 }), (list) => {
        for (const d of list) expect(validateRoutine(d)).toEqual({ ok: true, definition: d });
        const parsed = parseHistoryFile(serializeHistory(toHistoryFile([], [], now, [], list)), now);
        expect(parsed.ok && (parsed.routines ?? [])).toEqual(list);
      }),
      params({ numRuns: Math.min(200, params().numRuns ?? 200) }),
    );
  });
});
