// A routine's record-break sent twice with its run's id is one break and one counted break (issue 11, trust issue).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isCommand } from '../../core/commands';
import background from '../../entrypoints/background';
import { allBreaks, dayTotals, deleteAllHistory, recordBreak } from '../../platform/history';
import { sessionPorts } from '../../platform/session-ports';
import { eventually } from '../support/eventually';
import { timezoneForEach } from '../support/tz';

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

describe('a page sends the same routine run to the real worker, through its session ports', () => {
  const MONDAY_10 = Date.UTC(2026, 10, 23, 10, 0); // Monday 2026-11-23 10:00 UTC
  // One routine run: the id the page gives it (routine and start time) and the break its end records.
  const runId = `desk-movement-${MONDAY_10 - 150_000}`;
  const fields = { kind: 'routine', routineId: 'desk-movement', completed: true, seconds: 150 } as const;
  const pagePorts = () => sessionPorts({ sound: () => undefined, onRecorded: vi.fn() });

  timezoneForEach('UTC');
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(MONDAY_10);
    background.main();
    await eventually(async () => expect(await fakeBrowser.alarms.get('break-due')).toBeDefined());
  });
  afterEach(() => vi.useRealTimers());

  it('a Retry after a record that did arrive (its answer lost) leaves one record and one counted break', async () => {
    const ports = pagePorts();
    await ports.record(fields, runId);
    // The page did not hear back, so Retry sends the same run again a few seconds later.
    vi.setSystemTime(MONDAY_10 + 5000);
    await ports.record(fields, runId);
    const breaks = await allBreaks();
    expect(breaks).toEqual([expect.objectContaining({ id: runId, kind: 'routine', routineId: 'desk-movement', completed: true, time: MONDAY_10 })]);
    expect(await dayTotals()).toEqual([{ day: '2026-11-23', counted: 1 }]);
  });

  it('two pages sending the same run at once leave one record and one counted break', async () => {
    await Promise.all([pagePorts().record(fields, runId), pagePorts().record(fields, runId)]);
    expect((await allBreaks()).map((b) => b.id)).toEqual([runId]);
    expect(await dayTotals()).toEqual([{ day: '2026-11-23', counted: 1 }]);
  });

  it('two different runs of the same routine are two breaks', async () => {
    const ports = pagePorts();
    await ports.record(fields, runId);
    vi.setSystemTime(MONDAY_10 + 10 * 60_000);
    await ports.record(fields, `desk-movement-${MONDAY_10 + 10 * 60_000 - 150_000}`);
    expect(await allBreaks()).toHaveLength(2);
    expect(await dayTotals()).toEqual([{ day: '2026-11-23', counted: 2 }]);
  });
});
