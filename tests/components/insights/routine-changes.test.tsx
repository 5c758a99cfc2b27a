// @vitest-environment jsdom
import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RoutineChanges } from '../../../components/insights/RoutineChanges';
import type { RoutineChange } from '../../../core/insights';
import { AXE_TIMEOUT, axeViolations } from '../charts/axe';
import { renderWithI18n } from '../session-helpers';

const ROWS: RoutineChange[] = [
  { routineId: 'jaw-release', ratings: 12, change: -1.75 },
  { routineId: 'elbow-circles', ratings: 6, change: 0.5 },
  { routineId: 'calves', ratings: 5, change: 0 },
  { routineId: 'neck-rolls', ratings: 4 },
];

const CAPTION = /^Average change in intensity/;

describe('RoutineChanges', () => {
  it('lists each routine by its name (an unknown one by its id), its ratings and its signed average change', () => {
    renderWithI18n(<RoutineChanges rows={ROWS} />, 'en-GB');
    const table = screen.getByRole('table', { name: CAPTION });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Routine', 'Ratings', 'Average change']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual([
      ['Jaw release', '12', '-1.8'],
      ['elbow-circles', '6', '+0.5'],
      ['Calf release', '5', '0.0'],
      ['Neck rolls for tech neck', '4', 'not enough ratings yet'],
    ]);
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe('Jaw release');
  });

  it('writes numbers the locale\'s way', () => {
    renderWithI18n(<RoutineChanges rows={ROWS.slice(0, 1)} />, 'de');
    expect(screen.getByRole('table').querySelector('td:last-child')?.textContent).toBe('-1,8');
  });

  it('is read, not operated: the keyboard passes over it without a stop', async () => {
    const user = userEvent.setup();
    const { container } = renderWithI18n(
      <>
        <button>before</button>
        <RoutineChanges rows={ROWS} />
        <button>after</button>
      </>,
    );
    await user.tab();
    await user.tab();
    expect(document.activeElement?.textContent).toBe('after');
    expect(container.querySelectorAll('[tabindex]')).toHaveLength(0);
  });

  it('says so when nothing is rated yet', () => {
    renderWithI18n(<RoutineChanges rows={[]} />);
    expect(screen.getByText('No routine has intensity ratings yet.')).toBeTruthy();
  });

  it('has no axe violations', { timeout: AXE_TIMEOUT }, async () => {
    const { container } = renderWithI18n(<RoutineChanges rows={ROWS} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
