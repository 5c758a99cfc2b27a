// What is wrong with a history file: the problem codes, their message keys, and a list that stops growing at 100.

/** Each code has a message `import_problem_<code with - as _>`. */
export const IMPORT_PROBLEM_CODES = [
  'too-large',
  'not-readable',
  'empty',
  'not-json',
  'too-deep',
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
  'bad-name',
  'bad-due-id',
  'bad-range',
  'bad-label',
  // A routine's definition (core/custom-routine.ts): the editor, a history file's `routines`, a policy's.
  'built-in-id',
  'bad-routine-name',
  'bad-step-count',
  'bad-step-text',
  'bad-step-seconds',
  'bad-pressure-seconds',
  'bad-illustration',
  'bad-side',
  'unknown-routine-field',
  'too-many-routines',
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

/** A refused file: its first problems, and how many more there were beyond them. */
export interface ImportRefused {
  ok: false;
  problems: ImportProblem[];
  more: number;
}

/**
 * The problems a result lists; the rest are only counted. A 35 MB file of unknown fields once gave
 * 4.95 million problems and 730 MB of heap, and no one reads past the first screenful anyway.
 */
export const MAX_LISTED_PROBLEMS = 100;

/** The longest field name or path a problem repeats: a hostile file's megabyte-long key stays in the file. */
const MAX_SHOWN_TEXT = 80;

export const FILE_PATH = '(file)';

const shortened = (text: string) => (text.length > MAX_SHOWN_TEXT ? `${text.slice(0, MAX_SHOWN_TEXT - 1)}…` : text);

function problem(path: string, code: ImportProblemCode, detail?: string): ImportProblem {
  return detail === undefined ? { path: shortened(path), code } : { path: shortened(path), code, detail: shortened(detail) };
}

/** A file refused for a single reason. */
export function refused(path: string, code: ImportProblemCode, detail?: string): ImportRefused {
  return { ok: false, problems: [problem(path, code, detail)], more: 0 };
}

/** Collects problems in file order: the first MAX_LISTED_PROBLEMS in full, every later one as a count. */
export class ProblemList {
  readonly listed: ImportProblem[] = [];
  /** Every problem seen, listed or not. */
  count = 0;

  add(path: string, code: ImportProblemCode, detail?: string): void {
    this.count++;
    // Beyond the cap nothing is built: counting stays cheap however many problems a file has.
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(problem(path, code, detail));
  }

  refusal(): ImportRefused {
    return { ok: false, problems: this.listed, more: this.count - this.listed.length };
  }
}
