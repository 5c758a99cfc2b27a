// Every version of the history file ever written still imports: one fixture file per version, read as a user's backup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_VERSIONS } from '../../core/history-file';
import { parseHistoryFile } from '../../core/history-import';

const fixture = (version: number) => readFileSync(join(__dirname, '..', 'fixtures', `history-v${version}.json`), 'utf8');
const NOW = Date.parse('2026-12-02T18:00:00+01:00');

describe('history files of every version', () => {
  it.each([...HISTORY_VERSIONS])('version %i has a fixture, and it imports', (version) => {
    const text = fixture(version);
    expect(JSON.parse(text).version).toBe(version);
    const result = parseHistoryFile(text, NOW);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('version 1: its four breaks and its day off, as written', () => {
    const result = parseHistoryFile(fixture(1), NOW);
    if (!result.ok) throw new Error('refused');
    expect(result.breaks.map((b) => [b.kind, b.routineId, b.seconds, b.completed])).toEqual([
      ['routine', 'neck-rolls', 150, true],
      ['natural', undefined, 900, undefined],
      ['skipped', undefined, undefined, undefined],
      ['movement', undefined, 60, true],
    ]);
    expect(result.breaks[0]!.time).toBe(Date.UTC(2026, 10, 26, 9, 2, 13));
    expect(result.daysOff).toEqual(['2026-12-24']);
    expect(result.dayOffRanges).toEqual([]);
  });

  it('version 2: every kind, each answer linked to its reminder, a routine this computer lacks, a range of days off', () => {
    const result = parseHistoryFile(fixture(2), NOW);
    if (!result.ok) throw new Error('refused');
    expect(result.breaks.map((b) => [b.kind, b.dueId])).toEqual([
      ['due', undefined],
      ['snoozed', 'due-1796202000000'],
      ['due', 'due-1796202000000'],
      ['routine', 'due-1796202660000'],
      ['due', undefined],
      ['dropped', 'due-1796220000000'],
    ]);
    expect(result.breaks[3]).toMatchObject({ routineId: 'acme-desk-reset', routineName: 'Desk reset (Acme occupational health)' });
    expect(result.dayOffRanges).toEqual([{ from: '2026-12-28', to: '2027-01-01', label: 'Holiday' }]);
  });

  it('version 2 with My routines: the definitions travel, and a break of a routine no definition names keeps its name', () => {
    const result = parseHistoryFile(readFileSync(join(__dirname, '..', 'fixtures', 'history-v2-my-routines.json'), 'utf8'), NOW);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
    expect(result.routines!.map((r) => [r.id, r.name, r.steps.length, r.steps.map((s) => s.pressure === true)])).toEqual([
      ['mine-3f1c2a9e-6b7d-4c1e-9a0b-2d4e6f8a1c3e', 'Physio: shoulder set', 3, [false, true, false]],
    ]);
    expect(result.breaks.map((b) => [b.routineId, b.routineName])).toEqual([
      ['mine-3f1c2a9e-6b7d-4c1e-9a0b-2d4e6f8a1c3e', 'Physio: shoulder set'],
      ['mine-0b9a8c7d-1e2f-4a3b-8c5d-6e7f8091a2b3', 'Stretches from the other laptop'],
    ]);
  });

  it('a routine definition with a problem refuses the file, saying where', () => {
    const file = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'history-v2-my-routines.json'), 'utf8'));
    file.routines[0].steps[1].seconds = 45;
    const result = parseHistoryFile(JSON.stringify(file), NOW);
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.code])).toEqual([['routines[0].steps[1].seconds', 'bad-pressure-seconds']]);
  });

  it('version 1 knew no routine definitions', () => {
    const file = JSON.parse(fixture(1));
    file.routines = [];
    const result = parseHistoryFile(JSON.stringify(file), NOW);
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.code])).toEqual([['routines', 'unknown-field']]);
  });
});
