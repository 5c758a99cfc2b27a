// "Managed by {organization}", and for the administrator the policy values that were ignored and why, and a
// valid policy that still leaves no time for a break.
import type { Policy } from '../core/policy';
import type { SettingProblem } from '../core/settings';
import { packOf } from '../core/policy-routines';
import { messageNamesPath, problemMessageKey, problemSubstitutions } from '../core/settings-problems';
import { useI18n } from './i18n';

/** Problems of values that apply: the policy is valid, but its working time never holds a break (core/break-fit). */
const NO_BREAK_REASONS: readonly SettingProblem['reason'][] = ['no-break-fits', 'no-break-at-minute'];

function ProblemList({ problems, testId }: { problems: readonly SettingProblem[]; testId: string }) {
  const { t } = useI18n();
  return (
    <ul data-testid={testId}>
      {problems.map((p, i) => (
        <li key={i}>
          {messageNamesPath(p) ? (
            t(problemMessageKey(p), problemSubstitutions(p))
          ) : (
            <>
              <code>{p.name}</code>: {t(problemMessageKey(p), p.detail)}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export function PolicyNote({ policy }: { policy: Policy }) {
  const { t } = useI18n();
  if (!policy.present) return null;
  // A no-break problem is about values that still apply, so it is not listed among the ignored ones.
  // The routine pack's problems, after the rest: its check is core/policy-routines'.
  const problems = [...policy.problems, ...packOf(policy.customRoutines).problems];
  const noBreak = problems.filter((p) => NO_BREAK_REASONS.includes(p.reason));
  const ignored = problems.filter((p) => !NO_BREAK_REASONS.includes(p.reason));
  return (
    <section class="policy" aria-labelledby="policy-heading">
      <h3 id="policy-heading" data-testid="managed-by">
        {policy.organizationName ? t('policy_managed_by', policy.organizationName) : t('policy_managed')}
      </h3>
      <p class="hint">{t('policy_privacy')}</p>
      {problems.length > 0 && (
        <div class="notice" data-testid="policy-problems">
          <h4>{t('policy_admin_heading')}</h4>
          {ignored.length > 0 && (
            <>
              <p>{t('policy_admin_text')}</p>
              <ProblemList problems={ignored} testId="policy-ignored" />
            </>
          )}
          {noBreak.length > 0 && (
            <>
              <p>{t('h3c_policy_no_break_text')}</p>
              <ProblemList problems={noBreak} testId="policy-no-break" />
            </>
          )}
        </div>
      )}
    </section>
  );
}
