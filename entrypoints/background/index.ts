// The background worker: registers every listener synchronously at the top level, then hands events to the scheduler.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { onBreakAlarm } from '../../platform/alarms';
import { watchIdle } from '../../platform/idle';
import { onCommand } from '../../platform/messages';
import { onNotificationAction } from '../../platform/notifications';
import { dispatch, recordTakenBreak } from '../../platform/scheduler';
import { onSettingsChanged } from '../../platform/settings-store';
import { anyWindowFullscreen, openBreakPage } from '../../platform/windows';

export default defineBackground(() => {
  const report = (error: unknown) => console.error('Unknot background:', error);

  onBreakAlarm((scheduledTime) => {
    anyWindowFullscreen()
      .then((fullscreen) => dispatch({ type: 'alarm', scheduledTime, fullscreen }))
      .catch(report);
  });
  watchIdle((state) => void dispatch({ type: 'idle', state }).catch(report));
  onSettingsChanged(() => void dispatch({ type: 'plan' }).catch(report));
  browser.runtime.onInstalled.addListener(() => void dispatch({ type: 'plan' }).catch(report));
  browser.runtime.onStartup.addListener(() => void dispatch({ type: 'browser-start' }).catch(report));
  onNotificationAction((action) => {
    const done = action === 'snooze' ? dispatch({ type: 'snooze' }) : openBreakPage();
    done.catch(report);
  });
  onCommand((command) => {
    if (command.type === 'open-break-page') return openBreakPage();
    if (command.type === 'record-break') return recordTakenBreak(command.fields);
    return dispatch(command);
  });

  // Every start of the worker checks the plan and re-creates the alarm when it is missing.
  void dispatch({ type: 'plan' }).catch(report);
});
