// Export the history (JSON, CSV), import a file, and delete everything behind a confirmation.
import { useState } from 'preact/hooks';
import { importProblemKey } from '../core/history-import';
import { pluralKey } from '../core/plural';
import type { ImportOutcome } from '../platform/history-transfer';
import { useI18n, type Translate } from './i18n';

interface Props {
  onExportJson: () => void;
  onExportCsv: () => void;
  onImport: (file: File) => Promise<ImportOutcome>;
  onDeleteAll: () => Promise<void>;
}

const SHOWN_PROBLEMS = 20;

/** What stopped the import, one message each: the file's problems, or the browser refusing to store a valid file. */
function problemMessages(result: ImportOutcome, t: Translate): string[] {
  if (!result.ok) return result.problems.map((p) => t(importProblemKey(p.code), [p.path, p.detail ?? '']));
  return result.stored ? [] : [t('import_failed')];
}

export function HistoryTransfer({ onExportJson, onExportCsv, onImport, onDeleteAll }: Props) {
  const { t, locale } = useI18n();
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const problems = outcome ? problemMessages(outcome, t) : [];
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState(false);

  return (
    <section aria-labelledby="transfer-heading" class="transfer">
      <h2 id="transfer-heading">{t('transfer_heading')}</h2>
      <div class="controls">
        <button type="button" onClick={onExportJson}>
          {t('export_json')}
        </button>
        <button type="button" onClick={onExportCsv}>
          {t('export_csv')}
        </button>
      </div>
      <div class="field">
        <label for="import-file">{t('import_label')}</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={async (e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (!file) return;
            setOutcome(await onImport(file));
            input.value = '';
          }}
        />
      </div>
      {outcome?.ok === true && outcome.stored && (
        <p role="status" data-testid="import-result">
          {t(pluralKey('import_done', outcome.added, locale), [String(outcome.added), String(outcome.total - outcome.added)])}
        </p>
      )}
      {problems.length > 0 && (
        <div role="alert" class="notice" data-testid="import-errors">
          <p>{t('import_problems_heading')}</p>
          <ul>
            {problems.slice(0, SHOWN_PROBLEMS).map((message, i) => (
              <li key={i}>{message}</li>
            ))}
          </ul>
          {problems.length > SHOWN_PROBLEMS && <p>{t('import_problems_more', String(problems.length - SHOWN_PROBLEMS))}</p>}
        </div>
      )}
      <div class="danger">
        {!confirming ? (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('delete_all')}
          </button>
        ) : (
          <div role="group" aria-labelledby="delete-confirm-text">
            <p id="delete-confirm-text">{t('delete_confirm_text')}</p>
            <div class="controls">
              <button
                type="button"
                class="danger__confirm"
                onClick={async () => {
                  await onDeleteAll();
                  setConfirming(false);
                  setDeleted(true);
                }}
              >
                {t('delete_confirm')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('delete_cancel')}
              </button>
            </div>
          </div>
        )}
        {deleted && <p role="status">{t('delete_done')}</p>}
      </div>
    </section>
  );
}
