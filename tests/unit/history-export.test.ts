// Writing the history file: its exact bytes, what it leaves out, key order, and the round trip through the import (moved from history-file.test.ts).
import { describe, expect, it } from 'vitest';
import type { BreakRecord } from '../../core/breaks';
import { serializeHistory, toHistoryFile } from '../../core/history-export';
import { BREAK_FIELDS } from '../../core/history-file';
import { parseHistoryFile } from '../../core/history-import';
import { timezoneForEach } from '../support/tz';

/** A stored record as the history database holds it: `time` is the instant `at` names. */
const rec = (id: string, at: string, fields: Partial<BreakRecord> & Pick<BreakRecord, 'kind'>): BreakRecord => ({
  id,
  at,
  time: Date.parse(at),
  ...fields,
});

const parsed = (text: string, now?: number) => {
  const result = parseHistoryFile(text, now);
  if (!result.ok) throw new Error(`expected a valid file: ${JSON.stringify(result.problems)}`);
  return result;
};

describe('toHistoryFile and serializeHistory', () => {
  timezoneForEach('Europe/Berlin');

  const now = Date.parse('2026-03-29T12:00:00+02:00');
  const records: BreakRecord[] = [
    rec('r2', '2026-03-29T10:15:00+02:00', { kind: 'routine', routineId: 'neck-rolls', seconds: 150, completed: true, intensityBefore: 4, intensityAfter: 2 }),
    rec('due1', '2026-03-29T09:00:00+02:00', { kind: 'due' }),
    rec('n1', '2026-03-28T17:30:00+01:00', { kind: 'natural' }),
    rec('m1', '2026-03-29T09:05:00+02:00', { kind: 'movement', seconds: 120, completed: false }),
    rec('snz', '2026-03-29T09:01:00+02:00', { kind: 'snoozed', dueId: 'due1' }),
    // The same instant as r2, written in New York time: the tie is broken by id.
    rec('r1', '2026-03-29T04:15:00-04:00', { kind: 'skipped', routineId: 'calves' }),
  ];

  it('writes the exact bytes of the format', () => {
    const ranges = [{ from: '2026-08-03', to: '2026-08-14', label: 'Holiday' }, { from: '2026-02-02', to: '2026-02-04' }];
    const text = serializeHistory(toHistoryFile(records, ['2026-12-31', '2026-12-24', '2026-12-31'], now, ranges));
    expect(text).toBe(`{
  "format": "unknot-history",
  "version": 2,
  "exportedAt": "2026-03-29T12:00:00+02:00",
  "breaks": [
    {
      "id": "n1",
      "at": "2026-03-28T17:30:00+01:00",
      "kind": "natural"
    },
    {
      "id": "due1",
      "at": "2026-03-29T09:00:00+02:00",
      "kind": "due"
    },
    {
      "id": "snz",
      "at": "2026-03-29T09:01:00+02:00",
      "kind": "snoozed",
      "dueId": "due1"
    },
    {
      "id": "m1",
      "at": "2026-03-29T09:05:00+02:00",
      "kind": "movement",
      "seconds": 120,
      "completed": false
    },
    {
      "id": "r1",
      "at": "2026-03-29T04:15:00-04:00",
      "kind": "skipped",
      "routineId": "calves"
    },
    {
      "id": "r2",
      "at": "2026-03-29T10:15:00+02:00",
      "kind": "routine",
      "routineId": "neck-rolls",
      "seconds": 150,
      "completed": true,
      "intensityBefore": 4,
      "intensityAfter": 2
    }
  ],
  "daysOff": [
    "2026-12-24",
    "2026-12-31"
  ],
  "dayOffRanges": [
    {
      "from": "2026-02-02",
      "to": "2026-02-04"
    },
    {
      "from": "2026-08-03",
      "to": "2026-08-14",
      "label": "Holiday"
    }
  ]
}
`);
  });

  it("writes the scheduler's own events too, sorts by time then id, and writes keys in format order", () => {
    const { breaks } = toHistoryFile(records, [], now);
    expect(breaks.map((b) => b.id)).toEqual(['n1', 'due1', 'snz', 'm1', 'r1', 'r2']);
    for (const b of breaks) expect(Object.keys(b)).toEqual(BREAK_FIELDS.filter((key) => key in b));
  });

  it('never writes null or time, and leaves the records untouched', () => {
    const copy = structuredClone(records);
    const text = serializeHistory(toHistoryFile(records, [], now));
    expect(text).not.toContain('null');
    expect(text).not.toContain('"time"');
    expect(records).toStrictEqual(copy);
  });

  it('round-trips: exporting what was imported gives the same file, byte for byte', () => {
    const first = toHistoryFile(records, ['2026-12-24', '2026-05-01'], now);
    const text = serializeHistory(first);
    const back = parsed(text);
    const second = toHistoryFile(back.breaks, back.daysOff, now);
    expect(second).toStrictEqual(first);
    expect(serializeHistory(second)).toBe(text);
  });

  it('imports exactly the exported records', () => {
    const back = parsed(serializeHistory(toHistoryFile(records, [], now)));
    const byId = (a: BreakRecord, b: BreakRecord) => a.id.localeCompare(b.id);
    expect(back.breaks.toSorted(byId)).toStrictEqual(records.toSorted(byId));
  });
});

describe('My routines in the history file', () => {
  const now = Date.parse('2026-03-29T12:00:00+02:00');
  const mine = {
    id: 'mine-a',
    name: 'Physio set',
    steps: [
      { text: 'Hold the spot', seconds: 20, illustration: 'wall-ball-hold' as const, side: 'left' as const, pressure: true },
      { text: 'Walk', seconds: 60 },
    ],
  };
  const records: BreakRecord[] = [
    rec('r1', '2026-03-29T10:15:00+02:00', { kind: 'routine', routineId: 'mine-a', routineName: 'Physio set', seconds: 80, completed: true }),
  ];

  it('writes the definitions after the days off, and reads them back as they were', () => {
    const file = toHistoryFile(records, [], now, [], [mine]);
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'breaks', 'daysOff', 'dayOffRanges', 'routines']);
    expect(file.routines).toEqual([mine]);
    const back = parsed(serializeHistory(file), now);
    expect(back.routines).toEqual([mine]);
    expect(back.breaks[0]).toMatchObject({ routineId: 'mine-a', routineName: 'Physio set' });
  });

  it('a user with no routines of their own gets no `routines` at all', () => {
    expect('routines' in toHistoryFile(records, [], now)).toBe(false);
  });

  it('leaves out a definition the import would refuse, and counts it', async () => {
    const { exportedHistory } = await import('../../core/history-export');
    const broken = { ...mine, id: 'mine-b', steps: [{ text: 'Press hard', seconds: 90, pressure: true }] };
    const result = exportedHistory(records, [], now, [], [mine, broken]);
    expect(result.file.routines?.map((r) => r.id)).toEqual(['mine-a']);
    expect(result.leftOut).toBe(1);
  });
});
