// The schedule in one sentence, announced politely to screen readers when it changes.
import type { ScheduleStatus } from '../core/schedule';
import { statusText } from '../core/status-text';
import { useI18n } from './i18n';

export function ScheduleStatusLine({ status, now }: { status: ScheduleStatus; now: number }) {
  const { t, locale } = useI18n();
  return (
    <p class={`status status--${status.kind}`} data-testid="next-break" role="status">
      {/* A break that waits for a call says so in its own element, so tests and styles can find it. */}
      {status.kind === 'waiting' ? <span data-testid="break-waiting">{statusText(status, now, t, locale)}</span> : statusText(status, now, t, locale)}
    </p>
  );
}
