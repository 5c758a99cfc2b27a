// Writing the history out: the JSON history file and a CSV of the same breaks for spreadsheets.
import type { BreakRecord } from './breaks';
import { toOffsetIso } from './day';
import {
  BREAK_FIELDS,
  HISTORY_FORMAT,
  HISTORY_VERSION,
  isExportedKind,
  type HistoryBreak,
  type HistoryFile,
} from './history-file';

/** The breaks a file holds, oldest first, each with its keys in file order and absent fields left out. */
export function exportedBreaks(records: readonly BreakRecord[]): HistoryBreak[] {
  return records
    .filter((r) => isExportedKind(r.kind))
    // filter() made a copy, so sorting leaves the caller's array alone; ties on time are broken
    // by id so the same history always gives the same bytes.
    .sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => {
      const out: Record<string, unknown> = {};
      // Copying in BREAK_FIELDS order fixes the key order JSON.stringify writes; `time` is left out
      // because `at` carries the same instant plus the offset the user lived it in.
      for (const key of BREAK_FIELDS) if (r[key] !== undefined) out[key] = r[key];
      return out as unknown as HistoryBreak;
    });
}

export function toHistoryFile(records: readonly BreakRecord[], daysOff: readonly string[], now: number): HistoryFile {
  return {
    format: HISTORY_FORMAT,
    version: HISTORY_VERSION,
    exportedAt: toOffsetIso(now),
    breaks: exportedBreaks(records),
    // "YYYY-MM-DD" sorts as text in date order.
    daysOff: [...new Set(daysOff)].sort(),
  };
}

export function serializeHistory(file: HistoryFile): string {
  return JSON.stringify(file, null, 2) + '\n';
}

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection");
// tab and carriage return are on OWASP's list too.
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180: quote a cell holding a comma, quote, CR or LF, and double the quotes inside. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function historyToCsv(records: readonly BreakRecord[]): string {
  const rows = exportedBreaks(records).map((b) =>
    BREAK_FIELDS.map((key) => {
      const value = b[key];
      if (value === undefined) return '';
      const text = String(value);
      // Only ids are guarded: they are free text that an imported file may have set to "=HYPERLINK(…)".
      // Every other cell is ours: an ISO time starting with a digit, a kind or routine id from a
      // fixed list, or a number, where a leading apostrophe would turn "-1" into text.
      return csvCell(key === 'id' && FORMULA_START.test(text) ? `'${text}` : text);
    }).join(','),
  );
  // RFC 4180 uses CRLF; ending the last row with it too is allowed and what spreadsheets write.
  return [BREAK_FIELDS.join(','), ...rows].map((line) => line + '\r\n').join('');
}
