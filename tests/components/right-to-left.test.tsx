// @vitest-environment jsdom
// Right to left (an Arabic page): the charts and the calendar read from the right, the arrow keys move the reading
// way in the calendar, the bar strips and the player, and the figures are drawn as they are left to right.
import { fireEvent, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CalendarHeatmap } from '../../components/charts/CalendarHeatmap';
import { IntensityByWeek } from '../../components/charts/IntensityByWeek';
import { WeeklyBars } from '../../components/charts/WeeklyBars';
import { StepIllustration } from '../../components/illustrations/StepIllustration';
import { WhenYouMove } from '../../components/insights/WhenYouMove';
import { RoutineSession } from '../../components/RoutineSession';
import { ILLUSTRATION_IDS } from '../../core/illustrations';
import { ROUTINES } from '../../core/routines';
import { memoryPorts, renderWithI18n } from './session-helpers';

const num = (el: Element | null, name: string) => Number(el!.getAttribute(name));
const viewWidth = (svg: Element) => Number(svg.getAttribute('viewBox')!.split(' ')[2]);

// 12 March 2026 is a Thursday: the calendar's first column starts on Monday 10 March 2025.
const TODAY = '2026-03-12';
const FIRST = '2025-03-10';

function calendar(dir: 'ltr' | 'rtl') {
  return renderWithI18n(<CalendarHeatmap counts={new Map()} today={TODAY} goal={6} neutral={() => false} />, 'en', dir);
}

describe('the calendar right to left', () => {
  it('puts the first day at the right and today at the left, each cell mirrored about the drawing', () => {
    const ltr = calendar('ltr').container;
    const ltrX = new Map([...ltr.querySelectorAll('[data-day]')].map((c) => [c.getAttribute('data-day'), num(c, 'x')]));
    const rtl = calendar('rtl').container.querySelector('svg[role="grid"]')!;
    const cell = (day: string) => rtl.querySelector(`[data-day="${day}"]`);
    expect(num(cell(FIRST), 'x')).toBeGreaterThan(num(cell(TODAY), 'x'));
    // Mirrored: a cell's left edge right to left is the drawing's width less its right edge left to right.
    const width = viewWidth(rtl);
    for (const day of [FIRST, '2025-09-01', TODAY]) {
      expect(num(cell(day), 'x') + num(cell(day), 'width')).toBe(width - ltrX.get(day)!);
    }
    // The same rows and weekdays: Monday at the top either way.
    expect(num(cell(FIRST), 'y')).toBe(num(ltr.querySelector(`[data-day="${FIRST}"]`), 'y'));
  });

  it('names the months from the right: the first month rightmost, over its column', () => {
    const { container } = calendar('rtl');
    const months = [...container.querySelectorAll('svg[role="grid"] > g[aria-hidden="true"] text')].slice(0, 13);
    const xs = months.map((m) => num(m, 'x'));
    expect(xs).toEqual([...xs].sort((a, b) => b - a));
    // April's 1st is in the column of Monday 31 March 2025: the month's label starts at that column's right edge.
    const april = months.find((m) => m.textContent === 'Apr')!;
    const column = container.querySelector('[data-day="2025-03-31"]')!;
    expect(num(april, 'x')).toBe(num(column, 'x') + num(column, 'width'));
  });

  it('moves with the arrows the way it reads: right is the week before, left the week after', async () => {
    const user = userEvent.setup();
    calendar('rtl');
    await user.tab();
    const focused = () => document.activeElement?.getAttribute('data-day');
    expect(focused()).toBe(TODAY);
    const steps: [string, string][] = [
      ['{ArrowRight}', '2026-03-05'],
      ['{ArrowRight}', '2026-02-26'],
      ['{ArrowLeft}', '2026-03-05'],
      ['{ArrowUp}', '2026-03-04'],
      ['{ArrowDown}', '2026-03-05'],
      ['{ArrowLeft}', TODAY],
      ['{ArrowLeft}', TODAY], // no week after this one
      ['{Home}', FIRST],
      ['{ArrowRight}', FIRST], // no week before the first
      ['{ArrowLeft}', '2025-03-17'],
    ];
    for (const [key, day] of steps) {
      await user.keyboard(key);
      expect([key, focused()]).toEqual([key, day]);
    }
  });
});

describe('the charts right to left', () => {
  const WEEKS = [5, 9, 2].map((counted, i) => ({ start: `2026-03-${String(2 + 7 * i).padStart(2, '0')}`, counted }));

  it.each([
    ['ltr', 'left'],
    ['rtl', 'right'],
  ] as const)('weekly bars %s: the oldest week at the %s', (dir, side) => {
    renderWithI18n(<WeeklyBars weeks={WEEKS} goal={6} />, 'en', dir);
    const xs = [...screen.getByRole('img').querySelectorAll('.chart__bar')].map((b) => num(b, 'x'));
    expect(xs).toHaveLength(3);
    const fromTheLeft = [...xs].sort((a, b) => a - b);
    expect(xs).toEqual(side === 'left' ? fromTheLeft : fromTheLeft.reverse());
  });

  it('weekly bars in both directions are mirror images', () => {
    const ltr = renderWithI18n(<WeeklyBars weeks={WEEKS} goal={6} />, 'en', 'ltr').container;
    const rtl = renderWithI18n(<WeeklyBars weeks={WEEKS} goal={6} />, 'en', 'rtl').container.querySelector('[dir="rtl"]')!;
    const edges = (root: Element) => [...root.querySelectorAll('.chart__bar')].map((b) => [num(b, 'x'), num(b, 'x') + num(b, 'width')]);
    const width = viewWidth(rtl.querySelector('svg')!);
    expect(edges(rtl)).toEqual(edges(ltr).map(([start, end]) => [width - end!, width - start!]));
  });

  it('intensity: before then after, week by week, from the right', () => {
    renderWithI18n(<IntensityByWeek weeks={[{ start: '2026-03-02', before: 6, after: 3 }, { start: '2026-03-09', before: 5, after: 2 }]} />, 'en', 'rtl');
    const svg = screen.getByRole('img', { name: /Average intensity/ });
    const before = [...svg.querySelectorAll('.chart__bar--before')].map((b) => num(b, 'x'));
    const after = [...svg.querySelectorAll('.chart__bar--after')].map((b) => num(b, 'x'));
    expect(before[0]).toBeGreaterThan(after[0]!);
    expect(after[0]).toBeGreaterThan(before[1]!);
    expect(before[1]).toBeGreaterThan(after[1]!);
  });

  it('hours: midnight rightmost, and ArrowLeft moves to the next hour', async () => {
    const hours = Array.from({ length: 24 }, (_, h) => (h === 9 ? 3 : 0));
    const when = { hours, weekdays: [3, 0, 0, 0, 0, 0, 0], total: 3 };
    renderWithI18n(<WhenYouMove when={{ '4w': when, '12w': when, '12m': when }} />, 'en-GB', 'rtl');
    const grid = screen.getByRole('grid', { name: /hour/i });
    const slots = [...grid.querySelectorAll('[data-bar]')];
    const xs = slots.map((s) => num(s, 'x'));
    expect(xs).toEqual([...xs].sort((a, b) => b - a));
    expect(xs[0]! + num(slots[0]!, 'width')).toBe(viewWidth(grid));

    const user = userEvent.setup();
    (slots[0] as SVGElement).focus();
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^01:00–02:00/);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^00:00–01:00/);
  });
});

describe('the player right to left', () => {
  it('ArrowLeft goes to the next step and ArrowRight back', async () => {
    const user = userEvent.setup();
    renderWithI18n(<RoutineSession ports={memoryPorts().ports} routines={ROUTINES} size="small" onError={() => undefined} />, 'en', 'rtl');
    (await screen.findByRole('button', { name: /Neck rolls for tech neck/ })).click();
    fireEvent.click(await screen.findByRole('button', { name: 'Start the routine' }));
    const player = screen.getByTestId('routine-player');
    player.focus();
    expect(screen.getByText(/^Step 1 of \d+$/)).toBeTruthy();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByText(/^Step 2 of \d+$/)).toBeTruthy();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByText(/^Step 3 of \d+$/)).toBeTruthy();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByText(/^Step 2 of \d+$/)).toBeTruthy();
  });
});

describe('the figures right to left', () => {
  it.each(ILLUSTRATION_IDS)('%s is drawn the same either way', (id) => {
    const draw = (dir: 'ltr' | 'rtl') => renderWithI18n(<StepIllustration id={id} side="left" />, 'en', dir).container.querySelector('svg')!.outerHTML;
    const ltr = draw('ltr');
    expect(draw('rtl')).toBe(ltr);
  });
});
