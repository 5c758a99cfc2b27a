// @vitest-environment jsdom
// "Print a report": its controls by keyboard and by name, the report drawn for print with or without the reasons, axe.
import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportPanel } from '../../components/report/ReportPanel';
import type { BreakRecord } from '../../core/breaks';
import type { ReportInput } from '../../core/report';
import { AXE_TIMEOUT, axeViolations } from './charts/axe';
import { renderWithI18n } from './session-helpers';

const TODAY = '2026-03-31'; // a Tuesday: 4 weeks from Wed 2026-03-04, 12 weeks from Wed 2026-01-07
const routine = (at: string, fields: Partial<BreakRecord> = {}): BreakRecord => ({ id: at, at, time: 0, kind: 'routine', routineId: 'calves', completed: true, ...fields });
const DATA: ReportInput = {
  today: TODAY,
  counts: new Map([
    ['2026-01-20', 4],
    ['2026-03-30', 2],
  ]),
  daysOff: ['2026-03-10'],
  dayOffRanges: [{ from: '2026-03-16', to: '2026-03-20', label: 'Sick leave' }],
  recent: [routine('2026-01-20T10:00:00+01:00'), routine('2026-01-20T11:00:00+01:00'), routine('2026-03-30T10:00:00+02:00')],
};
const SETTINGS = { workDays: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, workHoursByDay: {}, dailyGoal: 4 };

// jsdom has no CSS.escape, which user-event's arrow keys between radios call (browsers walk radios natively).
beforeEach(() => {
  if (!globalThis.CSS?.escape) vi.stubGlobal('CSS', { escape: (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`) });
});
afterEach(() => vi.unstubAllGlobals());

function setup() {
  const print = vi.fn();
  const user = userEvent.setup();
  const view = renderWithI18n(<ReportPanel data={DATA} settings={{ ...SETTINGS, workDays: [...SETTINGS.workDays] }} print={print} onError={(e) => { throw e; }} />, 'en-US');
  return { print, user, view };
}

const printed = () => screen.getByRole('article', { name: 'Movement breaks: report' });
/** Text with Intl's thin and narrow spaces (around a date range's dash) as plain ones. */
const text = (element: Element) => (element.textContent ?? '').replace(/\s/g, ' ');

describe('ReportPanel', () => {
  it('names every control: the span, the reasons (off, with why) and the print button', () => {
    setup();
    const span = screen.getByRole('group', { name: 'Report on the last' });
    expect(within(span).getAllByRole('radio').map((r) => [r.getAttribute('value'), (r as HTMLInputElement).checked])).toEqual([
      ['4w', false],
      ['12w', true],
      ['12m', false],
    ]);
    const reasons = screen.getByRole('checkbox', { name: 'Include the reasons for days off' });
    expect(reasons).toHaveProperty('checked', false);
    expect(reasons.getAttribute('aria-describedby')).toBe('report-reasons-hint');
    expect(document.getElementById('report-reasons-hint')?.textContent).toMatch(/health information/);
    expect(screen.getByRole('button', { name: 'Print a report' })).toBeTruthy();
    // Nothing is drawn for print before it is asked for.
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('works by keyboard: 12 months by arrow, the reasons ticked, then Enter prints the report, reasons included', async () => {
    const { print, user } = setup();
    await user.tab(); // the checked radio: 12 weeks
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: '12 weeks' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: '12 months' })).toHaveProperty('checked', true);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: 'Include the reasons for days off' }));
    await user.keyboard(' ');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Print a report' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(text(printed())).toContain('Period: April 1, 2025 – March 31, 2026');
    expect(printed().textContent).toContain('Sick leave');
  });

  it('prints the chosen span without the reasons by default, and again on each request', async () => {
    const { print, user } = setup();
    await user.click(screen.getByRole('radio', { name: '4 weeks' }));
    await user.click(screen.getByRole('button', { name: 'Print a report' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const report = printed();
    expect(text(within(report).getByTestId('report-period'))).toBe('Period: March 4 – 31, 2026');
    expect(within(report).getByTestId('report-total').textContent).toBe('2');
    expect(within(report).getByTestId('report-days-off').textContent).toContain('6 days off in this period');
    expect(text(report)).toContain('Mar 16 – 20, 2026');
    expect(report.textContent).not.toContain('Sick leave');
    // The report is drawn outside the page's own tree, so print CSS can leave everything else out.
    expect(report.closest('.report-host')?.parentElement).toBe(document.body);

    // The dialog closed: the report goes, and the next request draws it again.
    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(screen.queryByRole('article')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Print a report' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(2));
    expect(printed()).toBeTruthy();
  });

  it('has no axe violations, the controls and the printed report alike', async () => {
    const { print, user, view } = setup();
    expect(await axeViolations(view.container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Print a report' }));
    await waitFor(() => expect(print).toHaveBeenCalled());
    expect(await axeViolations(printed())).toEqual([]);
  }, AXE_TIMEOUT);
});
