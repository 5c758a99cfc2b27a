// The policy's bounds on a numeric field, in the words the field shows under it: "Your organization allows 45–90".
import { boundsProblem, type Bounds } from '../../core/policy-ranges';
import type { Translate } from '../../core/translate';
import { problemMessageKey } from '../../core/settings-problems';

export function boundsNote(bounds: Bounds | undefined, t: Translate, locale: string): string | undefined {
  const problem = boundsProblem(bounds, locale);
  return problem && t(problemMessageKey(problem), problem.detail);
}
