// The rules a history file's breaks and days off must follow: one check, used by the import and by the export.
import { isIntegerIn, MAX_INTENSITY, MAX_SECONDS, type BreakRecord } from './breaks';
import { isDayKey } from './day';
import {
  BREAK_FIELDS,
  isKindOf,
  isLine,
  KINDS_OF_VERSION,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_NAME_LENGTH,
  MAX_YEAR,
  MIN_YEAR,
  parseOffsetDate,
  ROUTINE_ID_SHAPE,
  V1_FIELDS,
  type DayOffRange,
  type HistoryVersion,
} from './history-file';
import type { ImportProblemCode, ProblemList } from './history-problems';
import { rangeProblem } from './day-off-ranges';
import { isRoutineId } from './routines';
import { DAY as DAY_MS } from './time';

const KNOWN_FIELDS: Record<HistoryVersion, ReadonlySet<string>> = { 1: new Set(V1_FIELDS), 2: new Set(BREAK_FIELDS) };

export const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** What the checks of one file share: ids seen so far, the problems, and the clock. */
export interface CheckContext {
  firstIndexOfId: Map<string, number>;
  problems: ProblemList;
  /** Epoch ms; a break more than a day after it is refused. Without it only the years count. */
  now: number | undefined;
  /** The file's version: what kinds, fields and routines it may hold. The newest when not said. */
  version?: HistoryVersion;
}



/** Checks one break, adding its problems; the record when it has none. */
export function checkBreak(raw: unknown, index: number, context: CheckContext): BreakRecord | undefined {
  const { firstIndexOfId, problems, now } = context;
  const version = context.version ?? 2;
  const path = `breaks[${index}]`;
  if (!isObject(raw)) {
    problems.add(path, 'not-object');
    return undefined;
  }
  const before = problems.count;
  const report = (field: string, code: ImportProblemCode, detail?: string) => problems.add(`${path}.${field}`, code, detail);
  // Filled in BreakRecord's own key order as fields pass their checks.
  const out: Partial<BreakRecord> = {};

  const { id, at, kind, routineId, routineName, dueId, seconds, completed, intensityBefore, intensityAfter } = raw;
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
  else if (!isKindOf(version, kind)) report('kind', 'bad-kind', KINDS_OF_VERSION[version].join(', '));
  else out.kind = kind;

  if (routineId === undefined) {
    if (kind === 'routine') report('routineId', 'routine-missing');
  } else if (typeof routineId !== 'string') report('routineId', 'not-string');
  // Version 1 knew only the built-in routines; version 2 keeps a routine this computer does not have.
  else if (version === 1 ? !isRoutineId(routineId) : !ROUTINE_ID_SHAPE.test(routineId)) report('routineId', 'bad-routine');
  else out.routineId = routineId;
  if (routineName !== undefined) {
    if (isLine(routineName, MAX_NAME_LENGTH)) out.routineName = routineName;
    else report('routineName', 'bad-name');
  }
  if (dueId !== undefined) {
    if (isLine(dueId, MAX_ID_LENGTH)) out.dueId = dueId;
    else report('dueId', 'bad-due-id');
  }

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
  for (const key of Object.keys(raw)) if (!KNOWN_FIELDS[version].has(key)) report(key, 'unknown-field', key);
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


/** Checks the ranges of days off (version 2), adding their problems; the valid ones, sorted by start, each once. */
export function checkDayOffRanges(raw: unknown, problems: ProblemList): DayOffRange[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.add('dayOffRanges', 'not-array');
    return [];
  }
  const seen = new Map<string, number>();
  const ranges: DayOffRange[] = [];
  raw.forEach((range: unknown, i) => {
    const path = `dayOffRanges[${i}]`;
    if (!isObject(range)) return problems.add(path, 'not-object');
    const before = problems.count;
    const { from, to, label } = range;
    for (const [field, day] of [['from', from], ['to', to]] as const) {
      if (day === undefined) problems.add(`${path}.${field}`, 'missing');
      else if (typeof day !== 'string') problems.add(`${path}.${field}`, 'not-string');
      else if (!isDayKey(day)) problems.add(`${path}.${field}`, 'bad-day');
    }
    const span = problems.count === before ? rangeProblem({ from: from as string, to: to as string }) : undefined;
    if (span === 'order' || span === 'too-long') problems.add(path, 'bad-range', `${from}..${to}`);
    if (label !== undefined && !isLine(label, MAX_LABEL_LENGTH)) problems.add(`${path}.label`, 'bad-label');
    for (const key of Object.keys(range)) if (!['from', 'to', 'label'].includes(key)) problems.add(`${path}.${key}`, 'unknown-field', key);
    if (problems.count !== before) return;
    const key = `${from}..${to}`;
    if (seen.has(key)) return problems.add(path, 'duplicate-day', String(seen.get(key)));
    seen.set(key, i);
    ranges.push({ from: from as string, to: to as string, ...(label === undefined ? {} : { label: label as string }) });
  });
  // "YYYY-MM-DD" sorts as text in date order.
  return ranges.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0));
}
