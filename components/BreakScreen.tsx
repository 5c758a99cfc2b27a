// What the popup and the break page both show: the heading with today's progress, the schedule, and the routines.
import type { ComponentChildren } from 'preact';
import { scheduleStatus } from '../core/schedule';
import { orderRoutines } from '../core/suggest';
import type { BreakData } from '../platform/use-break-data';
import { BreaksToday } from './BreaksToday';
import { RoutineSession } from './RoutineSession';
import { SchedulePanel } from './SchedulePanel';
import { useI18n } from './i18n';

interface Props {
  data: BreakData;
  now: number;
  size: 'small' | 'large';
  /** The heading's message key, given whether a break is due. */
  heading: (due: boolean) => string;
  /** Shown under the heading while a break is due. */
  dueText?: string;
  onTakeBreak?: () => void;
  /** Buttons under the routine list. */
  actions: ComponentChildren;
}

export function BreakScreen({ data, now, size, heading, dueText, onTakeBreak, actions }: Props) {
  const { t } = useI18n();
  const { view, recent, historyUnavailable, ports, send, report } = data;
  const status = view && scheduleStatus(view.settings, view.state, now);
  const due = status?.kind === 'due';
  return (
    <main>
      {/* The heading paints at once; the rest follows when storage has answered. */}
      <header class="header">
        <h1>{t(heading(due))}</h1>
        {/* Only once history has answered: no "0 of 4" flashing before the real count. */}
        {view && recent && <BreaksToday done={recent.doneToday} goal={view.settings.dailyGoal} />}
      </header>
      {due && dueText && <p>{t(dueText)}</p>}
      {historyUnavailable && (
        <p role="alert" class="notice">
          {t('history_unavailable')}
        </p>
      )}
      {view && (
        <>
          <SchedulePanel view={view} now={now} onCommand={send} onTakeBreak={onTakeBreak} />
          <RoutineSession
            ports={ports}
            routines={orderRoutines(view.settings.enabledRoutines, recent?.lastDone ?? new Map(), due && view.state.snoozes > 0)}
            size={size}
            onError={report}
          >
            <div class="controls">{actions}</div>
          </RoutineSession>
        </>
      )}
    </main>
  );
}
