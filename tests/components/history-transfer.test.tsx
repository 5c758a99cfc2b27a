// @vitest-environment jsdom
// The options page's import: what the user reads after a good file, a refused file, and a file the browser would not store.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { HistoryTransfer } from '../../components/HistoryTransfer';
import type { ImportOutcome } from '../../platform/history-transfer';
import { renderWithI18n } from './session-helpers';

function importWith(result: ImportOutcome) {
  renderWithI18n(
    <HistoryTransfer onExportJson={vi.fn()} onExportCsv={vi.fn()} onImport={async () => result} onDeleteAll={async () => undefined} />,
  );
  const input = screen.getByLabelText<HTMLInputElement>('Import history');
  Object.defineProperty(input, 'files', { value: [new File(['{}'], 'history.json')] });
  fireEvent.change(input);
}

describe('HistoryTransfer', () => {
  it('says how many breaks were added and how many were already there', async () => {
    importWith({ ok: true, stored: true, added: 3, total: 5 });
    await waitFor(() => expect(screen.getByTestId('import-result').textContent).toBe('Imported 3 breaks; 2 already in your history.'));
    expect(screen.queryByTestId('import-errors')).toBeNull();
  });

  it('lists each problem of a refused file, with where it is', async () => {
    importWith({ ok: false, problems: [{ path: 'breaks[0].kind', code: 'bad-kind', detail: 'routine, movement' }] });
    const errors = await screen.findByTestId('import-errors');
    expect(errors.textContent).toContain('The file was not imported. Nothing in your history changed.');
    expect(errors.querySelector('li')!.textContent).toBe(
      'breaks[0].kind is not a kind of break Unknot knows. It should be one of: routine, movement.',
    );
  });

  it('shows only the first 20 problems and counts the rest', async () => {
    const problems = Array.from({ length: 23 }, (_, i) => ({ path: `daysOff[${i}]`, code: 'bad-day' as const }));
    importWith({ ok: false, problems });
    const errors = await screen.findByTestId('import-errors');
    expect(errors.querySelectorAll('li')).toHaveLength(20);
    expect(errors.textContent).toContain('…and more problems: 3 not shown.');
  });

  it('says so when the browser refused to store a valid file', async () => {
    importWith({ ok: true, stored: false, added: 0, total: 5 });
    const errors = await screen.findByTestId('import-errors');
    expect(errors.querySelector('li')!.textContent).toBe(
      'The file could not be imported: your browser refused to save it. Nothing in your history changed.',
    );
    expect(screen.queryByTestId('import-result')).toBeNull();
  });
});
