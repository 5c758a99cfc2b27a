// @vitest-environment jsdom
// Every count a page shows goes through Intl.NumberFormat of the page's locale: English groups 1234 as "1,234",
// German as "1.234", Egyptian Arabic writes Arabic-Indic digits ("١٬٢٠٠"). English messages, so only digits differ.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { BreakControls } from '../../components/BreakControls';
import { BreaksToday } from '../../components/BreaksToday';
import { HistoryTransfer } from '../../components/HistoryTransfer';
import { IntensityInput } from '../../components/IntensityInput';
import { PlayerStep } from '../../components/PlayerStep';
import { ROUTINES } from '../../core/routines';
import { statusText } from '../../core/status-text';
import { t } from '../support/messages';
import { renderWithI18n } from './session-helpers';

// Written out, not formatted by the code under test. 1200 and 2000 are in Arabic's "other" plural category,
// the one English messages have, so the sentence is found in every locale here.
const AR_1200 = '\u0661\u066c\u0662\u0660\u0660';
const AR_2000 = '\u0662\u066c\u0660\u0660\u0660';
const AR_10 = '\u0661\u0660';

describe('counts follow the page locale', () => {
  it.each([
    ['en', 'Today: 1,200 of 2,000 breaks today'],
    ['de', 'Today: 1.200 of 2.000 breaks today'],
    ['ar-EG', `Today: ${AR_1200} of ${AR_2000} breaks today`],
  ])('breaks today in %s', (locale, text) => {
    renderWithI18n(<BreaksToday done={1200} goal={2000} />, locale);
    expect(`Today: ${screen.getByTestId('breaks-today').textContent}`).toBe(text);
  });

  it.each([
    ['en', 'You can skip 1,200 more breaks today.', 'Snooze 2,000 min'],
    ['ar-EG', `You can skip ${AR_1200} more breaks today.`, `Snooze ${AR_2000} min`],
  ])('skips left and the snooze minutes in %s', (locale, skips, snooze) => {
    renderWithI18n(
      <BreakControls
        status={{ kind: 'due', snoozesLeft: 1, skipsLeft: 1200 }}
        snoozeMinutes={2000}
        pauseChoices={[]}
        onPause={vi.fn()}
        onResume={vi.fn()}
        onSnooze={vi.fn()}
        onSkip={vi.fn()}
      />,
      locale,
    );
    expect(screen.getByTestId('skips-left').textContent).toBe(skips);
    expect(screen.getByRole('button', { name: snooze })).toBeTruthy();
  });

  it.each([
    ['en', '1:40', '100 seconds left in this step'],
    ['ar-EG', '\u0661:\u0664\u0660', '\u0661\u0660\u0660 seconds left in this step'],
  ])("a step's countdown and its spoken seconds in %s", (locale, clock, label) => {
    const routine = ROUTINES[0]!;
    renderWithI18n(<PlayerStep routine={routine} step={routine.steps[0]!} remainingMs={99_200} paused={false} size="small" />, locale);
    const remaining = screen.getByTestId('step-remaining');
    expect(remaining.textContent).toBe(clock);
    expect(remaining.getAttribute('aria-label')).toBe(label);
  });

  it('the intensity in Arabic digits, shown and spoken', () => {
    renderWithI18n(<IntensityInput id="i" labelKey="intensity_before" value={10} onChange={vi.fn()} />, 'ar-EG');
    expect(screen.getByTestId('intensity').getAttribute('aria-valuetext')).toBe(`${AR_10} of 10`);
    expect(document.querySelector('output')!.textContent).toBe(AR_10);
  });

  it.each([
    ['en', 'Imported 1,200 breaks; 2,000 already in your history.', 'Next break in 2,000 min'],
    ['ar-EG', `Imported ${AR_1200} breaks; ${AR_2000} already in your history.`, `Next break in ${AR_2000} min`],
  ])('import counts and the next break in %s', async (locale, imported, next) => {
    renderWithI18n(
      <HistoryTransfer
        onExportJson={vi.fn()}
        onExportCsv={vi.fn()}
        onImport={async () => ({ ok: true, stored: true, added: 1200, total: 3200 })}
        onDeleteAll={vi.fn()}
      />,
      locale,
    );
    const input = screen.getByLabelText<HTMLInputElement>('Import history');
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'history.json')] });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByTestId('import-result').textContent).toBe(imported));
    const now = Date.UTC(2026, 2, 12, 9);
    expect(statusText({ kind: 'next', at: now + 2000 * 60_000 } as never, now, t, locale)).toBe(next);
  });

  it.each([
    ['en', '1,200 breaks were left out of the file'],
    ['ar-EG', `${AR_1200} breaks were left out of the file`],
  ])('export counts in %s', async (locale, text) => {
    renderWithI18n(
      <HistoryTransfer onExportJson={async () => ({ leftOut: 1200, clipped: 0 })} onExportCsv={vi.fn()} onImport={vi.fn()} onDeleteAll={vi.fn()} />,
      locale,
    );
    fireEvent.click(screen.getByRole('button', { name: /JSON/ }));
    await waitFor(() => expect(screen.getByTestId('export-summary').textContent).toContain(text));
  });
});
