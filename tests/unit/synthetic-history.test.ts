// The made-up history that bench and store-assets import must stay a file the real import accepts.
import { describe, expect, it } from 'vitest';
import { parseHistoryFile } from '../../core/history-import';
import { ROUTINE_IDS } from '../../core/routines';
import { SYNTHETIC_ROUTINE_IDS, syntheticHistory } from '../../scripts/synthetic-history.mjs';

describe('scripts/synthetic-history.mjs', () => {
  it('names only routines that exist', () => {
    expect(SYNTHETIC_ROUTINE_IDS.filter((id) => !(ROUTINE_IDS as readonly string[]).includes(id))).toEqual([]);
  });

  it('makes a history file that parseHistoryFile accepts whole', () => {
    const now = new Date();
    const history = syntheticHistory({ now, years: 0.25, target: 300 });
    expect(history.breaks.length).toBeGreaterThanOrEqual(250);
    expect(new Set(history.breaks.map((b) => b.kind))).toEqual(new Set(['routine', 'movement', 'natural', 'skipped']));

    const result = parseHistoryFile(JSON.stringify(history), now.getTime());
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.breaks.length).toBe(history.breaks.length);
  });
});
