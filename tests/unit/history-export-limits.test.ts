// The export writes only what the import accepts again: stored values out of the file's range are clipped or left out, and counted.
import { describe, expect, it } from 'vitest';
import type { BreakRecord } from '../../core/breaks';
import { exportedHistory, serializeHistory } from '../../core/history-export';
import { parseHistoryFile } from '../../core/history-import';
import { timezoneForEach } from '../support/tz';

timezoneForEach('Europe/Berlin');

const NOW = Date.parse('2026-11-30T09:05:00+01:00'); // Monday
const rec = (id: string, at: string, fields: Partial<BreakRecord> & Pick<BreakRecord, 'kind'>): BreakRecord => ({ id, at, time: Date.parse(at), ...fields });
const routine = rec('r1', '2026-11-27T10:00:00+01:00', { kind: 'routine', routineId: 'neck-rolls', completed: true, seconds: 150 });

/** Exports, then imports the bytes at the same moment: the import must accept them. */
function roundTrip(records: BreakRecord[], daysOff: string[] = []) {
  const exported = exportedHistory(records, daysOff, NOW);
  const back = parseHistoryFile(serializeHistory(exported.file), NOW);
  if (!back.ok) throw new Error(`the export did not import again: ${JSON.stringify(back.problems)}`);
  return { ...exported, back };
}

describe('a weekend sleep: the natural break main recorded as 234,300 seconds', () => {
  // Friday 16:00 to Monday 09:05, as core/schedule.ts on 33f879a recorded it from the late alarm.
  const weekend = rec('n1', '2026-11-27T16:00:00+01:00', { kind: 'natural', seconds: 234_300 });

  it('exports as the longest break the file holds, counted as clipped, and the backup imports again', () => {
    const { back, clipped, leftOut } = roundTrip([weekend, routine]);
    expect({ clipped, leftOut }).toEqual({ clipped: 1, leftOut: 0 });
    expect(back.breaks).toStrictEqual([routine, { ...weekend, seconds: 86_400 }]);
  });
});

describe('values clipped into range', () => {
  it.each([
    ['negative seconds from an alarm that fired early', { seconds: -3 }, { seconds: 0 }],
    ['fractional seconds', { seconds: 12.6 }, { seconds: 13 }],
    ['an intensity above 10', { intensityBefore: 12 }, { intensityBefore: 10 }],
    ['a negative intensity', { intensityAfter: -1 }, { intensityAfter: 0 }],
  ])('%s', (_name, stored, written) => {
    const record = rec('m1', '2026-11-27T11:00:00+01:00', { kind: 'movement', completed: true, ...stored });
    const { back, clipped, leftOut } = roundTrip([record]);
    expect({ clipped, leftOut }).toEqual({ clipped: 1, leftOut: 0 });
    expect(back.breaks).toStrictEqual([{ ...record, ...written }]);
  });

  it('a seconds value that is not a number is dropped, counted as clipped', () => {
    const record = rec('m1', '2026-11-27T11:00:00+01:00', { kind: 'movement', seconds: Number.NaN });
    const { back, clipped } = roundTrip([record]);
    expect(clipped).toBe(1);
    expect(back.breaks).toStrictEqual([rec('m1', '2026-11-27T11:00:00+01:00', { kind: 'movement' })]);
  });
});

describe('records the file cannot hold are left out and counted; the rest imports', () => {
  it.each([
    ['a clock reset to 1970', rec('x', '1970-01-01T01:00:00+01:00', { kind: 'natural' })],
    ['a clock set to 2101', rec('x', '2101-01-01T10:00:00+01:00', { kind: 'skipped' })],
    ['a clock a year ahead, since corrected', rec('x', '2027-11-30T09:00:00+01:00', { kind: 'natural', seconds: 60 })],
    ['a routine without its routine id', rec('x', '2026-11-27T12:00:00+01:00', { kind: 'routine', completed: true })],
    ['a routine id no routine can have', rec('x', '2026-11-27T12:00:00+01:00', { kind: 'routine', routineId: 'head stand!' })],
    ['a routine name over two lines', rec('x', '2026-11-27T12:00:00+01:00', { kind: 'routine', routineId: 'acme', routineName: 'Acme\nreset' })],
    ['a blank id', rec(' ', '2026-11-27T12:00:00+01:00', { kind: 'natural' })],
    ['an id longer than 200', rec('i'.repeat(201), '2026-11-27T12:00:00+01:00', { kind: 'natural' })],
    ['an at the format does not have', rec('x', '2026-11-27 12:00', { kind: 'natural' })],
  ])('%s', (_name, bad) => {
    const { back, leftOut, clipped, file } = roundTrip([routine, bad]);
    expect({ leftOut, clipped }).toEqual({ leftOut: 1, clipped: 0 });
    expect(file.breaks.map((b) => b.id)).toEqual(['r1']);
    expect(back.breaks).toStrictEqual([routine]);
  });

  it('a break up to a day after the export is kept', () => {
    const soon = rec('s', '2026-12-01T09:05:00+01:00', { kind: 'natural' });
    expect(roundTrip([soon]).back.breaks).toStrictEqual([soon]);
  });

  it('a day off that is not a day is left out and counted; the others are written sorted, once', () => {
    const { back, leftOut } = roundTrip([], ['2026-12-31', 'Christmas', '2026-12-24', '2026-12-31']);
    expect(leftOut).toBe(1);
    expect(back.daysOff).toEqual(['2026-12-24', '2026-12-31']);
  });

  it("the scheduler's own 'due', 'snoozed' and 'dropped' events are written and come back, linked by dueId", () => {
    const events = [
      rec('due-1', routine.at, { kind: 'due' }),
      rec('z', routine.at, { kind: 'snoozed', dueId: 'due-1' }),
      rec('due-2', routine.at, { kind: 'due', dueId: 'due-1' }),
      rec('dr', routine.at, { kind: 'dropped', dueId: 'due-2' }),
    ];
    const { back, file, leftOut, clipped } = roundTrip(events);
    expect(file.breaks.map((b) => [b.id, b.kind, b.dueId])).toEqual([
      ['dr', 'dropped', 'due-2'],
      ['due-1', 'due', undefined],
      ['due-2', 'due', 'due-1'],
      ['z', 'snoozed', 'due-1'],
    ]);
    expect(back.breaks.toSorted((a, b) => a.id.localeCompare(b.id))).toStrictEqual(events.toSorted((a, b) => a.id.localeCompare(b.id)));
    expect({ leftOut, clipped }).toEqual({ leftOut: 0, clipped: 0 });
  });

  it('a routine this computer does not have keeps its id and name', () => {
    const other = rec('o', routine.at, { kind: 'routine', routineId: 'acme-desk-reset', routineName: 'Desk reset (Acme)', completed: true });
    expect(roundTrip([other]).back.breaks).toStrictEqual([other]);
  });
});

describe("the file's own limits hold for any history", () => {
  const movement = (i: number, id = `m${i}`) => rec(id, new Date(Date.parse('2020-01-01T00:00:00Z') + i * 60_000).toISOString().replace('.000Z', 'Z'), { kind: 'movement', completed: true, seconds: 60, intensityBefore: 3, intensityAfter: 1 });

  it('more than 200,000 breaks: the newest 200,000 are written, the oldest left out and counted, and the file imports', () => {
    const records = Array.from({ length: 200_002 }, (_, i) => movement(i));
    const { file, leftOut, back } = roundTrip(records);
    expect(leftOut).toBe(2);
    expect(file.breaks).toHaveLength(200_000);
    expect(file.breaks[0]!.id).toBe('m2');
    expect(back.breaks).toHaveLength(200_000);
  }, 120_000);

  it('breaks that would make the file longer than 50 MB: the newest that fit are written, the rest counted, and the file imports', () => {
    // 190-character ids make each break about 370 characters in the file: 170,000 of them would be 60 MB.
    const records = Array.from({ length: 170_000 }, (_, i) => movement(i, `${'x'.repeat(184)}${String(i).padStart(6, '0')}`));
    const { file, leftOut, back } = roundTrip(records);
    const text = serializeHistory(file);
    expect(text.length).toBeLessThanOrEqual(50 * 1024 * 1024);
    expect(leftOut).toBeGreaterThan(0);
    expect(file.breaks.length + leftOut).toBe(170_000);
    expect(file.breaks.at(-1)!.id).toBe(records.at(-1)!.id);
    expect(back.breaks).toHaveLength(file.breaks.length);
  }, 120_000);
});
