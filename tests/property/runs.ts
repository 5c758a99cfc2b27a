// How many cases a property test runs, and the seed it runs them from, printed so a failure can be replayed.
// `npm test` runs 1,000 sequences a property; `npm run fuzz` runs 100,000 (FUZZ_RUNS=<n> sets another count).
// Replay: FUZZ_SEED=<seed> npm run fuzz.
import fc from 'fast-check';

export const FUZZ = process.env.FUZZ === '1';
export const RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : FUZZ ? 100_000 : 1_000;
export const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);

/** fast-check parameters for one property: the shared run count and seed. */
export function params<T>(extra: fc.Parameters<T> = {}): fc.Parameters<T> {
  return { numRuns: RUNS, seed: SEED, ...extra };
}

console.log(`property tests: ${RUNS} runs each, seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
