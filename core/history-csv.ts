// The history as CSV for spreadsheets: the JSON file's breaks, every cell safe to open in any locale.
import type { BreakRecord } from './breaks';
import { exportedBreaks } from './history-export';
import { BREAK_FIELDS } from './history-file';

/**
 * OWASP "CSV injection": a spreadsheet runs a cell that starts with = + - @ as a formula, and tab,
 * carriage return and NUL (ASVS 1.2.10) lead to one too. Leading spaces are looked through, as some
 * spreadsheets trim them, and so are the full-width signs an East Asian keyboard types.
 */
const FORMULA_START = /^[\t\r\0]|^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/;
/**
 * RFC 4180 quotes a cell holding the separator, a quote, CR or LF. Excel takes the list separator
 * from the locale: a comma in English, a semicolon in German, French, Spanish and Portuguese
 * (Brazil). A cell holding either is quoted, so no locale splits it and no part of it starts a cell.
 */
const NEEDS_QUOTES = /[",;\r\n]/;

/** One CSV cell: a number we wrote stays a number; any text is guarded against formulas, then quoted if needed. */
export function csvCell(value: string | number | boolean): string {
  if (typeof value === 'number') return String(value);
  const text = String(value);
  const guarded = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** The CSV of the breaks the JSON file would hold, in the same order, with a header of the file's field names. */
export function historyToCsv(records: readonly BreakRecord[], now?: number): string {
  const rows = exportedBreaks(records, now).breaks.map((b) =>
    BREAK_FIELDS.map((key) => {
      const value = b[key];
      return value === undefined ? '' : csvCell(value);
    }).join(','),
  );
  // RFC 4180 uses CRLF; ending the last row with it too is allowed and what spreadsheets write.
  return [BREAK_FIELDS.join(','), ...rows].map((line) => line + '\r\n').join('');
}
