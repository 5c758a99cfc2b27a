// Reading the history file: every import problem with its path, valid files, dates, and the problems' translations (the export is in history-export.test.ts, the CSV in history-csv.test.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HISTORY_FORMAT, HISTORY_VERSION, MAX_BREAKS, MAX_FILE_LENGTH, parseOffsetDate } from '../../core/history-file';
import { IMPORT_PROBLEM_CODES, importProblemKey, parseHistoryFile, type ImportProblemCode } from '../../core/history-import';

const AT = '2026-03-29T10:15:00+02:00';

/** A file of the newest version with no breaks, overridden field by field; `undefined` drops a field. */
const file = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ format: HISTORY_FORMAT, version: HISTORY_VERSION, exportedAt: AT, breaks: [], daysOff: [], ...over });
/** A valid movement break, overridden field by field; `undefined` drops a field. */
const brk = (over: Record<string, unknown> = {}) => ({ id: 'b1', at: AT, kind: 'movement', seconds: 120, completed: true, ...over });
const withBreak = (over: Record<string, unknown>) => file({ breaks: [brk(over)] });
const withBreaks = (...overs: Record<string, unknown>[]) => file({ breaks: overs.map((o, i) => brk({ id: `b${i}`, ...o })) });
const withDaysOff = (daysOff: unknown) => file({ daysOff });
const withRanges = (dayOffRanges: unknown) => file({ dayOffRanges });
/** A version 1 file: what Unknot 0.1 wrote. */
const v1 = (over: Record<string, unknown> = {}) => JSON.stringify({ format: HISTORY_FORMAT, version: 1, exportedAt: AT, breaks: [], daysOff: [], ...over });

const problemsOf = (text: string, now?: number) => {
  const result = parseHistoryFile(text, now);
  if (result.ok) throw new Error(`expected problems, got ${result.breaks.length} breaks`);
  return result.problems;
};
const pathsAndCodes = (text: string, now?: number) => problemsOf(text, now).map((p) => [p.path, p.code]);
const parsed = (text: string, now?: number) => {
  const result = parseHistoryFile(text, now);
  if (!result.ok) throw new Error(`expected a valid file: ${JSON.stringify(result.problems)}`);
  return result;
};

type Expected = [path: string, code: ImportProblemCode][];

const ROUTINE = { id: 'mine-1', name: 'Physio set', steps: [{ text: 'Hold the spot', seconds: 20, pressure: true }] };
const withRoutines = (routines: unknown) => JSON.stringify({ format: HISTORY_FORMAT, version: 2, exportedAt: AT, breaks: [], daysOff: [], routines });

const invalidFiles: [name: string, text: string, expected: Expected][] = [
  ['too large', ' '.repeat(MAX_FILE_LENGTH + 1), [['(file)', 'too-large']]],
  ['empty', '', [['(file)', 'empty']]],
  ['whitespace only', ' \n\t\r\n ', [['(file)', 'empty']]],
  ['not JSON', 'id,at,kind\r\nb1,2026-03-29T10:15:00+02:00,natural\r\n', [['(file)', 'not-json']]],
  ['JSON with a trailing comma', `{"format": "${HISTORY_FORMAT}", "version": 1, "breaks": [],}`, [['(file)', 'not-json']]],
  ['a top-level array', JSON.stringify([brk()]), [['(file)', 'not-object']]],
  ['null', 'null', [['(file)', 'not-object']]],
  ['a top-level string', '"unknot-history"', [['(file)', 'not-object']]],
  ['another format', file({ format: 'stretchly-history' }), [['format', 'unknown-format']]],
  ['no format', file({ format: undefined }), [['format', 'unknown-format']]],
  ['another format, reported alone', JSON.stringify({ format: 'x', version: 'y', breaks: 3 }), [['format', 'unknown-format']]],
  ['a newer version, reported alone', file({ version: 3, breaks: [{ kind: 'due' }] }), [['version', 'newer-version']]],
  ['version "1" as a string', file({ version: '1' }), [['version', 'bad-version']]],
  ['version 0', file({ version: 0 }), [['version', 'bad-version']]],
  ['version 1.5', file({ version: 1.5 }), [['version', 'bad-version']]],
  ['no version', file({ version: undefined }), [['version', 'bad-version']]],
  ['no breaks', file({ breaks: undefined }), [['breaks', 'missing']]],
  ['breaks not an array', file({ breaks: { b1: brk() } }), [['breaks', 'not-array']]],
  [
    'too many breaks, before any break is checked',
    `{"format":"${HISTORY_FORMAT}","version":1,"breaks":[${'0,'.repeat(MAX_BREAKS)}0]}`,
    [['breaks', 'too-many']],
  ],
  ['a break that is not an object', file({ breaks: ['b1', null] }), [['breaks[0]', 'not-object'], ['breaks[1]', 'not-object']]],
  ['no id', withBreak({ id: undefined }), [['breaks[0].id', 'missing']]],
  ['no at', withBreak({ at: undefined }), [['breaks[0].at', 'missing']]],
  ['no kind', withBreak({ kind: undefined }), [['breaks[0].kind', 'missing']]],
  [
    'nothing but an unknown field',
    file({ breaks: [{ note: 'hi' }] }),
    [
      ['breaks[0].id', 'missing'],
      ['breaks[0].at', 'missing'],
      ['breaks[0].kind', 'missing'],
      ['breaks[0].note', 'unknown-field'],
    ],
  ],
  ['a numeric id', withBreak({ id: 7 }), [['breaks[0].id', 'not-string']]],
  ['an empty id', withBreak({ id: '' }), [['breaks[0].id', 'empty-id']]],
  ['a blank id', withBreak({ id: '   ' }), [['breaks[0].id', 'empty-id']]],
  ['a very long id', withBreak({ id: 'x'.repeat(201) }), [['breaks[0].id', 'id-too-long']]],
  [
    'the same id three times',
    file({ breaks: [brk({ id: 'a' }), brk({ id: 'b' }), brk({ id: 'a' }), brk({ id: 'a' })] }),
    [['breaks[2].id', 'duplicate-id'], ['breaks[3].id', 'duplicate-id']],
  ],
  ['a time without an offset', withBreak({ at: '2026-03-29T10:15:00' }), [['breaks[0].at', 'not-offset-date']]],
  ['a date without a time', withBreak({ at: '2026-03-29' }), [['breaks[0].at', 'not-offset-date']]],
  ['February 30', withBreak({ at: '2026-02-30T10:00:00+01:00' }), [['breaks[0].at', 'not-offset-date']]],
  ['February 29 of a common year', withBreak({ at: '2026-02-29T10:00:00+01:00' }), [['breaks[0].at', 'not-offset-date']]],
  ['month 13', withBreak({ at: '2026-13-01T10:00:00+01:00' }), [['breaks[0].at', 'not-offset-date']]],
  ['hour 25', withBreak({ at: '2026-03-29T25:00:00+02:00' }), [['breaks[0].at', 'not-offset-date']]],
  ['hour 24', withBreak({ at: '2026-03-29T24:00:00+02:00' }), [['breaks[0].at', 'not-offset-date']]],
  ['minute 60', withBreak({ at: '2026-03-29T10:60:00+02:00' }), [['breaks[0].at', 'not-offset-date']]],
  ['second 60', withBreak({ at: '2026-03-29T10:15:60+02:00' }), [['breaks[0].at', 'not-offset-date']]],
  ['an offset beyond +14:00', withBreak({ at: '2026-03-29T10:15:00+15:00' }), [['breaks[0].at', 'not-offset-date']]],
  ['an offset beyond -14:00', withBreak({ at: '2026-03-29T10:15:00-14:30' }), [['breaks[0].at', 'not-offset-date']]],
  ['offset minutes 60', withBreak({ at: '2026-03-29T10:15:00+02:60' }), [['breaks[0].at', 'not-offset-date']]],
  ['an offset without a colon', withBreak({ at: '2026-03-29T10:15:00+0200' }), [['breaks[0].at', 'not-offset-date']]],
  ['a space instead of T', withBreak({ at: '2026-03-29 10:15:00+02:00' }), [['breaks[0].at', 'not-offset-date']]],
  ['a lowercase z', withBreak({ at: '2026-03-29T08:15:00z' }), [['breaks[0].at', 'not-offset-date']]],
  ['a written-out date', withBreak({ at: 'Sun, 29 Mar 2026 10:15:00 +0200' }), [['breaks[0].at', 'not-offset-date']]],
  ['epoch milliseconds', withBreak({ at: 1774772100000 }), [['breaks[0].at', 'not-string']]],
  ['a date far in the past', withBreak({ at: '1970-01-01T00:00:00Z' }), [['breaks[0].at', 'out-of-range-date']]],
  ['the last second of 1999', withBreak({ at: '1999-12-31T23:59:59+00:00' }), [['breaks[0].at', 'out-of-range-date']]],
  ['a date after 2100', withBreak({ at: '2101-01-01T00:00:00+00:00' }), [['breaks[0].at', 'out-of-range-date']]],
  ["the scheduler's 'due' event in a version 1 file", v1({ breaks: [brk({ kind: 'due' })] }), [['breaks[0].kind', 'bad-kind']]],
  ["the scheduler's 'snoozed' event in a version 1 file", v1({ breaks: [brk({ kind: 'snoozed' })] }), [['breaks[0].kind', 'bad-kind']]],
  ['a dueId in a version 1 file', v1({ breaks: [brk({ dueId: 'due-1' })] }), [['breaks[0].dueId', 'unknown-field']]],
  ['a routine of another computer in a version 1 file', v1({ breaks: [brk({ kind: 'routine', routineId: 'headstand' })] }), [['breaks[0].routineId', 'bad-routine']]],
  ['ranges of days off in a version 1 file', v1({ dayOffRanges: [] }), [['dayOffRanges', 'unknown-field']]],
  ['a kind no version has', withBreak({ kind: 'nap' }), [['breaks[0].kind', 'bad-kind']]],
  ['an empty dueId', withBreak({ dueId: ' ' }), [['breaks[0].dueId', 'bad-due-id']]],
  ['a numeric dueId', withBreak({ dueId: 17 }), [['breaks[0].dueId', 'bad-due-id']]],
  ['a dueId of 201 characters', withBreak({ dueId: 'd'.repeat(201) }), [['breaks[0].dueId', 'bad-due-id']]],
  ['an empty routine name', withBreak({ kind: 'routine', routineId: 'acme', routineName: '' }), [['breaks[0].routineName', 'bad-name']]],
  ['a routine name over two lines', withBreak({ kind: 'routine', routineId: 'acme', routineName: 'Desk\nreset' }), [['breaks[0].routineName', 'bad-name']]],
  ['a routine name of 201 characters', withBreak({ kind: 'routine', routineId: 'acme', routineName: 'n'.repeat(201) }), [['breaks[0].routineName', 'bad-name']]],
  ['ranges not an array', withRanges({ from: '2026-08-03', to: '2026-08-14' }), [['dayOffRanges', 'not-array']]],
  ['a range that is not an object', withRanges(['2026-08-03..2026-08-14']), [['dayOffRanges[0]', 'not-object']]],
  ['a range without its end', withRanges([{ from: '2026-08-03' }]), [['dayOffRanges[0].to', 'missing']]],
  ['a range with a numeric start', withRanges([{ from: 20260803, to: '2026-08-14' }]), [['dayOffRanges[0].from', 'not-string']]],
  ['a range ending on February 30', withRanges([{ from: '2026-02-20', to: '2026-02-30' }]), [['dayOffRanges[0].to', 'bad-day']]],
  ['a range ending before it starts', withRanges([{ from: '2026-08-14', to: '2026-08-03' }]), [['dayOffRanges[0]', 'bad-range']]],
  ['a range of 367 days', withRanges([{ from: '2026-01-01', to: '2027-01-02' }]), [['dayOffRanges[0]', 'bad-range']]],
  ['a blank label', withRanges([{ from: '2026-08-03', to: '2026-08-14', label: '  ' }]), [['dayOffRanges[0].label', 'bad-label']]],
  ['a label of 101 characters', withRanges([{ from: '2026-08-03', to: '2026-08-14', label: 'l'.repeat(101) }]), [['dayOffRanges[0].label', 'bad-label']]],
  ['a range with an unknown field', withRanges([{ from: '2026-08-03', to: '2026-08-14', reason: 'sick' }]), [['dayOffRanges[0].reason', 'unknown-field']]],
  ['the same range twice', withRanges([{ from: '2026-08-03', to: '2026-08-14' }, { from: '2026-08-03', to: '2026-08-14', label: 'x' }]), [['dayOffRanges[1]', 'duplicate-day']]],
  // Routine definitions (version 2's optional `routines`): the editor's own check, tabled in custom-routine.test.ts.
  ['a definition with a built-in id', withRoutines([{ ...ROUTINE, id: 'calves' }]), [['routines[0].id', 'built-in-id']]],
  ['a definition with a blank name', withRoutines([{ ...ROUTINE, name: ' ' }]), [['routines[0].name', 'bad-routine-name']]],
  ['a definition without steps', withRoutines([{ ...ROUTINE, steps: [] }]), [['routines[0].steps', 'bad-step-count']]],
  ['a step of 301 characters', withRoutines([{ ...ROUTINE, steps: [{ text: 't'.repeat(301), seconds: 20 }] }]), [['routines[0].steps[0].text', 'bad-step-text']]],
  ['a step of 4 seconds', withRoutines([{ ...ROUTINE, steps: [{ text: 't', seconds: 4 }] }]), [['routines[0].steps[0].seconds', 'bad-step-seconds']]],
  ['a pressure step of 40 seconds', withRoutines([{ ...ROUTINE, steps: [{ text: 't', seconds: 40, pressure: true }] }]), [['routines[0].steps[0].seconds', 'bad-pressure-seconds']]],
  ['a step with an unknown figure', withRoutines([{ ...ROUTINE, steps: [{ text: 't', seconds: 20, illustration: 'yoga' }] }]), [['routines[0].steps[0].illustration', 'bad-illustration']]],
  ['a step on both sides', withRoutines([{ ...ROUTINE, steps: [{ text: 't', seconds: 20, side: 'both' }] }]), [['routines[0].steps[0].side', 'bad-side']]],
  ['a definition with an unknown field', withRoutines([{ ...ROUTINE, author: 'me' }]), [['routines[0].author', 'unknown-routine-field']]],
  ['101 definitions', withRoutines(Array.from({ length: 101 }, (_, i) => ({ ...ROUTINE, id: `mine-${i}` }))), [['routines', 'too-many-routines']]],
  ['a capitalised kind', withBreak({ kind: 'Movement' }), [['breaks[0].kind', 'bad-kind']]],
  ['a numeric kind', withBreak({ kind: 1 }), [['breaks[0].kind', 'not-string']]],
  ['a routine id with spaces', withBreak({ kind: 'routine', routineId: 'head stand' }), [['breaks[0].routineId', 'bad-routine']]],
  ['a numeric routine id', withBreak({ kind: 'routine', routineId: 3 }), [['breaks[0].routineId', 'not-string']]],
  ['a routine without its routine id', withBreak({ kind: 'routine' }), [['breaks[0].routineId', 'routine-missing']]],
  ['seconds 1e9', withBreak({ seconds: 1e9 }), [['breaks[0].seconds', 'bad-seconds']]],
  ['seconds over a day', withBreak({ seconds: 86_401 }), [['breaks[0].seconds', 'bad-seconds']]],
  ['negative seconds', withBreak({ seconds: -5 }), [['breaks[0].seconds', 'bad-seconds']]],
  ['fractional seconds', withBreak({ seconds: 1.5 }), [['breaks[0].seconds', 'bad-seconds']]],
  ['seconds as text', withBreak({ seconds: '150' }), [['breaks[0].seconds', 'bad-seconds']]],
  ['seconds null', withBreak({ seconds: null }), [['breaks[0].seconds', 'bad-seconds']]],
  ['intensity 11', withBreak({ intensityBefore: 11 }), [['breaks[0].intensityBefore', 'bad-intensity']]],
  ['intensity 3.5', withBreak({ intensityAfter: 3.5 }), [['breaks[0].intensityAfter', 'bad-intensity']]],
  ['intensity -1', withBreak({ intensityAfter: -1 }), [['breaks[0].intensityAfter', 'bad-intensity']]],
  ['completed as text', withBreak({ completed: 'true' }), [['breaks[0].completed', 'not-boolean']]],
  ['completed as 1', withBreak({ completed: 1 }), [['breaks[0].completed', 'not-boolean']]],
  ['an unknown field', withBreak({ colour: 'red' }), [['breaks[0].colour', 'unknown-field']]],
  ["the database's own time field", withBreak({ time: 1774772100000 }), [['breaks[0].time', 'unknown-field']]],
  ['daysOff not an array', withDaysOff('2026-12-24'), [['daysOff', 'not-array']]],
  ['a day off that is not a date', withDaysOff(['2026-12-24', 'Christmas']), [['daysOff[1]', 'bad-day']]],
  ['day off February 30', withDaysOff(['2026-02-30']), [['daysOff[0]', 'bad-day']]],
  ['a day off without zero padding', withDaysOff(['2026-1-5']), [['daysOff[0]', 'bad-day']]],
  ['a day off with a time', withDaysOff(['2026-12-24T00:00:00+01:00']), [['daysOff[0]', 'bad-day']]],
  ['a numeric day off', withDaysOff([20261224]), [['daysOff[0]', 'not-string']]],
  ['a day off twice', withDaysOff(['2026-12-24', '2026-12-31', '2026-12-24']), [['daysOff[2]', 'duplicate-day']]],
];

describe('parseHistoryFile: invalid files', () => {
  it.each(invalidFiles)('refuses %s', (_name, text, expected) => {
    const result = parseHistoryFile(text);
    expect(result.ok).toBe(false);
    expect(pathsAndCodes(text)).toEqual(expected);
  });

  it('has a case for every problem code', () => {
    // 'too-deep' needs a JSON parser that gives up on depth, which V8's never does: it is covered
    // with a parser that throws, in history-hostile-files.test.ts. 'not-readable' is the platform's
    // (a file that cannot be read), in tests/integration/history-import-limits.test.ts.
    const covered = new Set([...invalidFiles.flatMap(([, , expected]) => expected.map(([, code]) => code)), 'too-deep', 'not-readable']);
    expect(IMPORT_PROBLEM_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  it('reports every problem in one file, in file order, each where it is', () => {
    const text = file({
      version: '1',
      breaks: [
        brk({ id: 'a', at: '2026-03-29T10:15:00' }),
        brk({ id: 'b' }),
        brk({ id: 'c', kind: 'nap', seconds: -1 }),
        brk({ id: 'a', kind: 'routine' }),
      ],
      daysOff: ['2026-12-24', '2026-12-32', 7],
    });
    expect(pathsAndCodes(text)).toEqual([
      ['version', 'bad-version'],
      ['breaks[0].at', 'not-offset-date'],
      ['breaks[2].kind', 'bad-kind'],
      ['breaks[2].seconds', 'bad-seconds'],
      ['breaks[3].id', 'duplicate-id'],
      ['breaks[3].routineId', 'routine-missing'],
      ['daysOff[1]', 'bad-day'],
      ['daysOff[2]', 'not-string'],
    ]);
  });

  it.each([
    ['newer-version: the version', file({ version: 3 }), 'version', '3'],
    ['duplicate-id: the index of the first', withBreaks({ id: 'x' }, {}, { id: 'x' }), 'breaks[2].id', '0'],
    ['duplicate-day: the index of the first', withDaysOff(['2026-12-24', '2026-12-24']), 'daysOff[1]', '0'],
    ['bad-kind: the allowed kinds', withBreak({ kind: 'nap' }), 'breaks[0].kind', 'routine, movement, natural, skipped, due, snoozed, dropped'],
    ["bad-kind: version 1's kinds", v1({ breaks: [brk({ kind: 'due' })] }), 'breaks[0].kind', 'routine, movement, natural, skipped'],
    ['unknown-field: the key', withBreak({ colour: 'red' }), 'breaks[0].colour', 'colour'],
    ['id-too-long: the length', withBreak({ id: 'x'.repeat(250) }), 'breaks[0].id', '250'],
    ['too-many: the count', JSON.stringify({ format: HISTORY_FORMAT, version: 1, breaks: Array(MAX_BREAKS + 1).fill(0) }), 'breaks', String(MAX_BREAKS + 1)],
  ])('gives a detail for %s', (_name, text, path, detail) => {
    expect(problemsOf(text)).toEqual([{ path, code: expect.any(String), detail }]);
  });

  it("passes on the JSON parser's message, which says where reading stopped", () => {
    const [problem] = problemsOf('{"format": "unknot-history", "version": 1,, "breaks": []}');
    expect(problem).toEqual({ path: '(file)', code: 'not-json', detail: expect.stringMatching(/\w/) });
  });

  it('gives no detail where there is nothing to add', () => {
    expect(problemsOf(withBreak({ at: '2026-02-30T10:00:00+01:00' }))).toEqual([{ path: 'breaks[0].at', code: 'not-offset-date' }]);
  });
});

describe('parseHistoryFile: dates against now', () => {
  const now = Date.parse('2026-03-29T12:00:00+02:00');

  it.each([
    ['an hour ago', '2026-03-29T11:00:00+02:00', true],
    ['a day from now, to the second', '2026-03-30T12:00:00+02:00', true],
    ['a day and a second from now', '2026-03-30T12:00:01+02:00', false],
    ['next year', '2027-03-29T12:00:00+02:00', false],
    ['in 1999', '1999-06-01T12:00:00+02:00', false],
  ])('a break %s is accepted: %s', (_name, at, accepted) => {
    const result = parseHistoryFile(withBreak({ at }), now);
    expect(result.ok).toBe(accepted);
    if (!result.ok) expect(result.problems).toEqual([{ path: 'breaks[0].at', code: 'out-of-range-date' }]);
  });

  it('without now, takes any year up to 2100', () => {
    expect(parseHistoryFile(withBreak({ at: '2100-12-31T23:59:59+00:00' })).ok).toBe(true);
  });
});

describe('parseHistoryFile: valid files', () => {
  it('reads a minimal file: no exportedAt, no daysOff, no breaks', () => {
    for (const version of [1, 2]) {
      expect(parseHistoryFile(JSON.stringify({ format: HISTORY_FORMAT, version, breaks: [] }))).toStrictEqual({
        ok: true,
        breaks: [],
        daysOff: [],
        dayOffRanges: [],
      });
    }
  });

  it('reads a break with every field into a BreakRecord with the same fields, in BreakRecord order', () => {
    const full = {
      id: 'b1',
      at: AT,
      kind: 'routine',
      routineId: 'neck-rolls',
      seconds: 150,
      completed: true,
      intensityBefore: 4,
      intensityAfter: 2,
    };
    const { breaks } = parsed(file({ breaks: [full], daysOff: ['2026-12-24'] }));
    expect(breaks).toStrictEqual([{ ...full, time: Date.parse(AT) }]);
    expect(Object.keys(breaks[0]!)).toEqual(['id', 'at', 'time', 'kind', 'routineId', 'seconds', 'completed', 'intensityBefore', 'intensityAfter']);
  });

  it.each([
    ['natural: id, at and kind only', { id: 'n', at: AT, kind: 'natural' }],
    ['skipped: id, at and kind only', { id: 's', at: AT, kind: 'skipped' }],
    ['skipped, naming the routine it skipped', { id: 's', at: AT, kind: 'skipped', routineId: 'calves' }],
    ['movement without a duration', { id: 'm', at: AT, kind: 'movement', completed: false }],
    ['routine without ratings', { id: 'r', at: AT, kind: 'routine', routineId: 'desk-movement', seconds: 150, completed: true }],
    ['the lowest and highest values', { id: 'e', at: AT, kind: 'routine', routineId: 'calves', seconds: 86_400, intensityBefore: 10, intensityAfter: 0 }],
  ])('reads %s, leaving absent fields absent', (_name, raw) => {
    expect(parsed(file({ breaks: [raw] })).breaks).toStrictEqual([{ ...raw, time: Date.parse(raw.at) }]);
  });

  it.each([
    ['Z, as +00:00', '2026-03-29T08:15:00Z', '2026-03-29T08:15:00+00:00'],
    ['-00:00', '2026-03-29T08:15:00-00:00', '2026-03-29T08:15:00+00:00'],
    ['no seconds', '2026-03-29T10:15+02:00', '2026-03-29T10:15:00+02:00'],
    ['milliseconds', '2026-03-29T10:15:00.250+02:00', '2026-03-29T08:15:00.250Z'],
    ['a half-hour offset', '2026-03-29T13:45:00+05:30', '2026-03-29T08:15:00Z'],
    ['+14:00', '2026-03-29T22:15:00+14:00', '2026-03-29T08:15:00Z'],
    ['-12:00', '2026-03-28T20:15:00-12:00', '2026-03-29T08:15:00Z'],
    ['a leap day', '2028-02-29T10:15:00+01:00', '2028-02-29T09:15:00Z'],
  ])('accepts a time with %s, keeps it as written and takes its instant', (_name, at, sameInstant) => {
    const [record] = parsed(withBreak({ at })).breaks;
    expect(record!.at).toBe(at);
    expect(record!.time).toBe(Date.parse(at));
    expect(record!.time).toBe(Date.parse(sameInstant));
  });

  it('keeps days off in file order, each once', () => {
    expect(parsed(withDaysOff(['2026-12-31', '2026-12-24', '2028-02-29'])).daysOff).toEqual(['2026-12-31', '2026-12-24', '2028-02-29']);
  });

  it('takes no daysOff as none', () => {
    expect(parsed(file({ daysOff: undefined })).daysOff).toEqual([]);
  });

  it('reads a file saved with a byte order mark', () => {
    expect(parsed('\uFEFF' + withBreak({})).breaks).toHaveLength(1);
  });

  it('ignores top-level fields it does not use', () => {
    expect(parsed(file({ exportedAt: undefined, note: 'from my laptop' })).ok).toBe(true);
  });
});

describe('parseOffsetDate', () => {
  it('computes the years 0–99 as written, not as 1900–1999', () => {
    expect(parseOffsetDate('0050-06-01T00:00:00Z')).toEqual({ time: Date.parse('0050-06-01T00:00:00Z'), year: 50 });
  });
});

describe('import problem messages', () => {
  const messages = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../public/_locales/en/messages.json', import.meta.url)), 'utf8'),
  ) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  const keys = [...IMPORT_PROBLEM_CODES.map(importProblemKey), 'import_problems_heading', 'import_problems_more'];

  it.each(keys)('%s has an English message whose placeholders are all defined', (key) => {
    expect(key).toMatch(/^[A-Za-z0-9_]+$/);
    const entry = messages[key];
    expect(entry?.message).toBeTruthy();
    for (const [, name] of entry!.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
      expect(entry!.placeholders?.[name!.toLowerCase()]?.content).toMatch(/^\$[12]$/);
    }
  });
});
