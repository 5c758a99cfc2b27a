// The schedule's status line with its buttons, as the popup and the break page show it.
import { pauseOptions } from '../core/pause';
import { scheduleStatus } from '../core/schedule';
import type { Command } from '../platform/messages';
import type { ScheduleView } from '../platform/schedule-view';
import { BreakControls } from './BreakControls';
import { useI18n } from './i18n';
import { ScheduleStatusLine } from './ScheduleStatusLine';

interface Props {
  view: ScheduleView;
  now: number;
  onCommand: (command: Command) => void;
  /** Absent where the page is the break already. */
  onTakeBreak?: () => void;
}

export function SchedulePanel({ view, now, onCommand, onTakeBreak }: Props) {
  const { t } = useI18n();
  const status = scheduleStatus(view.settings, view.state, now);
  const pauseChoices = pauseOptions(view.settings, now).map((o) => ({ label: t(o.key), until: o.until }));
  return (
    <section class="schedule">
      <ScheduleStatusLine status={status} now={now} />
      <BreakControls
        status={status}
        snoozeMinutes={view.settings.snoozeMinutes}
        pauseChoices={pauseChoices}
        onTakeBreak={onTakeBreak}
        onPause={(until) => onCommand({ type: 'pause', until })}
        onResume={() => onCommand({ type: 'resume' })}
        onSnooze={() => onCommand({ type: 'snooze' })}
        onSkip={() => onCommand({ type: 'skip' })}
        pauseUntil={{ settings: view.settings, now }}
      />
    </section>
  );
}
