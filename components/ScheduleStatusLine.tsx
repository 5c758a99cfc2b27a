// The schedule in one sentence, announced politely to screen readers when it changes.
import type { ScheduleStatus } from '../core/schedule';
import { statusText } from '../core/status-text';
import { useI18n } from './i18n';

export function ScheduleStatusLine({ status, now }: { status: ScheduleStatus; now: number }) {
  const { t, locale } = useI18n();
  return (
    <p class={`status status--${status.kind}`} data-testid="next-break" role="status">
      {statusText(status, now, t, locale)}
    </p>
  );
}
