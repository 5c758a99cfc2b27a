// "When you move": completed breaks by hour of the day and by weekday over a chosen span.
import { useState } from 'preact/hooks';
import type { InsightSpan, MovementCounts } from '../../core/insights';
import { useI18n } from '../i18n';
import { weekdayOptions } from '../settings/weekdays';
import { type Bar, BarStrip } from './BarStrip';
import { SpanPicker } from './SpanPicker';
import './insights.css';

interface Props {
  when: Readonly<Record<InsightSpan, MovementCounts>>;
}

/** Hour h as a label: 1 January 2000 at h:00 UTC, formatted in UTC, is h on every machine. */
const atHour = (h: number) => Date.UTC(2000, 0, 1, h);

export function WhenYouMove({ when }: Props) {
  const { t, locale } = useI18n();
  const [span, setSpan] = useState<InsightSpan>('12w');
  const counts = when[span];

  const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  const axisHour = new Intl.DateTimeFormat(locale, { hour: 'numeric', timeZone: 'UTC' });
  const hours: Bar[] = counts.hours.map((count, h) => ({
    key: String(h),
    axis: h % 3 === 0 ? axisHour.format(atHour(h)) : '',
    name: `${clock.format(atHour(h))}–${clock.format(atHour((h + 1) % 24))}`,
    count,
  }));
  const short = weekdayOptions(locale, 'short');
  const weekdays: Bar[] = weekdayOptions(locale, 'long').map((day, i) => ({
    key: day.value,
    axis: short[i]!.label,
    name: day.label,
    count: counts.weekdays[i] ?? 0,
  }));

  return (
    <div class="insights-when" data-testid="insights-when">
      <SpanPicker value={span} onChange={setSpan} />
      {counts.total === 0 ? (
        <p class="hint">{t('insights_when_empty')}</p>
      ) : (
        <div class="insights-when__charts">
          <div>
            <h4>{t('insights_hours')}</h4>
            <BarStrip
              testid="insights-hours"
              bars={hours}
              label={t('insights_hours_label')}
              caption={t('insights_hours_caption')}
              columns={[t('insights_col_hour'), t('insights_col_breaks')]}
            />
          </div>
          <div>
            <h4>{t('insights_weekdays')}</h4>
            <BarStrip
              testid="insights-weekdays"
              bars={weekdays}
              label={t('insights_weekdays_label')}
              caption={t('insights_weekdays_caption')}
              columns={[t('insights_col_day'), t('insights_col_breaks')]}
            />
          </div>
        </div>
      )}
    </div>
  );
}
