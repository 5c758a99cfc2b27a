// The background worker: registers every listener synchronously at the top level, then hands events to the scheduler.
import { defineBackground } from '#imports';
import type { CommandHandlers } from '../../core/commands';
import { onBreakAlarm } from '../../platform/alarms';
import { watchIdle } from '../../platform/idle';
import { onBrowserStart, onInstalledOrUpdated } from '../../platform/lifecycle';
import { onCommand } from '../../platform/messages';
import { onNotificationAction } from '../../platform/notifications';
import { dispatch, recordTakenBreak } from '../../platform/scheduler';
import { onSettingsChanged } from '../../platform/settings-store';
import { onTakeBreakShortcut } from '../../platform/shortcut';
import { anyTabAudible, anyWindowFullscreen, openBreakPage, openWelcomePage } from '../../platform/windows';

/** What each page command does: `satisfies` fails the build when a command has no handler here. */
const commandHandlers = {
  snooze: (command) => dispatch(command),
  skip: (command) => dispatch(command),
  'break-taken': (command) => dispatch(command),
  pause: (command) => dispatch(command),
  resume: (command) => dispatch(command),
  'open-break-page': () => openDueBreak(),
  'record-break': (command) => recordTakenBreak(command.fields, Date.now, command.id),
} satisfies CommandHandlers;

/** Opening the break page answers a due break: it is not shown again. The page opens even if that note fails. */
function openDueBreak(): Promise<void> {
  const noted = dispatch({ type: 'break-opened' }).catch((error: unknown) => console.warn('Unknot: break not marked as opened', error));
  return noted.then(() => openBreakPage());
}

export default defineBackground(() => {
  const report = (error: unknown) => console.error('Unknot background:', error);
  // A browser without one of these APIs (Firefox for Android has no windows or commands) loses only
  // that listener: the commands and the first plan are registered whatever happens to the others.
  const listen = (register: () => void) => {
    try {
      register();
    } catch (error) {
      report(error);
    }
  };

  listen(() => onCommand(commandHandlers));
  listen(() =>
    onBreakAlarm((scheduledTime) => {
      Promise.all([anyWindowFullscreen(), anyTabAudible()])
        .then(([fullscreen, audible]) => dispatch({ type: 'alarm', scheduledTime, fullscreen, audible }))
        .catch(report);
    }),
  );
  listen(() => watchIdle((state) => void dispatch({ type: 'idle', state }).catch(report)));
  listen(() => onSettingsChanged(() => void dispatch({ type: 'plan' }).catch(report)));
  listen(() =>
    onInstalledOrUpdated((firstInstall) => {
      void dispatch({ type: 'plan' }).catch(report);
      // A first install opens the welcome page; an update opens nothing.
      if (firstInstall) openWelcomePage().catch(report);
    }),
  );
  listen(() => onBrowserStart(() => void dispatch({ type: 'browser-start' }).catch(report)));
  listen(() =>
    onNotificationAction((action) => {
      const done = action === 'snooze' ? dispatch({ type: 'snooze' }) : openDueBreak();
      done.catch(report);
    }),
  );
  listen(() => onTakeBreakShortcut(() => void openDueBreak().catch(report)));

  // Every start of the worker checks the plan and re-creates the alarm when it is missing.
  void dispatch({ type: 'plan' }).catch(report);
});
