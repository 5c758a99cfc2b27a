// @vitest-environment jsdom
// "Pause until…" a time today: reached and used by keyboard alone, a past time refused inline, and no axe violations.
import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { BreakControls } from '../../components/BreakControls';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { AXE_TIMEOUT, axeViolations } from './charts/axe';
import { renderWithI18n } from './session-helpers';

const NOW = new Date(2026, 11, 1, 10, 0).getTime();
const settings = { ...DEFAULT_SETTINGS, allowPause: true };

function controls() {
  const onPause = vi.fn();
  // Inside <main> as in the popup (axe's region rule).
  renderWithI18n(
    <main>
    <BreakControls
      status={{ kind: 'next', at: NOW + 3_600_000, skippedBreak: false, skipsLeft: null }}
      snoozeMinutes={10}
      pauseChoices={[{ label: 'For 30 minutes', until: NOW + 1_800_000 }]}
      onPause={onPause}
      onResume={vi.fn()}
      onSnooze={vi.fn()}
      onSkip={vi.fn()}
      pauseUntil={{ settings, now: NOW }}
    />
    </main>,
  );
  return onPause;
}

async function openPicker(user: ReturnType<typeof userEvent.setup>) {
  await user.tab();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pause' }));
  await user.keyboard('{Enter}');
  await user.tab();
  await user.tab();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pause until…' }));
  await user.keyboard('{Enter}');
  const input = await screen.findByLabelText('Pause until (today)');
  await waitFor(() => expect(document.activeElement).toBe(input));
  return input;
}

it('pauses until a time later today, by keyboard alone', async () => {
  const user = userEvent.setup();
  const onPause = controls();
  await openPicker(user);
  // jsdom's time input takes the value as typed, in its HH:MM form.
  await user.keyboard('15:30{Enter}');
  expect(onPause).toHaveBeenCalledWith(new Date(2026, 11, 1, 15, 30).getTime());
});

it('refuses a time already past with a message tied to the input, and sends nothing', async () => {
  const user = userEvent.setup();
  const onPause = controls();
  const input = await openPicker(user);
  await user.keyboard('09:15');
  await user.click(screen.getByRole('button', { name: 'Pause until then' }));
  expect(screen.getByRole('alert').textContent).toBe('That time has already passed today: choose a later one.');
  expect(input.getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
  expect(onPause).not.toHaveBeenCalled();
});

it('refuses an empty time', async () => {
  const user = userEvent.setup();
  const onPause = controls();
  await openPicker(user);
  await user.keyboard('{Enter}');
  expect(screen.getByRole('alert').textContent).toBe('Type a time, such as 15:30.');
  expect(onPause).not.toHaveBeenCalled();
});

it('the open picker, with its message, has no axe violations', { timeout: AXE_TIMEOUT }, async () => {
  const user = userEvent.setup();
  controls();
  await openPicker(user);
  await user.keyboard('09:15{Enter}');
  expect(screen.getByTestId('pause-until-time')).toBeTruthy();
  expect(screen.getByTestId('pause-until-confirm')).toBeTruthy();
  expect(await axeViolations(document.body)).toEqual([]);
});
