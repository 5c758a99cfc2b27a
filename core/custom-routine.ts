// A routine someone other than Unknot wrote (the user's own, an organization's): its definition, the one check
// every definition passes (the importer's: every problem listed by field, nothing kept half), and the routine it plays as.
import { ProblemList, type ImportProblem, type ImportProblemCode } from './history-problems';
import { ILLUSTRATION_IDS, type IllustrationId, type Side } from './illustrations';
import { isRoutineId, isRoutineIdShape, type Routine, type RoutineId, type RoutineSource } from './routines';

/** A step as the user writes it: the text is literal, not a message key. */
export interface StepDefinition {
  text: string;
  seconds: number;
  /** One of core/illustrations' figures; none shows the text alone. */
  illustration?: IllustrationId;
  side?: Side;
  /** A still hold on a tender spot: asks for intensity, held back from 7 on, 10–30 seconds. */
  pressure?: boolean;
}

export interface RoutineDefinition {
  id: string;
  name: string;
  steps: StepDefinition[];
}

export const ROUTINE_NAME_MAX = 80;
export const MAX_STEPS = 30;
export const STEP_TEXT_MAX = 300;
export const STEP_SECONDS = { min: 5, max: 300 } as const;
/** The holds the built-in massage routines are built on: long enough to ease, short of numbness. */
export const PRESSURE_SECONDS = { min: 10, max: 30 } as const;
/** My routines, or one history file's, at most: far more than anyone writes, small enough to store and list. */
export const MAX_ROUTINES = 100;
/** A custom routine with pressure steps offers this one instead once the intensity reaches 7. */
export const GENTLER_FOR_CUSTOM: RoutineId = 'desk-movement';

const ROUTINE_FIELDS = ['id', 'name', 'steps'] as const satisfies readonly (keyof RoutineDefinition)[];
const STEP_FIELDS = ['text', 'seconds', 'illustration', 'side', 'pressure'] as const satisfies readonly (keyof StepDefinition)[];

// Not history-check's: the history file's types import this module's, and a cycle would follow.
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** One line, not blank, within `max` characters. */
const isText = (x: string, max: number) => x.trim() !== '' && x.length <= max && !/[\r\n]/.test(x);
const isWholeIn = (x: unknown, range: { min: number; max: number }) => typeof x === 'number' && Number.isInteger(x) && x >= range.min && x <= range.max;

function checkStep(raw: unknown, path: string, problems: ProblemList): StepDefinition | undefined {
  if (!isObject(raw)) return void problems.add(path, 'not-object');
  const before = problems.count;
  const report = (field: string, code: ImportProblemCode, detail?: string) => problems.add(`${path}.${field}`, code, detail);
  const { text, seconds, illustration, side, pressure } = raw;

  if (text === undefined) report('text', 'missing');
  else if (typeof text !== 'string') report('text', 'not-string');
  else if (!isText(text, STEP_TEXT_MAX)) report('text', 'bad-step-text');

  if (pressure !== undefined && typeof pressure !== 'boolean') report('pressure', 'not-boolean');
  if (seconds === undefined) report('seconds', 'missing');
  // A pressure step is held 10–30 s; whether it is one is known only when its mark is readable.
  else if (pressure === true && !isWholeIn(seconds, PRESSURE_SECONDS)) report('seconds', 'bad-pressure-seconds');
  else if (!isWholeIn(seconds, STEP_SECONDS)) report('seconds', 'bad-step-seconds');

  if (illustration !== undefined && !(ILLUSTRATION_IDS as readonly unknown[]).includes(illustration)) report('illustration', 'bad-illustration');
  if (side !== undefined && side !== 'left' && side !== 'right') report('side', 'bad-side');
  for (const key of Object.keys(raw)) if (!(STEP_FIELDS as readonly string[]).includes(key)) report(key, 'unknown-routine-field', key);
  if (problems.count !== before) return undefined;
  // Built afresh in a fixed key order, the optional fields only when given.
  return {
    text: text as string,
    seconds: seconds as number,
    ...(illustration === undefined ? {} : { illustration: illustration as IllustrationId }),
    ...(side === undefined ? {} : { side: side as Side }),
    ...(pressure === undefined ? {} : { pressure: pressure as boolean }),
  };
}

/**
 * Checks one routine definition at `path` ("routines[2]"; "" for a definition alone), adding every problem
 * with the field it is in ("routines[2].steps[0].seconds"); the definition when it has none, else nothing.
 */
export function checkRoutineDefinition(raw: unknown, path: string, problems: ProblemList): RoutineDefinition | undefined {
  const at = (field: string) => (path === '' ? field : `${path}.${field}`);
  if (!isObject(raw)) return void problems.add(path === '' ? '(routine)' : path, 'not-object');
  const before = problems.count;
  const { id, name, steps } = raw;

  if (id === undefined) problems.add(at('id'), 'missing');
  else if (!isRoutineIdShape(id)) problems.add(at('id'), 'bad-routine');
  // A definition never replaces a routine Unknot ships.
  else if (isRoutineId(id)) problems.add(at('id'), 'built-in-id', id);

  if (name === undefined) problems.add(at('name'), 'missing');
  else if (typeof name !== 'string') problems.add(at('name'), 'not-string');
  else if (!isText(name, ROUTINE_NAME_MAX)) problems.add(at('name'), 'bad-routine-name');

  const checked: StepDefinition[] = [];
  if (steps === undefined) problems.add(at('steps'), 'missing');
  else if (!Array.isArray(steps)) problems.add(at('steps'), 'not-array');
  else {
    if (steps.length < 1 || steps.length > MAX_STEPS) problems.add(at('steps'), 'bad-step-count', String(steps.length));
    // Past the limit, the steps are not checked one by one: the count is the problem.
    else steps.forEach((step: unknown, i) => {
      const ok = checkStep(step, `${at('steps')}[${i}]`, problems);
      if (ok) checked.push(ok);
    });
  }
  for (const key of Object.keys(raw)) if (!(ROUTINE_FIELDS as readonly string[]).includes(key)) problems.add(at(key), 'unknown-routine-field', key);
  return problems.count === before ? { id: id as string, name: name as string, steps: checked } : undefined;
}

/** A definition alone (the editor's, one of a policy's): it, or every problem it has. */
export function validateRoutine(raw: unknown): { ok: true; definition: RoutineDefinition } | { ok: false; problems: ImportProblem[] } {
  const problems = new ProblemList();
  const definition = checkRoutineDefinition(raw, '', problems);
  return definition ? { ok: true, definition } : { ok: false, problems: problems.listed };
}

/**
 * Checks a list of definitions at `path` (a history file's `routines`), adding every problem; the valid
 * ones, each id once, in list order. Absent means none.
 */
export function checkRoutineList(raw: unknown, problems: ProblemList, path = 'routines'): RoutineDefinition[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.add(path, 'not-array');
    return [];
  }
  if (raw.length > MAX_ROUTINES) {
    problems.add(path, 'too-many-routines', String(raw.length));
    return [];
  }
  const firstIndex = new Map<string, number>();
  const out: RoutineDefinition[] = [];
  raw.forEach((item: unknown, i) => {
    const definition = checkRoutineDefinition(item, `${path}[${i}]`, problems);
    if (!definition) return;
    if (firstIndex.has(definition.id)) return problems.add(`${path}[${i}].id`, 'duplicate-id', String(firstIndex.get(definition.id)));
    firstIndex.set(definition.id, i);
    out.push(definition);
  });
  return out;
}

/** The routine a checked definition plays as: with a pressure step it is a massage routine (intensity, gate, stop signs). */
export function customRoutine(definition: RoutineDefinition, source: Exclude<RoutineSource, 'built-in'> = 'mine'): Routine {
  const massage = definition.steps.some((s) => s.pressure === true);
  return {
    id: definition.id,
    source,
    name: definition.name,
    needs: [],
    massage,
    ...(massage ? { gentler: GENTLER_FOR_CUSTOM } : {}),
    steps: definition.steps,
  };
}

/** The definition of a routine, as the editor starts from it and the history file writes it; a built-in one's texts translated by `t`. */
export function definitionOf(routine: Routine, t: (key: string) => string, id = routine.id, name?: string): RoutineDefinition {
  const text = (s: string) => (routine.source === 'built-in' ? t(s) : s);
  return {
    id,
    name: name ?? text(routine.name),
    steps: routine.steps.map((s) => ({
      text: text(s.text),
      seconds: s.seconds,
      ...(s.illustration === undefined ? {} : { illustration: s.illustration }),
      ...(s.side === undefined ? {} : { side: s.side }),
      ...(s.pressure === undefined ? {} : { pressure: s.pressure }),
    })),
  };
}

/** The list with the item at `index` swapped with its neighbour `by` away; unchanged when that is past either end. */
export function moveStep<T>(steps: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || index >= steps.length || to < 0 || to >= steps.length) return [...steps];
  const next = [...steps];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}
