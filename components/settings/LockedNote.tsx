// "Set by your organization": shown beside a setting a policy has locked.
import { useI18n } from '../i18n';

export function LockedNote({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <p id={id} class="field__locked">
      {t('setting_locked')}
    </p>
  );
}
