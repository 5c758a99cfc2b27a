// The popup's blocked-notifications line and its browser calls, loaded together after the first view.
import { notificationsBlocked } from '../platform/notification-permission';
import { openOptionsSection } from '../platform/windows';
import { NOTIFICATIONS_SECTION } from './NotificationHelp';
import NotificationsOff from './NotificationsOff';

export const check = notificationsBlocked;
export const openHelp = () => openOptionsSection(NOTIFICATIONS_SECTION);
export default NotificationsOff;
