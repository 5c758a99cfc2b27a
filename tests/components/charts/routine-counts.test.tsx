// @vitest-environment jsdom
import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { RoutineCounts } from '../../../components/charts/RoutineCounts';
import { renderWithI18n } from '../session-helpers';
import { AXE_TIMEOUT, axeViolations } from './axe';

const ROWS = [
  { label: 'Neck rolls', count: 12 },
  { label: 'Shoulder shrugs', count: 6 },
  { label: 'Calf raises', count: 0 },
];

describe('RoutineCounts', () => {
  it('lists each routine with its count as text, bars sized against the most done', () => {
    const { container } = renderWithI18n(<RoutineCounts rows={ROWS} />);
    const table = screen.getByRole('table', { name: 'Breaks by routine' });
    expect(within(table).getByRole('rowheader', { name: 'Neck rolls' })).toBeTruthy();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['Neck rolls12', 'Shoulder shrugs6', 'Calf raises0']);
    const bars = [...container.querySelectorAll<HTMLElement>('.routine-counts__bar')];
    expect(bars.map((b) => b.style.width)).toEqual(['100%', '50%', '0%']);
    expect(bars.every((b) => b.getAttribute('aria-hidden') === 'true')).toBe(true);
  });

  it('says so when no routine has been done', () => {
    renderWithI18n(<RoutineCounts rows={[]} />);
    expect(screen.getByText('No routines done yet.')).toBeTruthy();
  });

  it('has no axe violations', { timeout: AXE_TIMEOUT }, async () => {
    const { container } = renderWithI18n(<RoutineCounts rows={ROWS} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
