// Whether the browser blocks this extension's notifications, as far as the browser can tell us.
import { browser } from '#imports';

type PermissionLevel = 'granted' | 'denied';

/**
 * true when the extension's own notification switch is off, false when it is on, undefined when the
 * browser cannot say or the call fails.
 *
 * Chrome's notifications.getPermissionLevel() reports only the extension's own switch ('denied' when the
 * person turned Unknot's notifications off). Firefox has no such call, so there the answer is undefined.
 * Blocking by the operating system (macOS notification settings, Windows Focus / Do not disturb, a Linux
 * desktop's "do not disturb") is never reported by any browser: a false here does not mean the
 * notification will be seen, which is why the options page always offers the help on turning them on.
 */
export async function notificationsBlocked(): Promise<boolean | undefined> {
  const notifications = browser.notifications as
    | { getPermissionLevel?: () => Promise<PermissionLevel> | void }
    | undefined;
  if (typeof notifications?.getPermissionLevel !== 'function') return undefined;
  try {
    const level = await notifications.getPermissionLevel();
    return level === 'denied' ? true : level === 'granted' ? false : undefined;
  } catch {
    return undefined;
  }
}
