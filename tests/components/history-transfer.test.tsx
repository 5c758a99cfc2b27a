// @vitest-environment jsdom
// The options page's import, export and delete: what the user reads after a good file, a refused file, a file the
// browser would not store, and an action that failed.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { HistoryTransfer, type HistoryTransferProps } from '../../components/HistoryTransfer';
import { I18nContext } from '../../components/i18n';
import type { ImportOutcome } from '../../platform/history-transfer';
import { t } from '../support/messages';
import { AXE_TIMEOUT, axeViolations } from './charts/axe';
import { renderWithI18n } from './session-helpers';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

function renderTransfer(props: Partial<HistoryTransferProps> = {}) {
  const all: HistoryTransferProps = {
    onExportJson: vi.fn(),
    onExportCsv: vi.fn(),
    onImport: vi.fn(async (): Promise<ImportOutcome> => ({ ok: true, stored: true, added: 0, total: 0 })),
    onDeleteAll: vi.fn(async () => undefined),
    ...props,
  };
  renderWithI18n(<HistoryTransfer {...all} />);
  return all;
}

function importWith(result: ImportOutcome) {
  renderTransfer({ onImport: async () => result });
  const input = screen.getByLabelText<HTMLInputElement>('Import history');
  Object.defineProperty(input, 'files', { value: [new File(['{}'], 'history.json')] });
  fireEvent.change(input);
}

const file = () => new File(['{}'], 'history.json', { type: 'application/json' });

describe('HistoryTransfer', () => {
  it('says how many breaks were added and how many were already there', async () => {
    importWith({ ok: true, stored: true, added: 3, total: 5 });
    await waitFor(() => expect(screen.getByTestId('import-result').textContent).toBe('Imported 3 breaks; 2 already in your history.'));
    expect(screen.queryByTestId('import-errors')).toBeNull();
  });

  it('lists each problem of a refused file, with where it is', async () => {
    importWith({ ok: false, problems: [{ path: 'breaks[0].kind', code: 'bad-kind', detail: 'routine, movement' }], more: 0 });
    const errors = await screen.findByTestId('import-errors');
    expect(errors.textContent).toContain('The file was not imported. Nothing in your history changed.');
    expect(errors.querySelector('li')!.textContent).toBe(
      'breaks[0].kind is not a kind of break Unknot knows. It should be one of: routine, movement.',
    );
  });

  it('shows only the first 20 problems and counts the rest', async () => {
    const problems = Array.from({ length: 23 }, (_, i) => ({ path: `daysOff[${i}]`, code: 'bad-day' as const }));
    importWith({ ok: false, problems, more: 0 });
    const errors = await screen.findByTestId('import-errors');
    expect(errors.querySelectorAll('li')).toHaveLength(20);
    expect(errors.textContent).toContain('…and more problems: 3 not shown.');
  });

  it('counts the problems the core only counted, and translates only the 20 it shows, for a hostile file', async () => {
    // The core lists 100 problems and counts the other 4,949,900 of a 35 MB file of unknown fields.
    const problems = Array.from({ length: 100 }, (_, i) => ({ path: `breaks[${i}].x`, code: 'unknown-field' as const, detail: 'x' }));
    const translate = vi.fn(t);
    render(
      <I18nContext.Provider value={{ t: translate, locale: 'en' }}>
        <HistoryTransfer onExportJson={vi.fn()} onExportCsv={vi.fn()} onImport={async () => ({ ok: false, problems, more: 4_949_900 })} onDeleteAll={vi.fn()} />
      </I18nContext.Provider>,
    );
    await userEvent.setup().upload(screen.getByLabelText('Import history'), file());
    const errors = await screen.findByTestId('import-errors');
    expect(within(errors).getAllByRole('listitem')).toHaveLength(20);
    expect(errors.textContent).toContain('…and more problems: 4,949,980 not shown.');
    const problemTranslations = translate.mock.calls.filter(([key]) => key.startsWith('import_problem_'));
    // Only the 20 shown are ever translated (on each render), not all 100 the core listed.
    expect(new Set(problemTranslations.map(([, subs]) => JSON.stringify(subs))).size).toBe(20);
  });

  it('says so when the browser refused to store a valid file', async () => {
    importWith({ ok: true, stored: false, added: 0, total: 5 });
    const errors = await screen.findByTestId('import-errors');
    expect(errors.querySelector('li')!.textContent).toBe(
      'The file could not be imported: your browser refused to save it. Nothing in your history changed.',
    );
    expect(screen.queryByTestId('import-result')).toBeNull();
  });

  it('says it is checking the file while the import runs, and takes no second file meanwhile', async () => {
    const user = userEvent.setup();
    let finish!: (outcome: ImportOutcome) => void;
    const onImport = vi.fn(() => new Promise<ImportOutcome>((resolve) => (finish = resolve)));
    renderTransfer({ onImport });
    const input = screen.getByLabelText<HTMLInputElement>('Import history');
    await user.upload(input, file());
    expect((await screen.findByRole('status')).textContent).toBe('Checking the file…');
    expect(input.disabled).toBe(true);
    finish({ ok: true, stored: true, added: 1, total: 1 });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported 1 break; 0 already in your history.'));
    expect(input.disabled).toBe(false);
    expect(onImport).toHaveBeenCalledTimes(1);
  });

  it('says the history is unchanged when the import itself failed', async () => {
    const user = userEvent.setup();
    renderTransfer({ onImport: () => Promise.reject(quotaError()) });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await user.upload(screen.getByLabelText('Import history'), file());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The file could not be imported: something went wrong while reading or saving it. Your history is unchanged. Try again.',
    );
    expect(screen.queryByTestId('import-result')).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('Import history').disabled).toBe(false);
  });

  it('deletes everything after the confirmation and says so', async () => {
    const user = userEvent.setup();
    const { onDeleteAll } = renderTransfer();
    await user.click(screen.getByRole('button', { name: 'Delete all history…' }));
    expect(onDeleteAll).not.toHaveBeenCalled();
    expect(screen.getByRole('group', { name: /Delete every recorded break and day off\?/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect(onDeleteAll).toHaveBeenCalledTimes(1);
    expect((await screen.findByRole('status')).textContent).toBe('Your history was deleted.');
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('keeps the confirmation open and says nothing was deleted when deleting fails, and a retry can still succeed', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onDeleteAll = vi.fn().mockRejectedValueOnce(quotaError()).mockResolvedValueOnce(undefined);
    renderTransfer({ onDeleteAll });
    await user.click(screen.getByRole('button', { name: 'Delete all history…' }));
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));

    const group = screen.getByRole('group', { name: /Delete every recorded break and day off\?/ });
    expect((await within(group).findByRole('alert')).textContent).toBe(
      'Nothing was deleted: your browser could not change the history. Your breaks and days off are still there. Try again.',
    );
    expect(screen.queryByText('Your history was deleted.')).toBeNull();

    await user.click(within(group).getByRole('button', { name: 'Delete everything' }));
    expect((await screen.findByRole('status')).textContent).toBe('Your history was deleted.');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onDeleteAll).toHaveBeenCalledTimes(2);
  });

  it('says so when an export did not finish', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderTransfer({ onExportCsv: () => Promise.reject(new Error('IndexedDB closed')) });
    await user.click(screen.getByRole('button', { name: 'Export breaks (CSV)' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The export did not finish: your history could not be read. Nothing was changed. Try again.',
    );
  });

  it('has no axe violations with a failed delete in the open confirmation', { timeout: AXE_TIMEOUT }, async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderTransfer({ onDeleteAll: () => Promise.reject(quotaError()) });
    await user.click(screen.getByRole('button', { name: 'Delete all history…' }));
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    await screen.findByRole('alert');
    expect(await axeViolations(document.body)).toEqual([]);
  });
});
