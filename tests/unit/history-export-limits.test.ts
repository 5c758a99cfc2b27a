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
    ['a routine this version does not know', rec('x', '2026-11-27T12:00:00+01:00', { kind: 'routine', routineId: 'headstand' as never })],
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

  it("the scheduler's own 'due' and 'snoozed' events are not breaks: never written, never counted", () => {
    const { file, leftOut, clipped } = roundTrip([rec('d', routine.at, { kind: 'due' }), rec('z', routine.at, { kind: 'snoozed' })]);
    expect(file.breaks).toEqual([]);
    expect({ leftOut, clipped }).toEqual({ leftOut: 0, clipped: 0 });
  });
});
