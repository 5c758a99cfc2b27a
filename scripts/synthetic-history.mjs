// Five years of made-up breaks (about 20,000) in the history file format, for the benchmark.
import { addDays, formatISO, startOfDay } from 'date-fns';

// Routine ids from core/routines.ts (tests/unit/synthetic-history.test.ts checks that each still exists).
export const SYNTHETIC_ROUTINE_IDS = ['neck-rolls', 'wall-ball-shoulder-blades', 'wall-ball-upper-shoulders', 'jaw-release', 'hips-glutes', 'calves', 'desk-movement'];

/** A small deterministic generator, so every run measures the same history. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function syntheticHistory({ now = new Date(), years = 5, target = 20_000 } = {}) {
  const next = random(42);
  const first = addDays(startOfDay(now), -Math.round(years * 365.25));
  const workdays = [];
  for (let d = first; d < now; d = addDays(d, 1)) if (d.getDay() !== 0 && d.getDay() !== 6) workdays.push(d);
  const perDay = target / workdays.length;
  const breaks = [];
  let n = 0;
  for (const day of workdays) {
    const count = Math.floor(perDay) + (next() < perDay % 1 ? 1 : 0);
    for (let i = 0; i < count && breaks.length < target; i++) {
      const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 9, 0);
      at.setMinutes(Math.floor(next() * 8 * 60));
      const roll = next();
      const kind = roll < 0.7 ? 'routine' : roll < 0.85 ? 'movement' : roll < 0.95 ? 'natural' : 'skipped';
      const b = { id: `synthetic-${n++}`, at: formatISO(at), kind };
      if (kind === 'routine') {
        b.routineId = SYNTHETIC_ROUTINE_IDS[Math.floor(next() * SYNTHETIC_ROUTINE_IDS.length)];
        b.seconds = 120 + Math.floor(next() * 120);
        b.completed = next() < 0.9;
        b.intensityBefore = Math.floor(next() * 7);
        b.intensityAfter = Math.max(0, b.intensityBefore - Math.floor(next() * 3));
      } else if (kind === 'movement') {
        b.completed = true;
      } else if (kind === 'natural') {
        b.seconds = 300 + Math.floor(next() * 1800);
      }
      breaks.push(b);
    }
  }
  breaks.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : 1));
  return { format: 'unknot-history', version: 1, exportedAt: formatISO(now), breaks, daysOff: [] };
}
