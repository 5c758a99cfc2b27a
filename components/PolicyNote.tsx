// "Managed by {organization}", and for the administrator the policy values that were ignored and why.
import type { Policy } from '../core/policy';
import { problemMessageKey } from '../core/settings-problems';
import { useI18n } from './i18n';

export function PolicyNote({ policy }: { policy: Policy }) {
  const { t } = useI18n();
  if (!policy.present) return null;
  return (
    <section class="policy" aria-labelledby="policy-heading">
      <h2 id="policy-heading" data-testid="managed-by">
        {policy.organizationName ? t('policy_managed_by', policy.organizationName) : t('policy_managed')}
      </h2>
      <p class="hint">{t('policy_privacy')}</p>
      {policy.problems.length > 0 && (
        <div class="notice" data-testid="policy-problems">
          <h3>{t('policy_admin_heading')}</h3>
          <p>{t('policy_admin_text')}</p>
          <ul>
            {policy.problems.map((p, i) => (
              <li key={i}>
                <code>{p.name}</code>: {t(problemMessageKey(p), p.detail)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
