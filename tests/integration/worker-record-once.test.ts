// A routine's record-break sent twice with its run's id is one break and one counted break (issue 11, trust issue).
import { describe, expect, it } from 'vitest';
import { isCommand } from '../../core/commands';
import { allBreaks, dayTotals, deleteAllHistory, recordBreak } from '../../platform/history';

describe('a break sent twice with the same id', () => {
  it('is recorded once and counted once', async () => {
    await deleteAllHistory();
    const at = new Date(2026, 11, 1, 10, 0).getTime();
    const fields = { kind: 'routine', routineId: 'neck-rolls', completed: true, seconds: 120 } as const;
    const first = await recordBreak(at, fields, 'run-1');
    const again = await recordBreak(at + 5000, fields, 'run-1');
    expect(again.id).toBe(first.id);
    const breaks = await allBreaks();
    expect(breaks.filter((b) => b.id === 'run-1')).toHaveLength(1);
    expect(breaks).toHaveLength(1);
    const totals = await dayTotals();
    expect(totals.map((t) => t.counted)).toEqual([1]);
  });
  it('the command accepts an id of 1–200 characters and refuses others', () => {
    const fields = { kind: 'movement', completed: true };
    expect(isCommand({ type: 'record-break', fields, id: 'a' })).toBe(true);
    expect(isCommand({ type: 'record-break', fields })).toBe(true);
    expect(isCommand({ type: 'record-break', fields, id: '' })).toBe(false);
    expect(isCommand({ type: 'record-break', fields, id: 'x'.repeat(201) })).toBe(false);
    expect(isCommand({ type: 'record-break', fields, id: 7 })).toBe(false);
  });
});
