// What the popup shows only after its first view, loaded in one chunk with its browser calls: the blocked-notifications
// line and the weekly look back (one lazy import, not two: each costs the popup's first chunk its own loader code).
import { notificationsBlocked } from '../platform/notification-permission';
import { openOptionsSection } from '../platform/windows';
import type { LookBackSettings } from '../platform/look-back';
import LookBackWiring from './look-back-wiring';
import { NOTIFICATIONS_SECTION } from './NotificationHelp';
import NotificationsOff from './NotificationsOff';

const openHelp = () => openOptionsSection(NOTIFICATIONS_SECTION);

interface Props {
  /** The settings once the schedule has loaded: the look back waits for them. */
  settings?: LookBackSettings;
  onError: (error: unknown) => void;
}

export default function PopupExtras({ settings, onError }: Props) {
  return (
    <>
      <NotificationsOff check={notificationsBlocked} onOpenHelp={() => void openHelp().catch(onError)} onError={onError} />
      {settings && <LookBackWiring settings={settings} onError={onError} />}
    </>
  );
}
