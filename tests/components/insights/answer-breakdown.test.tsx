// @vitest-environment jsdom
import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AnswerBreakdown } from '../../../components/insights/AnswerBreakdown';
import type { WeekAnswers } from '../../../core/answers';
import { AXE_TIMEOUT, axeViolations } from '../charts/axe';
import { renderWithI18n } from '../session-helpers';

const WEEKS: WeekAnswers[] = [
  { start: '2026-11-23', due: 5, taken: 1, snoozedTaken: 1, natural: 1, skipped: 1, unanswered: 1 },
  { start: '2026-11-30', due: 0, taken: 0, snoozedTaken: 0, natural: 0, skipped: 0, unanswered: 0 },
];
const CAPTION = /^Breaks that came due each week/;

describe('AnswerBreakdown', () => {
  it('a row per week: reminders, how each ended, and the share taken', () => {
    renderWithI18n(<AnswerBreakdown weeks={WEEKS} />, 'en-GB');
    const table = screen.getByRole('table', { name: CAPTION });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Week of',
      'Came due',
      'Taken',
      'Snoozed, then taken',
      'Away from the desk',
      'Skipped',
      'Unanswered',
      'Share taken',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    // 2 of 5 taken (one at once, one after snoozing): 40%.
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['23 Nov', '5', '1', '1', '1', '1', '1', '40%'],
      ['30 Nov', '0', '0', '0', '0', '0', '0', '–'],
    ]);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['23 Nov', '30 Nov']);
  });

  it('says so when no reminder came due', () => {
    renderWithI18n(<AnswerBreakdown weeks={[WEEKS[1]!]} />);
    expect(screen.getByText('No reminders in the last eight weeks yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('holds no keyboard trap: Tab passes over the table', async () => {
    const user = userEvent.setup();
    renderWithI18n(
      <>
        <button type="button">before</button>
        <AnswerBreakdown weeks={WEEKS} />
        <button type="button">after</button>
      </>,
    );
    screen.getByRole('button', { name: 'before' }).focus();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'after' }));
  });

  it('has no axe violations', async () => {
    const { container } = renderWithI18n(<AnswerBreakdown weeks={WEEKS} />);
    expect(await axeViolations(container)).toEqual([]);
  }, AXE_TIMEOUT);
});
