// The span of the "When you move" charts and of the printed report: a native radio group (arrow keys move within it), named by its legend.
import { useId } from 'preact/hooks';
import { INSIGHT_SPANS, type InsightSpan } from '../../core/insights';
import { useI18n } from '../i18n';
import './insights.css';

interface Props {
  value: InsightSpan;
  onChange: (span: InsightSpan) => void;
  /** The group's name; "Show the last" unless given (the report's picker names its own). */
  legend?: string;
}

export function SpanPicker({ value, onChange, legend }: Props) {
  const { t } = useI18n();
  const name = useId();
  const labels: Record<InsightSpan, string> = { '4w': t('insights_span_4w'), '12w': t('insights_span_12w'), '12m': t('insights_span_12m') };
  return (
    <fieldset class="insights-span">
      <legend>{legend ?? t('insights_span_legend')}</legend>
      {INSIGHT_SPANS.map((span) => (
        <label key={span}>
          <input type="radio" name={name} value={span} checked={span === value} onChange={() => onChange(span)} />
          {labels[span]}
        </label>
      ))}
    </fieldset>
  );
}
