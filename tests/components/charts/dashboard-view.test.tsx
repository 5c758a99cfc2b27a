// @vitest-environment jsdom
// The dashboard: a page re-rendering it with equal data and settings leaves the year's calendar alone.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DashboardView } from '../../../components/DashboardView';
import { I18nContext } from '../../../components/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings';
import type { DashboardData } from '../../../platform/dashboard-data';
import { t } from '../../support/messages';
import { countCellsDrawn } from './cells-drawn';

afterEach(cleanup);

const i18n = { t, locale: 'en-GB' };
const DATA: DashboardData = {
  today: '2026-03-12',
  counts: new Map([['2026-03-11', 2], ['2026-03-07', 1]]),
  daysOff: ['2026-03-10'],
  dayOffRanges: [],
  recent: [],
};

const view = (settings: Settings) => (
  <I18nContext.Provider value={i18n}>
    <DashboardView data={DATA} settings={settings} />
  </I18nContext.Provider>
);

describe('DashboardView', () => {
  it('marks weekends and days off as days off in the calendar', () => {
    render(view({ ...DEFAULT_SETTINGS }));
    expect(screen.getByLabelText('No breaks on 10 March 2026, day off').getAttribute('role')).toBe('gridcell');
    expect(screen.getByLabelText('1 break on 7 March 2026, day off').getAttribute('role')).toBe('gridcell');
    expect(screen.getByLabelText('2 breaks on 11 March 2026').getAttribute('role')).toBe('gridcell');
  });

  it('does not re-draw the calendar when the page re-renders with equal settings', () => {
    const { rerender } = render(view({ ...DEFAULT_SETTINGS }));
    const drawn = countCellsDrawn();
    // What a settings change elsewhere on the page hands over: a new object, equal working days.
    rerender(view({ ...DEFAULT_SETTINGS, workDays: [...DEFAULT_SETTINGS.workDays], sound: true }));
    expect(drawn.count()).toBe(0);
  });

  it('shows when breaks were done and which routines help, from the year\'s records', () => {
    const rated = (at: string, before: number, after: number) =>
      ({ id: at, at, time: 0, kind: 'routine', routineId: 'jaw-release', completed: true, intensityBefore: before, intensityAfter: after }) as const;
    // Five ratings of jaw release (changes −3, −2, −2, −1, −2 → −2.0), all at 10:xx; 2026-03-11 is a Wednesday.
    const recent = [rated('2026-03-11T10:00:00+01:00', 5, 2), rated('2026-03-11T10:30:00+01:00', 4, 2), rated('2026-03-10T10:00:00+01:00', 6, 4), rated('2026-03-09T10:00:00+01:00', 3, 2), rated('2026-03-09T10:30:00+01:00', 5, 3)];
    render(
      <I18nContext.Provider value={i18n}>
        <DashboardView data={{ ...DATA, recent }} settings={DEFAULT_SETTINGS} />
      </I18nContext.Provider>,
    );
    const cells = (name: string | RegExp) => [...screen.getByRole('table', { name }).querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent));
    expect(cells('Completed breaks per hour')[10]).toEqual(['10:00–11:00', '5']);
    expect(cells('Completed breaks per weekday').slice(0, 3)).toEqual([['Monday', '2'], ['Tuesday', '1'], ['Wednesday', '2']]);
    expect(cells(/^Average change in intensity/)).toEqual([['Jaw release', '5', '-2.0']]);
  });

  it('re-draws the calendar when the working days change', () => {
    const { rerender } = render(view({ ...DEFAULT_SETTINGS }));
    rerender(view({ ...DEFAULT_SETTINGS, workDays: ['mon', 'tue', 'wed', 'thu'] }));
    expect(screen.getByLabelText('2 breaks on 11 March 2026').getAttribute('role')).toBe('gridcell');
    expect(screen.getByLabelText('No breaks on 6 March 2026, day off').getAttribute('role')).toBe('gridcell');
  });
});
