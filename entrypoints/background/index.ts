// The background worker: registers every listener synchronously at the top level, then hands events to the scheduler.
import { defineBackground } from 'wxt/utils/define-background';
import { onBreakAlarm } from '../../platform/alarms';
import { watchIdle } from '../../platform/idle';
import { onBrowserStart, onInstalledOrUpdated } from '../../platform/lifecycle';
import { onCommand } from '../../platform/messages';
import { onNotificationAction } from '../../platform/notifications';
import { dispatch, recordTakenBreak } from '../../platform/scheduler';
import { onSettingsChanged } from '../../platform/settings-store';
import { onTakeBreakShortcut } from '../../platform/shortcut';
import { anyWindowFullscreen, openBreakPage, openWelcomePage } from '../../platform/windows';

export default defineBackground(() => {
  const report = (error: unknown) => console.error('Unknot background:', error);

  onBreakAlarm((scheduledTime) => {
    anyWindowFullscreen()
      .then((fullscreen) => dispatch({ type: 'alarm', scheduledTime, fullscreen }))
      .catch(report);
  });
  watchIdle((state) => void dispatch({ type: 'idle', state }).catch(report));
  onSettingsChanged(() => void dispatch({ type: 'plan' }).catch(report));
  onInstalledOrUpdated((firstInstall) => {
    void dispatch({ type: 'plan' }).catch(report);
    // A first install opens the welcome page; an update opens nothing.
    if (firstInstall) openWelcomePage().catch(report);
  });
  onBrowserStart(() => void dispatch({ type: 'browser-start' }).catch(report));
  onNotificationAction((action) => {
    const done = action === 'snooze' ? dispatch({ type: 'snooze' }) : openBreakPage();
    done.catch(report);
  });
  onTakeBreakShortcut(() => void openBreakPage().catch(report));
  onCommand((command) => {
    if (command.type === 'open-break-page') return openBreakPage();
    if (command.type === 'record-break') return recordTakenBreak(command.fields);
    return dispatch(command);
  });

  // Every start of the worker checks the plan and re-creates the alarm when it is missing.
  void dispatch({ type: 'plan' }).catch(report);
});
