// @vitest-environment jsdom
// The waiting text and the skip count pass axe and are reached by keyboard: the status is announced, Skip and Snooze are tabbable.
import { screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { BreakControls } from '../../components/BreakControls';
import { ScheduleStatusLine } from '../../components/ScheduleStatusLine';
import type { ScheduleStatus } from '../../core/schedule';
import { AXE_TIMEOUT, axeViolations } from './charts/axe';
import { renderWithI18n } from './session-helpers';

const NOW = new Date(2026, 10, 23, 14, 5).getTime();

function popup(status: ScheduleStatus) {
  const onTakeBreak = vi.fn();
  const onSkip = vi.fn();
  renderWithI18n(
    <main>
      <ScheduleStatusLine status={status} now={NOW} />
      <BreakControls status={status} snoozeMinutes={10} pauseChoices={[]} onTakeBreak={onTakeBreak} onPause={vi.fn()} onResume={vi.fn()} onSnooze={vi.fn()} onSkip={onSkip} />
    </main>,
  );
  return { onTakeBreak, onSkip };
}

it('waiting: the status says so, and "Take a break now" is one Tab and Enter away; no axe violations', { timeout: AXE_TIMEOUT }, async () => {
  const user = userEvent.setup();
  const { onTakeBreak } = popup({ kind: 'waiting', reason: 'call', until: NOW + 30 * 60_000 });
  expect(screen.getByRole('status').textContent).toMatch(/^Waiting for your call to end/);
  expect(screen.getByTestId('break-waiting')).toBeTruthy();
  await user.tab();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Take a break now' }));
  await user.keyboard('{Enter}');
  expect(onTakeBreak).toHaveBeenCalledTimes(1);
  expect(await axeViolations(document.body)).toEqual([]);
});

it('skips left: the count is text beside a tabbable Skip; no axe violations', { timeout: AXE_TIMEOUT }, async () => {
  const user = userEvent.setup();
  const { onSkip } = popup({ kind: 'due', snoozesLeft: 1, skipsLeft: 1 });
  expect(screen.getByTestId('skips-left').textContent).toBe('You can skip 1 more break today.');
  const skip = screen.getByRole('button', { name: 'Skip this break' });
  while (document.activeElement !== skip) await user.tab();
  await user.keyboard('{Enter}');
  expect(onSkip).toHaveBeenCalledTimes(1);
  expect(await axeViolations(document.body)).toEqual([]);
});

it('no skips left: the count says so and Skip is not in the Tab order; no axe violations', { timeout: AXE_TIMEOUT }, async () => {
  popup({ kind: 'due', snoozesLeft: 1, skipsLeft: 0 });
  expect(screen.getByTestId('skips-left').textContent).toBe('No skips left today: snooze it, or take the break.');
  expect(screen.queryByRole('button', { name: 'Skip this break' })).toBeNull();
  expect(await axeViolations(document.body)).toEqual([]);
});
