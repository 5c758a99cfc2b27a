// @vitest-environment jsdom
// The popup's and break page's screen: the schedule, today's progress, and the notice when history cannot be kept.
import { screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { BreakScreen } from '../../components/BreakScreen';
import { NO_POLICY } from '../../core/policy';
import { initialState } from '../../core/schedule';
import { DEFAULT_SETTINGS } from '../../core/settings';
import type { BreakScreenData } from '../../components/BreakScreen';
import type { ScheduleView } from '../../platform/schedule-view';
import { memoryPorts, renderWithI18n } from './session-helpers';

const NOW = new Date(2026, 10, 23, 10, 0).getTime(); // a Monday, inside the default working hours

const loaded = (value: ScheduleView) => ({ value, failed: false, reload: vi.fn() });

function data(over: Partial<BreakScreenData> = {}): BreakScreenData {
  return {
    view: loaded({ settings: DEFAULT_SETTINGS, policy: NO_POLICY, state: initialState(NOW) }),
    recent: { doneToday: 2, lastDone: new Map() },
    historyUnavailable: false,
    ports: memoryPorts().ports,
    onCommand: vi.fn(),
    onError: vi.fn(),
    ...over,
  };
}

describe('BreakScreen', () => {
  it('shows the next break and today against the goal', async () => {
    renderWithI18n(<BreakScreen {...data()} now={NOW} size="small" heading={() => 'ext_name'} actions={null} />);
    expect(screen.getByTestId('next-break').textContent).toBe('Next break in 60 min');
    expect(screen.getByTestId('breaks-today').textContent).toBe('2 of 4 breaks today');
    expect(await screen.findByTestId('routine-list')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says when history cannot be kept (IndexedDB unavailable), and the schedule still works', async () => {
    renderWithI18n(
      <BreakScreen {...data({ historyUnavailable: true, recent: undefined })} now={NOW} size="small" heading={() => 'ext_name'} actions={null} />,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/does not let Unknot keep a history/);
    expect(screen.getByTestId('next-break').textContent).toBe('Next break in 60 min');
    // Nothing is counted where nothing can be kept.
    expect(screen.queryByTestId('breaks-today')).toBeNull();
  });

  it('shows the count for today only once the history has answered, never a passing "0 of 4"', () => {
    renderWithI18n(<BreakScreen {...data({ recent: undefined })} now={NOW} size="small" heading={() => 'ext_name'} actions={null} />);
    expect(screen.getByTestId('next-break').textContent).toBe('Next break in 60 min');
    expect(screen.queryByTestId('breaks-today')).toBeNull();
  });

  it('hides Pause when the administrator does not allow it', () => {
    const settings = { ...DEFAULT_SETTINGS, allowPause: false };
    renderWithI18n(
      <BreakScreen
        {...data({ view: loaded({ settings, policy: NO_POLICY, state: initialState(NOW) }) })}
        now={NOW}
        size="small"
        heading={() => 'ext_name'}
        actions={null}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
  });
});

describe('the take-break button', () => {
  it.each([
    ['no break is due', initialState(NOW), ['Pause']],
    ['a break is due', { ...initialState(NOW - 61 * 60_000), dueSince: NOW - 60_000 }, ['Skip this break']],
  ])('is offered once, first, when %s', (_, state, others) => {
    renderWithI18n(
      <BreakScreen {...data({ view: loaded({ settings: DEFAULT_SETTINGS, policy: NO_POLICY, state }) })} now={NOW} size="small" heading={() => 'ext_name'} onTakeBreak={vi.fn()} actions={null} />,
    );
    const schedule = screen.getByTestId('next-break').closest('section')!;
    const buttons = [...schedule.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons.filter((b) => b === 'Take a break now')).toHaveLength(1);
    expect(buttons[0]).toBe('Take a break now');
    for (const name of others) expect(buttons).toContain(name);
  });
});
