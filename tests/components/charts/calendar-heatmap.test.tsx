// @vitest-environment jsdom
import { screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CalendarHeatmap } from '../../../components/charts/CalendarHeatmap';
import { inTimezone } from '../../support/tz';
import { renderWithI18n } from '../session-helpers';
import { AXE_TIMEOUT, axeViolations } from './axe';
import { countCellsDrawn } from './cells-drawn';

// 12 March 2026 is a Thursday: its column holds Monday 9 to Thursday 12.
const TODAY = '2026-03-12';
const weekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

function renderCalendar(options: { locale?: string; today?: string; counts?: [string, number][]; goal?: number; neutral?: (day: string) => boolean } = {}) {
  const { container } = renderWithI18n(
    <CalendarHeatmap
      counts={new Map(options.counts ?? [])}
      today={options.today ?? TODAY}
      goal={options.goal ?? 6}
      neutral={options.neutral ?? weekend}
    />,
    options.locale,
  );
  return { container };
}

/**
 * The day cell with this accessible name. A cell's name is its aria-label (it has no other naming
 * source), so this finds it by that label and checks its role: a role-and-name query computes the
 * name of all 371 cells, about a second per query on a busy 2-core machine.
 */
function cellNamed(name: string) {
  const cell = screen.getByLabelText(name, { selector: 'rect' });
  expect(cell.getAttribute('role')).toBe('gridcell');
  return cell;
}

const days = (container: ParentNode) => [...container.querySelectorAll('[data-day]')].map((c) => c.getAttribute('data-day'));

describe('CalendarHeatmap', () => {
  it('labels days with 0, 1 and many breaks, and marks days off', () => {
    renderCalendar({ locale: 'en-GB', counts: [['2026-03-12', 3], ['2026-03-11', 1], ['2026-03-07', 2]] });
    expect(cellNamed('3 breaks on 12 March 2026')).toBeTruthy();
    expect(cellNamed('1 break on 11 March 2026')).toBeTruthy();
    expect(cellNamed('No breaks on 10 March 2026')).toBeTruthy();
    expect(cellNamed('2 breaks on 7 March 2026, day off')).toBeTruthy();
    expect(cellNamed('No breaks on 8 March 2026, day off')).toBeTruthy();
  });

  it.each(['Pacific/Honolulu', 'Pacific/Kiritimati'])('writes dates the locale\'s way, the same in %s', (zone) => {
    inTimezone(zone, () => {
      renderCalendar({ locale: 'en-US', counts: [['2026-03-12', 21]] });
      expect(cellNamed('21 breaks on March 12, 2026')).toBeTruthy();
      expect(cellNamed('No breaks on March 10, 2025')).toBeTruthy();
    });
  });

  it('colours by level against the goal and fades neutral days', () => {
    const { container } = renderCalendar({
      goal: 6,
      counts: [['2026-03-09', 2], ['2026-03-10', 3], ['2026-03-11', 6], ['2026-03-08', 9]],
    });
    const cls = (day: string) => container.querySelector(`[data-day="${day}"]`)!.getAttribute('class');
    expect(cls('2026-03-12')).toBe('cal__cell cal--0');
    expect(cls('2026-03-09')).toBe('cal__cell cal--1');
    expect(cls('2026-03-10')).toBe('cal__cell cal--2');
    expect(cls('2026-03-11')).toBe('cal__cell cal--3');
    expect(cls('2026-03-08')).toBe('cal__cell cal--3 cal--neutral');
  });

  it.each([
    ['a Thursday', '2026-03-12', '2025-03-10', 52 * 7 + 4],
    ['a Monday', '2026-03-09', '2025-03-10', 365],
    ['a Sunday', '2026-03-15', '2025-03-10', 371],
    ['a leap-year Sunday', '2024-03-03', '2023-02-27', 371],
  ])('draws 53 week columns from a Monday up to today, %s, and nothing after', (_, today, first, count) => {
    const { container } = renderCalendar({ today });
    const drawn = days(container).sort();
    expect(drawn).toHaveLength(count);
    expect(new Set(drawn).size).toBe(count);
    expect(drawn[0]).toBe(first);
    expect(drawn.at(-1)).toBe(today);
    expect(drawn.every((d) => d! <= today)).toBe(true);
    // Every day of the last year is there: 366 in a year holding 29 February.
    expect(drawn).toContain(today.startsWith('2024') ? '2023-03-04' : '2025-03-16');
  });

  it('has one tab stop, on today, and arrows, Home and End move it with focus', async () => {
    const user = userEvent.setup();
    const { container } = renderCalendar();
    // Every tab stop in the calendar, not only among cells. A plain selector: a role query checks
    // each of 371 cells' styles for visibility, which took seconds per step on a busy machine.
    const tabStops = () => [...container.querySelectorAll('[tabindex="0"]')];
    expect(tabStops().map((c) => c.getAttribute('data-day'))).toEqual([TODAY]);

    await user.tab();
    const focused = () => document.activeElement?.getAttribute('data-day');
    expect(focused()).toBe(TODAY);

    const steps: [string, string][] = [
      ['{ArrowUp}', '2026-03-11'],
      ['{ArrowLeft}', '2026-03-04'],
      ['{ArrowDown}', '2026-03-05'],
      ['{ArrowRight}', '2026-03-12'],
      ['{ArrowRight}', '2026-03-12'], // no column after this week
      ['{ArrowDown}', '2026-03-12'], // Friday 13 is not drawn
      ['{Home}', '2025-03-10'],
      ['{ArrowUp}', '2025-03-10'],
      ['{ArrowLeft}', '2025-03-10'],
      ['{ArrowDown}', '2025-03-11'],
      ['{End}', TODAY],
    ];
    for (const [key, day] of steps) {
      await user.keyboard(key);
      expect([key, focused()]).toEqual([key, day]);
      expect(tabStops().map((c) => c.getAttribute('data-day'))).toEqual([day]);
    }
  });

  it('re-draws only the two cells the tab stop leaves and reaches on each key, not the whole year', async () => {
    const user = userEvent.setup();
    const { container } = renderCalendar();
    await user.tab();
    const drawn = countCellsDrawn();
    for (const key of ['{ArrowUp}', '{ArrowLeft}', '{Home}', '{End}']) {
      drawn.reset();
      await user.keyboard(key);
      // The cell left and the cell reached, of 371.
      expect([key, drawn.count()]).toEqual([key, 2]);
    }
    expect(container.querySelectorAll('[tabindex="0"]')).toHaveLength(1);
  });

  it('moves the tab stop to a clicked day', async () => {
    const user = userEvent.setup();
    const { container } = renderCalendar();
    await user.click(container.querySelector('[data-day="2026-01-05"]')!);
    expect(document.activeElement?.getAttribute('data-day')).toBe('2026-01-05');
    expect(container.querySelector('[tabindex="0"]')?.getAttribute('data-day')).toBe('2026-01-05');
  });

  it('names months along the top and explains the colours in a hidden legend', () => {
    const { container } = renderCalendar({ goal: 6 });
    const months = [...container.querySelectorAll('svg[role="grid"] > g[aria-hidden="true"] text')].map((t) => t.textContent);
    expect(months.slice(0, 13)).toEqual(['Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar']);
    const grid = screen.getByRole('grid', { name: 'Breaks in the last 12 months' });
    const described = grid
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ');
    expect(described).toMatch(/daily goal of 6/);
    expect(described).toMatch(/arrows move by one day/);
  });

  it('has no axe violations', { timeout: AXE_TIMEOUT }, async () => {
    const { container } = renderCalendar({ counts: [['2026-03-12', 3], ['2026-03-07', 2]] });
    expect(await axeViolations(container)).toEqual([]);
  });
});
