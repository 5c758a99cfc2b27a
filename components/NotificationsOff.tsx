// The popup's one line when the browser reports Unknot's notifications blocked, with the way to turn them on one click away.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from './i18n';

interface Props {
  /** notificationsBlocked(): true blocked, false on, undefined when the browser cannot say. */
  check: () => Promise<boolean | undefined>;
  onOpenHelp: () => void;
  onError: (error: unknown) => void;
}

export default function NotificationsOff({ check, onOpenHelp, onError }: Props) {
  const { t } = useI18n();
  const [blocked, setBlocked] = useState<boolean>();
  useEffect(() => {
    let live = true;
    check()
      .then((answer) => live && setBlocked(answer))
      .catch(onError);
    return () => {
      live = false;
    };
  }, [check, onError]);
  if (blocked !== true) return null;
  return (
    <p class="notice" data-testid="notifications-blocked">
      {t('popup_notifications_blocked')}{' '}
      <button type="button" onClick={onOpenHelp}>
        {t('popup_notifications_help')}
      </button>
    </p>
  );
}
