// @vitest-environment jsdom
import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WhenYouMove } from '../../../components/insights/WhenYouMove';
import type { MovementCounts } from '../../../core/insights';
import { AXE_TIMEOUT, axeViolations } from '../charts/axe';
import { renderWithI18n } from '../session-helpers';

const hours = (sparse: Record<number, number>) => Array.from({ length: 24 }, (_, h) => sparse[h] ?? 0);
const WHEN: Record<'4w' | '12w' | '12m', MovementCounts> = {
  '4w': { hours: hours({ 9: 1 }), weekdays: [1, 0, 0, 0, 0, 0, 0], total: 1 },
  '12w': { hours: hours({ 0: 2, 9: 3, 14: 1, 23: 1 }), weekdays: [3, 1, 0, 2, 0, 0, 1], total: 7 },
  '12m': { hours: hours({ 0: 2, 9: 13, 14: 1, 23: 1 }), weekdays: [13, 1, 0, 2, 0, 0, 1], total: 17 },
};

/** The numbers in a table's body: [row header, count] per row. */
const tableRows = (name: string) =>
  within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.children].map((c) => c.textContent));

// jsdom has no CSS.escape, which user-event's arrow keys between radios call (browsers walk radios natively).
beforeEach(() => {
  if (!globalThis.CSS?.escape) vi.stubGlobal('CSS', { escape: (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`) });
});
afterEach(() => vi.unstubAllGlobals());

const focusedLabel = () => document.activeElement?.getAttribute('aria-label');

describe('WhenYouMove', () => {
  it('shows 12 weeks first, with every hour and weekday in its tables', () => {
    renderWithI18n(<WhenYouMove when={WHEN} />, 'en-GB');
    expect(screen.getByRole('radio', { name: '12 weeks' })).toHaveProperty('checked', true);
    const byHour = tableRows('Completed breaks per hour');
    expect(byHour).toHaveLength(24);
    expect(byHour[0]).toEqual(['00:00–01:00', '2']);
    expect(byHour[9]).toEqual(['09:00–10:00', '3']);
    expect(byHour[10]).toEqual(['10:00–11:00', '0']);
    expect(byHour[23]).toEqual(['23:00–00:00', '1']);
    expect(tableRows('Completed breaks per weekday')).toEqual([
      ['Monday', '3'],
      ['Tuesday', '1'],
      ['Wednesday', '0'],
      ['Thursday', '2'],
      ['Friday', '0'],
      ['Saturday', '0'],
      ['Sunday', '1'],
    ]);
  });

  it('walks the hour bars by keyboard: one tab stop, arrows, Home and End, each bar named with its count', async () => {
    const user = userEvent.setup();
    renderWithI18n(<WhenYouMove when={WHEN} />, 'en-GB');
    const grid = screen.getByRole('grid', { name: 'Completed breaks by hour of the day' });
    const tabStops = () => [...grid.querySelectorAll('[tabindex="0"]')].map((c) => c.getAttribute('aria-label'));
    expect(tabStops()).toEqual(['00:00–01:00: 2 breaks']);
    expect(grid.querySelectorAll('[role="gridcell"]')).toHaveLength(24);

    await user.tab(); // the checked radio of the span picker
    await user.tab();
    expect(focusedLabel()).toBe('00:00–01:00: 2 breaks');
    const steps: [string, string][] = [
      ['{ArrowLeft}', '00:00–01:00: 2 breaks'], // nothing before midnight
      ['{ArrowRight}', '01:00–02:00: 0 breaks'],
      ['{End}', '23:00–00:00: 1 break'],
      ['{ArrowRight}', '23:00–00:00: 1 break'],
      ['{ArrowLeft}', '22:00–23:00: 0 breaks'],
      ['{Home}', '00:00–01:00: 2 breaks'],
    ];
    for (const [key, label] of steps) {
      await user.keyboard(key);
      expect([key, focusedLabel()]).toEqual([key, label]);
      expect(tabStops()).toEqual([label]);
    }
    // The next Tab leaves the hours for the weekdays' one tab stop, Monday.
    await user.tab();
    expect(focusedLabel()).toBe('Monday: 3 breaks');
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(focusedLabel()).toBe('Thursday: 2 breaks');
    expect(screen.getByRole('grid', { name: 'Completed breaks by day of the week' }).contains(document.activeElement)).toBe(true);
  });

  it('changes the span from the keyboard, and the charts and tables follow', async () => {
    const user = userEvent.setup();
    renderWithI18n(<WhenYouMove when={WHEN} />, 'en-GB');
    const group = screen.getByRole('group', { name: 'Show the last' });
    expect(within(group).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['4w', '12w', '12m']);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: '12 weeks' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: '12 months' })).toHaveProperty('checked', true);
    expect(tableRows('Completed breaks per hour')[9]).toEqual(['09:00–10:00', '13']);
    expect(tableRows('Completed breaks per weekday')[0]).toEqual(['Monday', '13']);
    expect(screen.getByRole('grid', { name: 'Completed breaks by hour of the day' }).querySelector('[data-bar="9"]')?.getAttribute('aria-label')).toBe(
      '09:00–10:00: 13 breaks',
    );
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('radio', { name: '4 weeks' })).toHaveProperty('checked', true);
    expect(tableRows('Completed breaks per hour')[9]).toEqual(['09:00–10:00', '1']);
    expect(tableRows('Completed breaks per weekday')[0]).toEqual(['Monday', '1']);
  });

  it('says so when the span has no completed break', async () => {
    const user = userEvent.setup();
    const zero = { hours: hours({}), weekdays: [0, 0, 0, 0, 0, 0, 0], total: 0 };
    renderWithI18n(<WhenYouMove when={{ ...WHEN, '4w': zero }} />);
    await user.click(screen.getByRole('radio', { name: '4 weeks' }));
    expect(screen.getByText('No completed breaks in this span yet.')).toBeTruthy();
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it('names the hours the locale\'s way', () => {
    renderWithI18n(<WhenYouMove when={WHEN} />, 'en-US');
    expect(tableRows('Completed breaks per hour')[14]).toEqual(['02:00 PM–03:00 PM', '1']);
  });

  it('has no axe violations', { timeout: AXE_TIMEOUT }, async () => {
    const { container } = renderWithI18n(<WhenYouMove when={WHEN} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
