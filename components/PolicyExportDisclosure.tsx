// "Export these settings as a policy": a button that opens the exporter, whose panel and file generators load
// only then, so the options page's first paint carries none of them.
import { useState } from 'preact/hooks';
import { useI18n } from './i18n';
import type { PolicyExportProps } from './PolicyExport';

type Panel = typeof import('./PolicyExport');
const loadPanel = (): Promise<Panel> => import('./PolicyExport');

interface Props extends PolicyExportProps {
  onError: (error: unknown) => void;
}

export function PolicyExportDisclosure({ onError, ...props }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [panel, setPanel] = useState<Panel>();
  const toggle = () => {
    if (!open && !panel) loadPanel().then((m) => setPanel(() => m), onError);
    setOpen(!open);
  };
  return (
    <section class="policy-export-section" aria-labelledby="export-policy-button">
      <h3>
        <button type="button" id="export-policy-button" aria-expanded={open} aria-controls="export-policy-panel" onClick={toggle}>
          {t('export_policy_summary')}
        </button>
      </h3>
      <div id="export-policy-panel" hidden={!open}>
        {open && panel && <panel.PolicyExport {...props} />}
      </div>
    </section>
  );
}
