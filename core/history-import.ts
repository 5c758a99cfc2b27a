// Reading a history file back: checks the whole file and lists its problems with where they are, or returns the breaks.
import type { BreakRecord } from './breaks';
import { checkRoutineList, type RoutineDefinition } from './custom-routine';
import { checkBreak, checkDayOffRanges, checkDaysOff, isObject, type CheckContext } from './history-check';
import { HISTORY_FORMAT, HISTORY_VERSION, HISTORY_VERSIONS, MAX_BREAKS, MAX_FILE_LENGTH, type DayOffRange, type HistoryVersion } from './history-file';
import { FILE_PATH, ProblemList, refused, type ImportRefused } from './history-problems';

export {
  FILE_PATH,
  IMPORT_PROBLEM_CODES,
  importProblemKey,
  MAX_LISTED_PROBLEMS,
  refused,
  type ImportProblem,
  type ImportProblemCode,
  type ImportRefused,
} from './history-problems';

/** The core's reading of a file: its breaks and days off, or its first problems and how many more. */
export type ParsedHistory =
  /** `routines` only when the file has definitions (version 2's optional list). */
  | { ok: true; breaks: BreakRecord[]; daysOff: string[]; dayOffRanges: DayOffRange[]; routines?: RoutineDefinition[] }
  | ImportRefused;

/** JSON.parse, or why it could not read the text. */
function parseJson(body: string): { data: unknown } | ImportRefused {
  try {
    return { data: JSON.parse(body) };
  } catch (e) {
    // A SyntaxError's message says where parsing stopped (line and column in Firefox, position in
    // Chrome). Anything else is the engine giving up on the file's depth: a RangeError "Maximum call
    // stack size exceeded", or Firefox's InternalError "too much recursion".
    if (e instanceof SyntaxError) return refused(FILE_PATH, 'not-json', e.message);
    return refused(FILE_PATH, 'too-deep', e instanceof Error ? e.message : undefined);
  }
}

/**
 * Checks a whole history file before anything is imported, so the user sees its problems at once
 * (the first MAX_LISTED_PROBLEMS, and a count of the rest). `now` (epoch ms) also rejects breaks
 * more than a day in the future; without it only years 2000 to 2100 are accepted. The work is
 * linear in the file's length: one JSON.parse, then one pass over the breaks and days off.
 */
export function parseHistoryFile(text: string, now?: number): ParsedHistory {
  // Checked before parsing: JSON.parse of a huge file would hang the page before we could say why.
  if (text.length > MAX_FILE_LENGTH) return refused(FILE_PATH, 'too-large');
  // Some Windows editors save UTF-8 with a byte order mark, which JSON.parse rejects.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return refused(FILE_PATH, 'empty');
  const json = parseJson(body);
  if (!('data' in json)) return json;
  const { data } = json;
  if (!isObject(data)) return refused(FILE_PATH, 'not-object');
  // Another program's JSON: listing its "problems" against our format would only confuse.
  if (data.format !== HISTORY_FORMAT) return refused('format', 'unknown-format');
  const { version, breaks } = data;
  // A newer file may mean things this version cannot read; the fix is to update, not to edit the file.
  if (typeof version === 'number' && Number.isInteger(version) && version > HISTORY_VERSION) {
    return refused('version', 'newer-version', String(version));
  }
  if (Array.isArray(breaks) && breaks.length > MAX_BREAKS) return refused('breaks', 'too-many', String(breaks.length));

  const problems = new ProblemList();
  // JSON.parse keeps a "__proto__" key as an own field (it never sets a prototype); no history file
  // has one, so it is named rather than passed over like other top-level fields we do not use.
  if (Object.hasOwn(data, '__proto__')) problems.add('__proto__', 'unknown-field', '__proto__');
  const known = (HISTORY_VERSIONS as readonly unknown[]).includes(version);
  if (!known) problems.add('version', 'bad-version');
  // Each version is read by its own rules: a version 1 file holds no scheduler events and no ranges.
  const fileVersion = (known ? version : HISTORY_VERSION) as HistoryVersion;
  const records: BreakRecord[] = [];
  if (breaks === undefined) problems.add('breaks', 'missing');
  else if (!Array.isArray(breaks)) problems.add('breaks', 'not-array');
  else {
    const context: CheckContext = { firstIndexOfId: new Map(), problems, now, version: fileVersion };
    breaks.forEach((raw: unknown, i) => {
      const record = checkBreak(raw, i, context);
      // Once the file is refused its records are never used: do not hold them.
      if (record && problems.count === 0) records.push(record);
    });
  }
  const daysOff = checkDaysOff(data.daysOff, problems);
  if (fileVersion === 1 && data.dayOffRanges !== undefined) problems.add('dayOffRanges', 'unknown-field', 'dayOffRanges');
  const dayOffRanges = fileVersion === 1 ? [] : checkDayOffRanges(data.dayOffRanges, problems);
  if (fileVersion === 1 && data.routines !== undefined) problems.add('routines', 'unknown-field', 'routines');
  // The editor's own check: a definition with any problem refuses the file, as a bad break does.
  const routines = fileVersion === 1 ? [] : checkRoutineList(data.routines, problems);
  if (problems.count > 0) return problems.refusal();
  return { ok: true, breaks: records, daysOff, dayOffRanges, ...(data.routines === undefined ? {} : { routines }) };
}
