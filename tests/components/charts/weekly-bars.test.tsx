// @vitest-environment jsdom
import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { WeeklyBars } from '../../../components/charts/WeeklyBars';
import { renderWithI18n } from '../session-helpers';
import { AXE_TIMEOUT, axeViolations } from './axe';

const COUNTS = [4, 12, 0, 25, 19, 30, 8, 17];
// Ten weeks from Monday 6 October 2025: only the last 8 (from 20 October) are drawn.
const WEEKS = [3, 9, ...COUNTS].map((counted, i) => ({
  start: new Date(Date.UTC(2025, 9, 6 + 7 * i)).toISOString().slice(0, 10),
  counted,
}));

describe('WeeklyBars', () => {
  it('draws the last 8 weeks with their counts, week labels and the goal line', () => {
    const { container } = renderWithI18n(<WeeklyBars weeks={WEEKS} goal={20} />, 'en-GB');
    const svg = screen.getByRole('img');
    expect(svg.querySelectorAll('.chart__bar')).toHaveLength(8);
    expect([...svg.querySelectorAll('.chart__value')].map((v) => v.textContent)).toEqual(COUNTS.map(String));
    const texts = [...svg.querySelectorAll('text')].map((v) => v.textContent);
    expect(texts).toContain('20 Oct');
    expect(texts).toContain('8 Dec');
    expect(texts).not.toContain('13 Oct');
    expect(texts).toContain('Goal 20');
    expect(container.querySelectorAll('.chart__goal')).toHaveLength(1);
  });

  it('sums the chart up in its accessible name', () => {
    renderWithI18n(<WeeklyBars weeks={WEEKS} goal={20} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Breaks per week over the last 8 weeks: 17 in the latest week, at most 30. Weekly goal 20, met in 2 of the 8 weeks.',
    );
  });

  it('repeats the numbers in a hidden table for screen readers', () => {
    renderWithI18n(<WeeklyBars weeks={WEEKS} goal={20} />, 'en-GB');
    const table = screen.getByRole('table', { name: 'Breaks per week' });
    expect(table.classList.contains('charts-visually-hidden')).toBe(true);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.children].map((c) => c.textContent))).toEqual(
      COUNTS.map((n, i) => [`${[20, 27, 3, 10, 17, 24, 1, 8][i]} ${i < 2 ? 'October' : i < 6 ? 'November' : 'December'} 2025`, String(n)]),
    );
    expect(within(table).getByRole('columnheader', { name: 'Breaks' })).toBeTruthy();
  });

  it('says so when there is no week to show', () => {
    renderWithI18n(<WeeklyBars weeks={[]} goal={20} />);
    expect(screen.getByText('No weeks to show yet.')).toBeTruthy();
  });

  it('has no axe violations', { timeout: AXE_TIMEOUT }, async () => {
    const { container } = renderWithI18n(<WeeklyBars weeks={WEEKS} goal={20} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
