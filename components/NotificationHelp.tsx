// Notifications that cannot be seen: a notice when the browser reports them blocked, and how to turn them on, one click away.
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from './i18n';

/** The section's id: the popup links to it. */
export const NOTIFICATIONS_SECTION = 'notifications';

const STEPS = ['chrome', 'edge', 'firefox', 'windows', 'macos', 'linux'] as const;

/** `blocked`: notificationsBlocked()'s answer; undefined (Firefox, or not known yet) says nothing. */
export function NotificationHelp({ blocked }: { blocked: boolean | undefined }) {
  const { t } = useI18n();
  // The popup's "How to turn them on" opens options.html#notifications: the steps are shown open there.
  const asked = location.hash === `#${NOTIFICATIONS_SECTION}`;
  const details = useRef<HTMLDetailsElement>(null);
  // Asked for later too (a link on the page, or the popup's link in a tab already open here): the page is not
  // drawn again for that, and a rendered `open` that has not changed would leave the DOM as the person left it.
  useEffect(() => {
    const follow = () => {
      if (location.hash === `#${NOTIFICATIONS_SECTION}` && details.current) details.current.open = true;
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return (
    <section id={NOTIFICATIONS_SECTION} aria-label={t('h3c_notify_help_summary')}>
      {blocked === true && (
        <p role="alert" class="notice" data-testid="notifications-blocked">
          {t('h3c_notifications_blocked')}
        </p>
      )}
      <details ref={details} open={blocked === true || asked}>
        <summary>{t('h3c_notify_help_summary')}</summary>
        <p>{t('h3c_notify_help_intro')}</p>
        <ul>
          {STEPS.map((step) => (
            <li key={step}>{t(`h3c_notify_help_${step}`)}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
