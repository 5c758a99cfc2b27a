// The "time to get up" notification and the toolbar badge that stays while a break is due.
import { browser } from '#imports';
import { t } from './i18n';

export const BREAK_NOTIFICATION = 'break-due';

export type NotificationAction = 'open' | 'snooze';

export async function showBreakNotification(canSnooze: boolean): Promise<void> {
  await browser.notifications.create(BREAK_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('notification_title'),
    message: t('notification_message'),
    // Firefox notifications have no buttons: there a click on the notification opens the break page.
    ...(import.meta.env.FIREFOX
      ? {}
      : {
          requireInteraction: true,
          buttons: [{ title: t('notification_start') }, ...(canSnooze ? [{ title: t('notification_snooze') }] : [])],
        }),
  });
}

export async function clearBreakNotification(): Promise<void> {
  await browser.notifications.clear(BREAK_NOTIFICATION);
}

export function onNotificationAction(listener: (action: NotificationAction) => void): void {
  browser.notifications.onClicked.addListener((id) => {
    if (id === BREAK_NOTIFICATION) listener('open');
  });
  // Absent in Firefox.
  browser.notifications.onButtonClicked?.addListener((id, index) => {
    if (id === BREAK_NOTIFICATION) listener(index === 0 ? 'open' : 'snooze');
  });
}

export async function setBreakBadge(due: boolean): Promise<void> {
  await browser.action.setBadgeText({ text: due ? '!' : '' });
  if (due) await browser.action.setBadgeBackgroundColor({ color: '#b4530b' });
}
