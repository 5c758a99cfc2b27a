// @vitest-environment jsdom
// Holidays and sick leave by keyboard alone: a range with a reason is added, a wrong one is explained, one is removed.
import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { DayOffRanges } from '../../components/DayOffRanges';
import type { DayOffRange } from '../../core/history-file';
import { AXE_TIMEOUT, axeViolations } from './charts/axe';
import { renderWithI18n } from './session-helpers';

function Stored({ initial = [] as DayOffRange[] }) {
  const [ranges, setRanges] = useState(initial);
  return (
    <DayOffRanges
      ranges={ranges}
      onAdd={async (r) => setRanges((all) => [...all, r])}
      onRemove={async (r) => setRanges((all) => all.filter((x) => x.from !== r.from || x.to !== r.to))}
    />
  );
}

describe('DayOffRanges', () => {
  it('adds a range with its reason, by keyboard alone', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Stored />, 'en-GB');
    await user.click(screen.getByLabelText('From'));
    await user.keyboard('2026-08-03');
    // jsdom's date input takes typed text as its value; Tab moves on as in a browser.
    await user.tab();
    await user.keyboard('2026-08-14');
    await user.tab();
    await user.keyboard('Holiday');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add days off' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByTestId('day-off-ranges').textContent).toContain('Holiday'));
    expect(screen.getByTestId('day-off-ranges').textContent).toMatch(/^3\s*–\s*14 Aug 2026: Holiday/);
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('');
  });

  it('explains a range that ends before it starts, tied to its fields, and stores nothing', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Stored />);
    await user.type(screen.getByLabelText('From'), '2026-08-14');
    await user.type(screen.getByLabelText('To (included)'), '2026-08-03');
    await user.click(screen.getByRole('button', { name: 'Add days off' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('The last day comes before the first.');
    expect(screen.getByLabelText('From').getAttribute('aria-describedby')).toBe(alert.id);
    expect(screen.queryByTestId('day-off-ranges')).toBeNull();
  });

  it('removes a range by its named button', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Stored initial={[{ from: '2026-02-02', to: '2026-02-06', label: 'Sick leave' }]} />, 'en-GB');
    await user.click(screen.getByRole('button', { name: /^Remove day off 2\s*–\s*6 Feb 2026$/ }));
    await waitFor(() => expect(screen.queryByTestId('day-off-ranges')).toBeNull());
  });

  it('has no axe violations', async () => {
    const { container } = renderWithI18n(<Stored initial={[{ from: '2026-02-02', to: '2026-02-06', label: 'Sick leave' }]} />);
    expect(await axeViolations(container)).toEqual([]);
  }, AXE_TIMEOUT);
});
