// "Print a report": the span, whether the reasons for days off go in (not unless asked), and the browser's print
// dialog showing the report alone. The report itself is loaded after the page's first paint and drawn on request.
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { dashboardRules } from '../../core/dashboard';
import type { InsightSpan } from '../../core/insights';
import { buildReport, type ReportInput } from '../../core/report';
import type { Settings } from '../../core/settings';
import { I18nContext, useI18n } from '../i18n';
import { SpanPicker } from '../insights/SpanPicker';
import { useLazy } from '../use-lazy';

const loadPrinted = () => import('./PrintedReport');

interface Props {
  data: ReportInput;
  settings: Pick<Settings, 'workDays' | 'workHoursByDay' | 'dailyGoal'>;
  /** Opens the print dialog: `window.print` on a page. */
  print: () => void;
  onError: (error: unknown) => void;
}

export function ReportPanel({ data, settings, print, onError }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [span, setSpan] = useState<InsightSpan>('12w');
  const [includeReasons, setIncludeReasons] = useState(false);
  // Which print request is waiting for the report to be drawn (0: none). Once printed, the report stays drawn, so
  // the browser's own Print command prints it too until the dialog closes; then it goes (afterprint).
  const [requested, setRequested] = useState(0);
  const [printed, setPrinted] = useState(0);
  const module = useLazy(loadPrinted, onError);
  const rules = useMemo(() => dashboardRules(settings, data.daysOff, data.dayOffRanges), [settings, data]);
  const report = useMemo(
    () => (requested > 0 ? buildReport(data, rules, { span, includeReasons }) : undefined),
    [requested > 0, data, rules, span, includeReasons],
  );
  const done = useCallback(() => setRequested(0), []);

  useEffect(() => {
    // The report is drawn in a root of its own at the body's end, so print CSS can leave the whole page out.
    // (Not preact/compat's createPortal: it put 47 bytes of Preact into the chunk the popup shares.)
    if (!module || !report) return;
    const host = document.createElement('div');
    host.className = 'report-host';
    document.body.append(host);
    render(
      <I18nContext.Provider value={i18n}>
        <module.PrintedReport report={report} />
      </I18nContext.Provider>,
      host,
    );
    return () => {
      render(null, host);
      host.remove();
    };
  }, [module, report, i18n]);
  useEffect(() => {
    // After the effect that drew the report: the dialog prints what the page shows now.
    if (!module || requested === 0 || printed === requested) return;
    setPrinted(requested);
    print();
  }, [module, requested, printed, print]);
  useEffect(() => {
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, [done]);

  return (
    <section aria-labelledby="report-heading" class="report-panel">
      <h3 id="report-heading">{t('report_heading')}</h3>
      <p class="hint">{t('report_hint')}</p>
      <SpanPicker legend={t('report_span_legend')} value={span} onChange={setSpan} />
      <p>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={includeReasons}
            aria-describedby="report-reasons-hint"
            onChange={(e) => setIncludeReasons((e.target as HTMLInputElement).checked)}
          />
          {t('report_include_reasons')}
        </label>
      </p>
      <p class="hint" id="report-reasons-hint">
        {t('report_reasons_hint')}
      </p>
      <button type="button" onClick={() => setRequested((n) => Math.max(n, printed) + 1)}>
        {t('report_print')}
      </button>
    </section>
  );
}
