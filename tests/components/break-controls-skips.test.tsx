// @vitest-environment jsdom
// The skip budget in the popup: Skip is not offered once the day's skips are spent, the count says how many remain,
// and after a skip the skipped break can be taken until the next one is due.
import { screen } from '@testing-library/preact';
import { expect, it, vi } from 'vitest';
import { BreakControls } from '../../components/BreakControls';
import type { ScheduleStatus } from '../../core/schedule';
import { renderWithI18n } from './session-helpers';

const controls = (status: ScheduleStatus) =>
  renderWithI18n(
    <BreakControls status={status} snoozeMinutes={10} pauseChoices={[]} onTakeBreak={vi.fn()} onPause={vi.fn()} onResume={vi.fn()} onSnooze={vi.fn()} onSkip={vi.fn()} />,
  );

it('with skips left, Skip is offered and the popup says how many remain', () => {
  controls({ kind: 'due', snoozesLeft: 2, skipsLeft: 2 });
  expect(screen.getByRole('button', { name: 'Skip this break' })).toBeTruthy();
  expect(screen.getByTestId('skips-left').textContent).toBe('You can skip 2 more breaks today.');
});

it('with the budget spent, Skip is not offered but Snooze still is', () => {
  controls({ kind: 'due', snoozesLeft: 1, skipsLeft: 0 });
  expect(screen.queryByRole('button', { name: 'Skip this break' })).toBeNull();
  expect(screen.getByRole('button', { name: /Snooze/ })).toBeTruthy();
  expect(screen.getByTestId('skips-left').textContent).toBe('No skips left today: snooze it, or take the break.');
});

it('with no limit, Skip is offered and no count is shown', () => {
  controls({ kind: 'due', snoozesLeft: 2, skipsLeft: null });
  expect(screen.getByRole('button', { name: 'Skip this break' })).toBeTruthy();
  expect(screen.queryByTestId('skips-left')).toBeNull();
});

it('after a skip, "Take the skipped break now" is offered', () => {
  controls({ kind: 'next', at: Date.now() + 3_600_000, skippedBreak: true, skipsLeft: 1 });
  expect(screen.getByRole('button', { name: 'Take the skipped break now' })).toBeTruthy();
});
