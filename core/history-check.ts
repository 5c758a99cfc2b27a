// The rules a history file's breaks and days off must follow: one check, used by the import and by the export.
import { isIntegerIn, MAX_INTENSITY, MAX_SECONDS, type BreakRecord } from './breaks';
import { isDayKey } from './day';
import { BREAK_FIELDS, EXPORTED_KINDS, isExportedKind, MAX_ID_LENGTH, MAX_YEAR, MIN_YEAR, parseOffsetDate } from './history-file';
import type { ImportProblemCode, ProblemList } from './history-problems';
import { isRoutineId } from './routines';
import { DAY as DAY_MS } from './time';

const KNOWN_FIELDS: ReadonlySet<string> = new Set(BREAK_FIELDS);

export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** What the checks of one file share: ids seen so far, the problems, and the clock. */
export interface CheckContext {
  firstIndexOfId: Map<string, number>;
  problems: ProblemList;
  /** Epoch ms; a break more than a day after it is refused. Without it only the years count. */
  now: number | undefined;
}

/** Checks one break, adding its problems; the record when it has none. */
export function checkBreak(raw: unknown, index: number, context: CheckContext): BreakRecord | undefined {
  const { firstIndexOfId, problems, now } = context;
  const path = `breaks[${index}]`;
  if (!isObject(raw)) {
    problems.add(path, 'not-object');
    return undefined;
  }
  const before = problems.count;
  const report = (field: string, code: ImportProblemCode, detail?: string) => problems.add(`${path}.${field}`, code, detail);
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

  // Object.keys lists an own "__proto__" key that JSON.parse made: it is reported like any other.
  for (const key of Object.keys(raw)) if (!KNOWN_FIELDS.has(key)) report(key, 'unknown-field', key);
  // Every required field passed its check when nothing was reported, so `out` is complete.
  return problems.count === before ? (out as BreakRecord) : undefined;
}

/** Checks the days off, adding their problems; the valid ones, each once, in file order. */
export function checkDaysOff(raw: unknown, problems: ProblemList): string[] {
  // The format lets a file leave days off out: it then has none.
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.add('daysOff', 'not-array');
    return [];
  }
  const firstIndex = new Map<string, number>();
  raw.forEach((day: unknown, i) => {
    const path = `daysOff[${i}]`;
    if (typeof day !== 'string') problems.add(path, 'not-string');
    else if (!isDayKey(day)) problems.add(path, 'bad-day');
    else if (firstIndex.has(day)) problems.add(path, 'duplicate-day', String(firstIndex.get(day)));
    else firstIndex.set(day, i);
  });
  return [...firstIndex.keys()];
}
