// Export and import of the history file, and asking the browser to keep the history.
import { historyToCsv } from '../core/history-csv';
import { exportedHistory, serializeHistory } from '../core/history-export';
import { MAX_FILE_BYTES } from '../core/history-file';
import { FILE_PATH, parseHistoryFile, refused, type ImportRefused } from '../core/history-import';
import { localDayKey } from '../core/day';
import { downloadText } from './download';
import { allBreaks, dayOffRanges, daysOff, importHistory } from './history';
import { addMissingRoutines, loadMyRoutineDefinitions } from './my-routines';

/** What an export had to change: breaks clipped into the file's range, and records left out (see core/history-export). */
export interface ExportSummary {
  leftOut: number;
  clipped: number;
}

export async function exportHistory(format: 'json' | 'csv', now = Date.now()): Promise<ExportSummary> {
  const [records, off, ranges, mine] = await Promise.all([allBreaks(), daysOff(), dayOffRanges(), loadMyRoutineDefinitions()]);
  const stamp = localDayKey(now);
  // My routines travel with their breaks, so another computer can play them and name them.
  const { file, leftOut, clipped } = exportedHistory(records, off, now, ranges, mine);
  if (format === 'json') downloadText(`unknot-history-${stamp}.json`, 'application/json', serializeHistory(file));
  else downloadText(`unknot-breaks-${stamp}.csv`, 'text/csv', historyToCsv(records, now));
  return { leftOut, clipped };
}

export type ImportOutcome =
  /** `routinesAdded`: definitions of the file's routines that My routines did not have yet. */
  | { ok: true; stored: true; added: number; total: number; routinesAdded?: number }
  | { ok: true; stored: false; added: 0; total: number }
  | ImportRefused;

/** Validates the whole file first; only a valid file is written, in one transaction. */
export async function importHistoryFile(file: Blob): Promise<ImportOutcome> {
  // Blob.size is known without reading: a 3 GB file is refused before text() would load it all.
  if (file.size > MAX_FILE_BYTES) return refused(FILE_PATH, 'too-large');
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    // NotReadableError: the file was moved, deleted or changed on disk after it was chosen.
    return refused(FILE_PATH, 'not-readable', error instanceof Error ? error.name : undefined);
  }
  const parsed = parseHistoryFile(text, Date.now());
  if (!parsed.ok) return parsed;
  try {
    const added = await importHistory(parsed.breaks, parsed.daysOff, parsed.dayOffRanges);
    // After the breaks: a history naming a routine it has no definition for still imports, keeping the name.
    const routinesAdded = parsed.routines ? await addMissingRoutines(parsed.routines).catch(routinesNotAdded) : 0;
    return { ok: true, stored: true, added, total: parsed.breaks.length, ...(routinesAdded > 0 ? { routinesAdded } : {}) };
  } catch (error) {
    console.error('Unknot: the import transaction failed and was rolled back', error);
    return { ok: true, stored: false, added: 0, total: parsed.breaks.length };
  }
}

/** The breaks are stored either way: a refused write of the definitions leaves My routines as they were. */
function routinesNotAdded(error: unknown): number {
  console.error('Unknot: the imported routines could not be added to My routines', error);
  return 0;
}

export async function keepHistory(): Promise<boolean> {
  return (await navigator.storage?.persist?.()) ?? false;
}
