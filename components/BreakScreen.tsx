// What the popup and the break page both show: the heading with today's progress, the schedule, and the routines.
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Routine } from '../core/routines';
import { scheduleStatus } from '../core/schedule';
import type { SessionPorts } from '../core/session-ports';
import { orderRoutines } from '../core/suggest';
import type { Command } from '../platform/messages';
import type { ScheduleView } from '../platform/schedule-view';
import type { RecentBreaks } from '../platform/today';
import { BreaksToday } from './BreaksToday';
import { RetryNotice } from './RetryNotice';
import { RoutineSession } from './RoutineSession';
import { SchedulePanel } from './SchedulePanel';
import { useI18n } from './i18n';
import type { Loaded } from './use-load';
import { useLazy } from './use-lazy';
import { useOrganizationRoutines } from './use-organization-routines';

// Whether notifications are blocked, and the weekly look back (which reads the history's day totals), are asked
// after the first view, so they never delay the schedule or the routines. The break page is the break itself: neither.
const loadPopupExtras = () => import('./popup-extras');

function LazyPopupExtras({ settings, onError }: { settings?: ScheduleView['settings']; onError: (error: unknown) => void }) {
  const extras = useLazy(loadPopupExtras, onError);
  return extras ? <extras.default settings={settings} onError={onError} /> : null;
}

/** What the page loads and how it acts, as the popup and the break page share it. */
export interface BreakScreenData {
  view: Loaded<ScheduleView>;
  recent?: RecentBreaks;
  /** The routines beside the built-in ones (the user's own): undefined while they load. */
  others?: readonly Routine[];
  /** IndexedDB could not be used: history is not kept here. */
  historyUnavailable: boolean;
  ports: SessionPorts;
  onCommand: (command: Command) => void;
  onError: (error: unknown) => void;
}

interface Props extends BreakScreenData {
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

const NO_BREAKS: ReadonlyMap<string, number> = new Map();
const NONE: readonly Routine[] = [];

export function BreakScreen({ view: loaded, recent, others = NONE, historyUnavailable, ports, onCommand, onError, now, size, heading, dueText, onTakeBreak, actions }: Props) {
  const { t, locale } = useI18n();
  const view = loaded.value;
  // The organization's routine pack (policy customRoutines), in the page's language, beside the built-in ones.
  const pack = useOrganizationRoutines(view, locale, onError);
  const offered = useMemo(() => (pack.length === 0 ? others : [...pack, ...others]), [pack, others]);
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
      {loaded.failed && <RetryNotice messageKey="h3a_schedule_unavailable" onRetry={loaded.reload} />}
      {due && dueText && <p>{t(dueText)}</p>}
      {historyUnavailable && (
        <p role="alert" class="notice">
          {t('history_unavailable')}
        </p>
      )}
      {size === 'small' && <LazyPopupExtras settings={view?.settings} onError={onError} />}
      {view && (
        <>
          <SchedulePanel view={view} now={now} onCommand={onCommand} onTakeBreak={onTakeBreak} />
          <RoutineSession
            ports={ports}
            routines={orderRoutines(view.settings.enabledRoutines, recent?.lastDone ?? NO_BREAKS, due && view.state.snoozes > 0, offered)}
            others={offered}
            size={size}
            onError={onError}
            voice={view}
          >
            <div class="controls">{actions}</div>
          </RoutineSession>
        </>
      )}
    </main>
  );
}
