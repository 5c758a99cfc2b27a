// Reading a history file back: checks the whole file and lists every problem with where it is, or returns the breaks.
import { isIntegerIn, MAX_INTENSITY, MAX_SECONDS, type BreakRecord } from './breaks';
import { isDayKey } from './day';
import {
  BREAK_FIELDS,
  EXPORTED_KINDS,
  HISTORY_FORMAT,
  HISTORY_VERSION,
  isExportedKind,
  MAX_BREAKS,
  MAX_FILE_LENGTH,
  MAX_ID_LENGTH,
  parseOffsetDate,
} from './history-file';
import { isRoutineId } from './routines';
import { DAY as DAY_MS } from './time';

/** Each code has a message `import_problem_<code with - as _>`. */
export const IMPORT_PROBLEM_CODES = [
  'too-large',
  'empty',
  'not-json',
  'not-object',
  'unknown-format',
  'newer-version',
  'bad-version',
  'too-many',
  'not-array',
  'missing',
  'not-string',
  'empty-id',
  'id-too-long',
  'duplicate-id',
  'not-offset-date',
  'out-of-range-date',
  'bad-kind',
  'bad-routine',
  'routine-missing',
  'bad-seconds',
  'not-boolean',
  'bad-intensity',
  'unknown-field',
  'bad-day',
  'duplicate-day',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

/** The `_locales` key of a problem's message: "bad-date" → "import_problem_bad_date". */
export function importProblemKey(code: ImportProblemCode): string {
  return `import_problem_${code.replaceAll('-', '_')}`;
}

export interface ImportProblem {
  /** Where in the file: "(file)", "version", "breaks[12].at", "daysOff[3]". */
  path: string;
  code: ImportProblemCode;
  detail?: string;
}

export type ParsedHistory = { ok: true; breaks: BreakRecord[]; daysOff: string[] } | { ok: false; problems: ImportProblem[] };

export const FILE_PATH = '(file)';
// A break dated before 2000 or after 2100 comes from a typo or a broken clock, not from anyone's history.
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

const problem = (path: string, code: ImportProblemCode, detail?: string): ImportProblem =>
  detail === undefined ? { path, code } : { path, code, detail };

const fail = (path: string, code: ImportProblemCode, detail?: string): ParsedHistory => ({
  ok: false,
  problems: [problem(path, code, detail)],
});

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks one break, adding its problems; the record when it has none. */
function checkBreak(
  raw: unknown,
  index: number,
  firstIndexOfId: Map<string, number>,
  problems: ImportProblem[],
  now: number | undefined,
): BreakRecord | undefined {
  const path = `breaks[${index}]`;
  if (!isObject(raw)) {
    problems.push(problem(path, 'not-object'));
    return undefined;
  }
  const before = problems.length;
  const report = (field: string, code: ImportProblemCode, detail?: string) =>
    problems.push(problem(`${path}.${field}`, code, detail));
  // Filled in BreakRecord's own key order as fields pass their checks.
  const out: Partial<BreakRecord> = {};

  const { id, at, kind, routineId, seconds, completed, intensityBefore, intensityAfter } = raw;
  if (id === undefined) report('id', 'missing');
  else if (typeof id !== 'string') report('id', 'not-string');
  else if (id.trim() === '') report('id', 'empty-id');
  else if (id.length > MAX_ID_LENGTH) report('id', 'id-too-long', String(id.length));
  else if (firstIndexOfId.has(id)) report('id', 'duplicate-id', String(firstIndexOfId.get(id)));
  else {
    firstIndexOfId.set(id, index);
    out.id = id;
  }

  if (at === undefined) report('at', 'missing');
  else if (typeof at !== 'string') report('at', 'not-string');
  else {
    const parsed = parseOffsetDate(at);
    if (!parsed) report('at', 'not-offset-date');
    else if (parsed.year < MIN_YEAR || parsed.year > MAX_YEAR || (now !== undefined && parsed.time > now + DAY_MS)) {
      report('at', 'out-of-range-date');
    } else {
      // Kept exactly as written: the offset is the user's local time then, which a re-format would lose.
      out.at = at;
      out.time = parsed.time;
    }
  }

  if (kind === undefined) report('kind', 'missing');
  else if (typeof kind !== 'string') report('kind', 'not-string');
  else if (!isExportedKind(kind)) report('kind', 'bad-kind', EXPORTED_KINDS.join(', '));
  else out.kind = kind;

  if (routineId === undefined) {
    if (kind === 'routine') report('routineId', 'routine-missing');
  } else if (typeof routineId !== 'string') report('routineId', 'not-string');
  else if (!isRoutineId(routineId)) report('routineId', 'bad-routine');
  else out.routineId = routineId;

  if (seconds !== undefined) {
    if (isIntegerIn(seconds, 0, MAX_SECONDS)) out.seconds = seconds;
    else report('seconds', 'bad-seconds');
  }
  if (completed !== undefined) {
    if (typeof completed === 'boolean') out.completed = completed;
    else report('completed', 'not-boolean');
  }
  if (intensityBefore !== undefined) {
    if (isIntegerIn(intensityBefore, 0, MAX_INTENSITY)) out.intensityBefore = intensityBefore;
    else report('intensityBefore', 'bad-intensity');
  }
  if (intensityAfter !== undefined) {
    if (isIntegerIn(intensityAfter, 0, MAX_INTENSITY)) out.intensityAfter = intensityAfter;
    else report('intensityAfter', 'bad-intensity');
  }

  for (const key of Object.keys(raw)) {
    if (!(BREAK_FIELDS as readonly string[]).includes(key)) report(key, 'unknown-field', key);
  }
  // Every required field passed its check when nothing was reported, so `out` is complete.
  return problems.length === before ? (out as BreakRecord) : undefined;
}

function checkDaysOff(raw: unknown, problems: ImportProblem[]): string[] {
  // The format lets a file leave days off out: it then has none.
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push(problem('daysOff', 'not-array'));
    return [];
  }
  const firstIndex = new Map<string, number>();
  raw.forEach((day: unknown, i) => {
    const path = `daysOff[${i}]`;
    if (typeof day !== 'string') problems.push(problem(path, 'not-string'));
    else if (!isDayKey(day)) problems.push(problem(path, 'bad-day'));
    else if (firstIndex.has(day)) problems.push(problem(path, 'duplicate-day', String(firstIndex.get(day))));
    else firstIndex.set(day, i);
  });
  return [...firstIndex.keys()];
}

/**
 * Checks a whole history file before anything is imported, so the user sees every problem at
 * once. `now` (epoch ms) also rejects breaks more than a day in the future; without it only
 * years 2000 to 2100 are accepted.
 */
export function parseHistoryFile(text: string, now?: number): ParsedHistory {
  // Checked before parsing: JSON.parse of a huge file would hang the page before we could say why.
  if (text.length > MAX_FILE_LENGTH) return fail(FILE_PATH, 'too-large');
  // Some Windows editors save UTF-8 with a byte order mark, which JSON.parse rejects.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return fail(FILE_PATH, 'empty');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    // The engine's message says where parsing stopped (line and column in Firefox, position in Chrome).
    return fail(FILE_PATH, 'not-json', e instanceof Error ? e.message : undefined);
  }
  if (!isObject(data)) return fail(FILE_PATH, 'not-object');
  // Another program's JSON: listing its "problems" against our format would only confuse.
  if (data.format !== HISTORY_FORMAT) return fail('format', 'unknown-format');
  const { version, breaks } = data;
  // A newer file may mean things this version cannot read; the fix is to update, not to edit the file.
  if (typeof version === 'number' && Number.isInteger(version) && version > HISTORY_VERSION) {
    return fail('version', 'newer-version', String(version));
  }
  if (Array.isArray(breaks) && breaks.length > MAX_BREAKS) return fail('breaks', 'too-many', String(breaks.length));

  const problems: ImportProblem[] = [];
  if (version !== HISTORY_VERSION) problems.push(problem('version', 'bad-version'));
  const records: BreakRecord[] = [];
  if (breaks === undefined) problems.push(problem('breaks', 'missing'));
  else if (!Array.isArray(breaks)) problems.push(problem('breaks', 'not-array'));
  else {
    const firstIndexOfId = new Map<string, number>();
    breaks.forEach((raw: unknown, i) => {
      const record = checkBreak(raw, i, firstIndexOfId, problems, now);
      if (record) records.push(record);
    });
  }
  const daysOff = checkDaysOff(data.daysOff, problems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, breaks: records, daysOff };
}
