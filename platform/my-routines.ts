// The user's own routines ("My routines") in storage.local, as one WXT storage item checked by core/custom-routine.
import { checkRoutineList, customRoutine, type RoutineDefinition } from '../core/custom-routine';
import { ProblemList, type ImportProblem } from '../core/history-problems';
import type { Routine } from '../core/routines';
import { versionedItem } from './storage-item';

/** v1: the list of definitions, in the user's order. */
const myRoutines = versionedItem('local:myRoutines', 1, {});

/** The stored definitions that pass the check (a damaged one is left out with a warning, never half used). */
function definitionsOf(raw: unknown): RoutineDefinition[] {
  if (raw === null || raw === undefined) return [];
  const problems = new ProblemList();
  const list = checkRoutineList(raw, problems, 'myRoutines');
  if (problems.count > 0) console.warn('Unknot: some stored routines of your own are unreadable; leaving them out.', problems.listed);
  return list;
}

export async function loadMyRoutineDefinitions(): Promise<RoutineDefinition[]> {
  return definitionsOf((await myRoutines.read()).raw);
}

/** The user's routines as the player plays them. */
export async function loadMyRoutines(): Promise<Routine[]> {
  return (await loadMyRoutineDefinitions()).map((d) => customRoutine(d));
}

/**
 * Replaces the whole list, after checking all of it: one problem anywhere and nothing is saved.
 * Resolves to the problems (none when saved); rejects with a StorageWriteError when storage refuses.
 */
export async function saveMyRoutines(definitions: readonly RoutineDefinition[]): Promise<ImportProblem[]> {
  const problems = new ProblemList();
  const checked = checkRoutineList(definitions, problems, 'myRoutines');
  if (problems.count > 0) return problems.listed;
  await myRoutines.save(checked.length === 0 ? undefined : checked);
  return [];
}

/** Adds the definitions whose id is not there yet (an imported history's), keeping every stored one; how many were added. */
export async function addMissingRoutines(definitions: readonly RoutineDefinition[]): Promise<number> {
  const stored = await loadMyRoutineDefinitions();
  const known = new Set(stored.map((d) => d.id));
  const missing = definitions.filter((d) => !known.has(d.id));
  if (missing.length === 0) return 0;
  const problems = await saveMyRoutines([...stored, ...missing]);
  if (problems.length > 0) throw new Error(`Unknot: the imported routines do not fit My routines: ${problems.map((p) => p.code).join(', ')}`);
  return missing.length;
}

export async function deleteMyRoutines(): Promise<void> {
  await myRoutines.save(undefined);
}

/** The list as another page changed it. */
export function watchMyRoutines(changed: (routines: Routine[]) => void): () => void {
  return myRoutines.item.watch((raw) => changed(definitionsOf(raw).map((d) => customRoutine(d))));
}
