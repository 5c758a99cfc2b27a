// Policy `customRoutines`: an organization's routine pack, every text given per language. Its check (each routine
// and each step on its own, the rest of the pack still applies) and the routines staff see, in their language.
import { checkRoutineDefinition, customRoutine, ROUTINE_NAME_MAX, STEP_TEXT_MAX, type RoutineDefinition, type StepDefinition } from './custom-routine';
import { ProblemList } from './history-problems';
import { MINE_PREFIX, type Routine } from './routines';
import type { SettingProblem } from './settings';

/** A pack holds at most this many routines (each at most custom-routine's MAX_STEPS steps). */
export const MAX_ORGANIZATION_ROUTINES = 20;

/** A text per language: `{ "en": "Desk reset", "de": "Schreibtisch-Pause", "pt-BR": … }`, in the order given. */
export type LocalizedText = Readonly<Record<string, string>>;

export interface OrganizationStep extends Omit<StepDefinition, 'text'> {
  text: LocalizedText;
}

export interface OrganizationRoutine {
  id: string;
  name: LocalizedText;
  steps: readonly OrganizationStep[];
}

/** A language tag as browsers give them ("en", "pt-BR", "zh-Hant-TW"); Chrome's "pt_BR" is read as "pt-BR". */
const LOCALE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const normalLocale = (key: string) => key.replaceAll('_', '-');

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
/** The rule custom-routine applies to a name or a step's text: one line, not blank, within `max` characters. */
const isLine = (x: unknown, max: number): x is string => typeof x === 'string' && x.trim() !== '' && x.length <= max && !/[\r\n]/.test(x);

/**
 * A text per language at `path`: each language's entry checked on its own (a bad one is left out and listed, the
 * others still apply); undefined when no language is left.
 */
function checkLocalized(raw: unknown, path: string, max: number, problems: SettingProblem[]): LocalizedText | undefined {
  if (!isObject(raw)) {
    problems.push({ name: path, reason: 'no-text', detail: '' });
    return undefined;
  }
  const texts: Record<string, string> = {};
  for (const [key, text] of Object.entries(raw)) {
    if (!LOCALE.test(normalLocale(key))) problems.push({ name: `${path}.${key}`, reason: 'bad-locale', detail: key });
    else if (!isLine(text, max)) problems.push({ name: `${path}.${key}`, reason: 'bad-routine-text', detail: `1–${max}` });
    else texts[normalLocale(key)] = text;
  }
  if (Object.keys(texts).length > 0) return texts;
  // Every entry was listed already; an empty object says nothing by itself.
  if (Object.keys(raw).length === 0) problems.push({ name: path, reason: 'no-text', detail: '' });
  return undefined;
}

/** A problem custom-routine found, for the Administrator note: its message is the importer's, with its path. */
const fromDefinition = (p: { path: string; code: string; detail?: string }): SettingProblem => ({
  name: p.path,
  reason: 'routine-definition',
  code: p.code,
  detail: p.detail ?? '',
});

const firstText = (text: LocalizedText) => Object.values(text)[0]!;

/** One routine of the pack at `path`, or undefined; its problems added. A bad step is left out alone. */
function checkOrganizationRoutine(raw: unknown, path: string, problems: SettingProblem[]): OrganizationRoutine | undefined {
  if (!isObject(raw)) {
    problems.push(fromDefinition({ path, code: 'not-object' }));
    return undefined;
  }
  const name = raw['name'] === undefined ? undefined : checkLocalized(raw['name'], `${path}.name`, ROUTINE_NAME_MAX, problems);
  const rawSteps = raw['steps'];
  // Each step's texts are checked here, per language; custom-routine checks the rest of it, with one text standing
  // in for all (each passed the same rule), so its rules for ids, counts, seconds, figures and sides are the pack's.
  const texts: (LocalizedText | undefined)[] = [];
  const steps = Array.isArray(rawSteps)
    ? rawSteps.map((step: unknown, i) => {
        if (!isObject(step) || step['text'] === undefined) return step;
        const text = checkLocalized(step['text'], `${path}.steps[${i}].text`, STEP_TEXT_MAX, problems);
        texts[i] = text;
        return { ...step, text: text ? firstText(text) : 'x' };
      })
    : rawSteps;
  const own = new ProblemList();
  const stand = { ...raw, steps, ...(raw['name'] === undefined ? {} : { name: name ? firstText(name) : 'x' }) };
  checkRoutineDefinition(stand, path, own);
  const stepOf = (p: { path: string }) => (p.path.startsWith(`${path}.steps[`) ? Number(/^\[(\d+)\]/.exec(p.path.slice(`${path}.steps`.length))?.[1]) : undefined);
  problems.push(...own.listed.map(fromDefinition));
  const routineProblems = own.listed.filter((p) => stepOf(p) === undefined);
  if (routineProblems.length > 0 || !name) return undefined;
  if (typeof raw['id'] === 'string' && raw['id'].startsWith(MINE_PREFIX)) {
    problems.push({ name: `${path}.id`, reason: 'organization-routine-id', detail: MINE_PREFIX });
    return undefined;
  }
  const badSteps = new Set(own.listed.map(stepOf));
  const kept = (steps as unknown[]).flatMap((step, i) => (badSteps.has(i) || !texts[i] ? [] : [{ step, text: texts[i]! }]));
  if (kept.length === 0) {
    problems.push({ name: `${path}.steps`, reason: 'no-valid-step', detail: '' });
    return undefined;
  }
  // The steps left, checked once more together: the definition custom-routine keeps, in its field order.
  const again = new ProblemList();
  const definition = checkRoutineDefinition({ ...stand, steps: kept.map((k) => k.step) }, path, again) as RoutineDefinition;
  return {
    id: definition.id,
    name,
    steps: definition.steps.map((step, i) => ({ ...step, text: kept[i]!.text })),
  };
}

/**
 * Reads the policy's `customRoutines`: at most MAX_ORGANIZATION_ROUTINES routines (the ones after are listed and
 * left out), each id once. Every invalid routine, step or language is ignored alone and listed; the rest applies.
 */
export function parseCustomRoutines(raw: unknown): { routines: OrganizationRoutine[]; problems: SettingProblem[] } {
  const problems: SettingProblem[] = [];
  if (!Array.isArray(raw)) {
    problems.push({ name: 'customRoutines', reason: 'bad-custom-routines', detail: '' });
    return { routines: [], problems };
  }
  const routines: OrganizationRoutine[] = [];
  const first = new Map<string, number>();
  raw.slice(0, MAX_ORGANIZATION_ROUTINES).forEach((item: unknown, i) => {
    const routine = checkOrganizationRoutine(item, `customRoutines[${i}]`, problems);
    if (!routine) return;
    if (first.has(routine.id)) {
      problems.push({ name: `customRoutines[${i}].id`, reason: 'duplicate-routine-id', detail: `customRoutines[${first.get(routine.id)}]` });
      return;
    }
    first.set(routine.id, i);
    routines.push(routine);
  });
  if (raw.length > MAX_ORGANIZATION_ROUTINES) {
    problems.push({ name: 'customRoutines', reason: 'too-many-organization-routines', detail: String(MAX_ORGANIZATION_ROUTINES) });
  }
  return { routines, problems };
}

/** A policy's pack as given (Policy.customRoutines): none when the policy has none. */
export function packOf(raw: unknown): { routines: OrganizationRoutine[]; problems: SettingProblem[] } {
  return raw === undefined ? { routines: [], problems: [] } : parseCustomRoutines(raw);
}

/**
 * The text for `locale` ("pt-BR"): that language exactly, else the same language in another region ("pt"), else
 * English, else the first given.
 */
export function textFor(text: LocalizedText, locale: string): string {
  const tags = Object.keys(text);
  const lower = normalLocale(locale).toLowerCase();
  const base = lower.split('-')[0];
  const chosen =
    tags.find((t) => t.toLowerCase() === lower) ??
    tags.find((t) => t.toLowerCase() === base) ??
    tags.find((t) => t.toLowerCase().split('-')[0] === base) ??
    tags.find((t) => t.toLowerCase() === 'en') ??
    tags.find((t) => t.toLowerCase().split('-')[0] === 'en') ??
    tags[0]!;
  return text[chosen]!;
}

/** The pack as the player plays it, in `locale`: each routine marked as the organization's. */
export function organizationRoutines(routines: readonly OrganizationRoutine[], locale: string): Routine[] {
  return routines.map((r) =>
    customRoutine({ id: r.id, name: textFor(r.name, locale), steps: r.steps.map((s) => ({ ...s, text: textFor(s.text, locale) })) }, 'organization'),
  );
}

/**
 * The pack's routines offered, in `locale`: those the effective enabledRoutines names, or all of them when it names
 * none (a list of built-in routines only, from before the pack, never hides it).
 */
export function offeredOrganizationRoutines(routines: readonly OrganizationRoutine[], enabled: readonly string[], locale: string): Routine[] {
  const named = routines.filter((r) => enabled.includes(r.id));
  return organizationRoutines(named.length > 0 ? named : routines, locale);
}
