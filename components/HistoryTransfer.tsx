// Export the history (JSON, CSV), import a file, and delete everything behind a confirmation.
import { useState } from 'preact/hooks';
import { formatNumber } from '../core/number-format';
import { importProblemKey } from '../core/history-import';
import { pluralKey } from '../core/plural';
import type { ImportOutcome } from '../platform/history-transfer';
import { useI18n, type Translate } from './i18n';
import { useFailableAction } from './failable-action';

export interface HistoryTransferProps {
  /** Each export may return a promise: when it rejects, the section says the export did not finish. */
  onExportJson: () => void | Promise<unknown>;
  onExportCsv: () => void | Promise<unknown>;
  /** Resolves with what the import did; a rejection means nothing was stored, and the section says so. */
  onImport: (file: File) => Promise<ImportOutcome>;
  /** Resolves once everything is deleted (My routines too when asked); on a rejection the confirmation stays open and says nothing was deleted. */
  onDeleteAll: (also: { myRoutines: boolean }) => Promise<unknown>;
  /** How many routines of their own the user has: the confirmation asks separately whether to delete them. */
  myRoutinesCount?: number;
}

/** The problems listed by name; the core counts the rest of a refused file's problems without keeping them. */
const SHOWN_PROBLEMS = 20;

/**
 * What stopped the import, one message each, for the problems shown only: a hostile file's
 * thousands of problems once made this page translate every one. `total` counts them all.
 */
function problemMessages(result: ImportOutcome, t: Translate): { shown: string[]; total: number } {
  if (!result.ok) {
    const shown = result.problems.slice(0, SHOWN_PROBLEMS).map((p) => t(importProblemKey(p.code), [p.path, p.detail ?? '']));
    return { shown, total: result.problems.length + result.more };
  }
  return result.stored ? { shown: [], total: 0 } : { shown: [t('import_failed')], total: 1 };
}

export function HistoryTransfer({ onExportJson, onExportCsv, onImport, onDeleteAll, myRoutinesCount = 0 }: HistoryTransferProps) {
  const { t, locale } = useI18n();
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const importing = useFailableAction();
  const exporting = useFailableAction();
  const deleting = useFailableAction();
  const problems = outcome ? problemMessages(outcome, t) : { shown: [], total: 0 };
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState(false);
  // Off unless ticked: routines one wrote are not history, and are kept unless the user says otherwise.
  const [alsoMine, setAlsoMine] = useState(false);

  const [exported, setExported] = useState<{ leftOut: number; clipped: number }>();
  // An export that had to leave records out or clip them says how many (platform/history-transfer's summary).
  const exportAs = (run: () => void | Promise<unknown>) => () => {
    setExported(undefined);
    void exporting.run(async () => run()).then((r) => {
      const v = r.done ? (r.value as { leftOut?: unknown; clipped?: unknown } | undefined) : undefined;
      if (typeof v?.leftOut === 'number' && typeof v.clipped === 'number') setExported({ leftOut: v.leftOut, clipped: v.clipped });
    });
  };

  return (
    <section aria-labelledby="transfer-heading" class="transfer">
      <h3 id="transfer-heading">{t('transfer_heading')}</h3>
      <div class="controls">
        <button type="button" onClick={exportAs(onExportJson)}>
          {t('export_json')}
        </button>
        <button type="button" onClick={exportAs(onExportCsv)}>
          {t('export_csv')}
        </button>
      </div>
      {exported && (exported.leftOut > 0 || exported.clipped > 0) && (
        <div role="status" data-testid="export-summary">
          {exported.leftOut > 0 && <p>{t(pluralKey('history_export_left_out', exported.leftOut, locale), formatNumber(exported.leftOut, locale))}</p>}
          {exported.clipped > 0 && <p>{t(pluralKey('history_export_clipped', exported.clipped, locale), formatNumber(exported.clipped, locale))}</p>}
        </div>
      )}
      {exporting.failed && (
        <p role="alert" class="notice" data-testid="export-failed">
          {t('transfer_export_failed')}
        </p>
      )}
      <div class="field">
        <label for="import-file">{t('import_label')}</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          disabled={importing.pending}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            if (!file) return;
            setOutcome(undefined);
            void importing
              .run(() => onImport(file))
              .then((result) => result.done && setOutcome(result.value))
              .finally(() => {
                input.value = '';
              });
          }}
        />
      </div>
      {importing.pending && (
        <p role="status" data-testid="import-busy">
          {t('transfer_import_busy')}
        </p>
      )}
      {outcome?.ok === true && outcome.stored && (
        <p role="status" data-testid="import-result">
          {t(pluralKey('import_done', outcome.added, locale), [formatNumber(outcome.added, locale), formatNumber(outcome.total - outcome.added, locale)])}
        </p>
      )}
      {outcome?.ok === true && outcome.stored && (outcome.routinesAdded ?? 0) > 0 && (
        <p role="status" data-testid="import-routines">
          {t('import_routines_added', formatNumber(outcome.routinesAdded ?? 0, locale))}
        </p>
      )}
      {importing.failed && (
        <p role="alert" class="notice" data-testid="import-failed">
          {t('transfer_import_failed')}
        </p>
      )}
      {problems.shown.length > 0 && (
        <div role="alert" class="notice" data-testid="import-errors">
          <p>{t('import_problems_heading')}</p>
          <ul>
            {problems.shown.map((message, i) => (
              <li key={i}>{message}</li>
            ))}
          </ul>
          {problems.total > problems.shown.length && (
            <p>{t('import_problems_more', formatNumber(problems.total - problems.shown.length, locale))}</p>
          )}
        </div>
      )}
      <div class="danger">
        {!confirming ? (
          <button
            type="button"
            onClick={() => {
              setDeleted(false);
              setConfirming(true);
            }}
          >
            {t('delete_all')}
          </button>
        ) : (
          <div role="group" aria-labelledby="delete-confirm-text">
            <p id="delete-confirm-text">{t('delete_confirm_text')}</p>
            {myRoutinesCount > 0 && (
              <div class="field field--check">
                <input id="delete-also-mine" type="checkbox" checked={alsoMine} onChange={(e) => setAlsoMine((e.target as HTMLInputElement).checked)} />
                <label for="delete-also-mine">{t('delete_also_my_routines', formatNumber(myRoutinesCount, locale))}</label>
              </div>
            )}
            {deleting.failed && (
              <p role="alert" class="notice" data-testid="delete-failed">
                {t('transfer_delete_failed')}
              </p>
            )}
            <div class="controls">
              <button
                type="button"
                class="danger__confirm"
                disabled={deleting.pending}
                onClick={async () => {
                  // The panel closes only once the history is really gone; a failure keeps it open and says so.
                  if (!(await deleting.run(() => onDeleteAll({ myRoutines: myRoutinesCount > 0 && alsoMine }))).done) return;
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
