// "How you answer reminders": per week, how many breaks came due and how each ended, with the share taken.
import { ANSWERS, takenShare, type Answer, type WeekAnswers } from '../../core/answers';
import { dayKeyToUtc } from '../../core/day';
import { ChartTable } from '../charts/ChartTable';
import { useI18n } from '../i18n';
import './insights.css';
import './answers.css';

const ANSWER_KEYS: Record<Answer, string> = {
  taken: 'answers_taken',
  snoozedTaken: 'answers_snoozed_taken',
  natural: 'answers_natural',
  skipped: 'answers_skipped',
  unanswered: 'answers_unanswered',
};

export function AnswerBreakdown({ weeks }: { weeks: readonly WeekAnswers[] }) {
  const { t, locale } = useI18n();
  const count = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const week = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  if (weeks.every((w) => w.due === 0)) return <p class="hint" data-testid="insights-answers">{t('answers_empty')}</p>;
  return (
    <div data-testid="insights-answers" class="answer-breakdown-scroll">
      <ChartTable
        hide="none"
        // The same table style as "Which routines help".
        class="routine-change answer-breakdown"
        caption={t('answers_caption')}
        columns={[t('answers_col_week'), t('answers_col_due'), ...ANSWERS.map((a) => t(ANSWER_KEYS[a])), t('answers_col_share')]}
        rows={weeks.map((w) => {
          const share = takenShare(w);
          return {
            key: w.start,
            header: week.format(dayKeyToUtc(w.start)),
            cells: [count.format(w.due), ...ANSWERS.map((a) => count.format(w[a])), share === undefined ? '–' : percent.format(share)],
          };
        })}
      />
    </div>
  );
}
