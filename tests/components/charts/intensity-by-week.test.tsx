// @vitest-environment jsdom
import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { IntensityByWeek } from '../../../components/charts/IntensityByWeek';
import { renderWithI18n } from '../session-helpers';
import { AXE_TIMEOUT, axeViolations } from './axe';

const WEEKS = [
  { start: '2026-02-16', before: 6.25, after: 3 },
  { start: '2026-02-23' },
  { start: '2026-03-02', before: 5, after: undefined },
  { start: '2026-03-09', before: 4.44, after: 2.06 },
];

describe('IntensityByWeek', () => {
  it('tabulates averages to one decimal, with a dash for weeks without ratings', () => {
    renderWithI18n(<IntensityByWeek weeks={WEEKS} />, 'en-GB');
    const table = screen.getByRole('table', { name: 'Average intensity by week, from 0 to 10' });
    expect(table.classList.contains('charts-visually-hidden')).toBe(true);
    const rows = within(table).getAllByRole('row');
    // The dash is for sight; screen readers hear "no ratings" instead.
    const shown = (cell: Element) => [...cell.childNodes].map((n) => (n instanceof Element && n.classList.contains('charts-visually-hidden') ? '' : n.textContent)).join('');
    expect(rows.map((r) => [...r.children].map(shown))).toEqual([
      ['Week of', 'Before the break', 'After the break'],
      ['16 February 2026', '6.3', '3.0'],
      ['23 February 2026', '–', '–'],
      ['2 March 2026', '5.0', '–'],
      ['9 March 2026', '4.4', '2.1'],
    ]);
    expect(within(rows[2]!).getAllByText('no ratings')).toHaveLength(2);
  });

  it('draws paired bars, a dash where a week has no data, and a legend', () => {
    const { container } = renderWithI18n(<IntensityByWeek weeks={WEEKS} />);
    const svg = screen.getByRole('img', { name: /Average intensity before and after breaks/ });
    expect(svg.querySelectorAll('.chart__bar--before')).toHaveLength(3);
    expect(svg.querySelectorAll('.chart__bar--after')).toHaveLength(2);
    expect([...svg.querySelectorAll('text')].filter((t) => t.textContent === '–')).toHaveLength(3);
    expect([...svg.querySelectorAll('.chart__value')].map((t) => t.textContent)).toEqual(['6.3', '3.0', '5.0', '4.4', '2.1']);
    expect(container.querySelector('.chart-legend')?.textContent).toBe('Before the breakAfter the break');
  });

  it('formats numbers for the locale', () => {
    renderWithI18n(<IntensityByWeek weeks={WEEKS} />, 'de');
    expect(within(screen.getByRole('table')).getByText('6,3')).toBeTruthy();
  });

  it('has no axe violations', { timeout: AXE_TIMEOUT }, async () => {
    const { container } = renderWithI18n(<IntensityByWeek weeks={WEEKS} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
