// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { RoutineSession } from '../../components/RoutineSession';
import { ROUTINES } from '../../core/routines';
import { memoryPorts, renderWithI18n } from './session-helpers';

const noop = () => undefined;

async function openRoutine(title: RegExp, options: { safetyAccepted?: boolean } = {}) {
  const user = userEvent.setup();
  const mem = memoryPorts(options);
  renderWithI18n(<RoutineSession ports={mem.ports} routines={ROUTINES} size="small" onError={noop} />);
  const button = await screen.findByRole('button', { name: title });
  button.focus();
  await user.keyboard('{Enter}');
  return { user, mem };
}

describe('RoutinePlayer by keyboard alone', () => {
  it('asks for the safety note once, then plays neck rolls: Space pauses, arrows move, Tab reaches every control', async () => {
    const { user, mem } = await openRoutine(/Neck rolls for tech neck/, { safetyAccepted: false });
    const accept = await screen.findByRole('button', { name: 'I understand' });
    await waitFor(() => expect(document.activeElement).toBe(accept));
    expect(screen.getByRole('dialog')).toHaveProperty('textContent', expect.stringContaining('not medical advice'));
    await user.keyboard('{Enter}');
    expect(mem.accepted()).toBe(true);

    const player = await screen.findByTestId('routine-player');
    await waitFor(() => expect(document.activeElement).toBe(player));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByTestId('intensity'));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Start the routine' }));
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(player);
    expect(screen.getByText(/^Step 1 of \d+$/)).toBeTruthy();

    await user.keyboard('{ArrowRight}');
    expect(screen.getByText(/^Step 2 of \d+$/)).toBeTruthy();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByText(/^Step 1 of \d+$/)).toBeTruthy();

    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
    expect(screen.getByText('Paused')).toBeTruthy();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();

    // Tab reaches the controls in order (Previous is disabled on step 1); Enter on Next moves on.
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pause' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Next' }));
    const steps = ROUTINES.find((r) => r.id === 'neck-rolls')!.steps.length;
    for (let i = 1; i < steps; i++) await user.keyboard('{Enter}');
    expect(screen.getByText(`Step ${steps} of ${steps}`)).toBeTruthy();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Routine complete')).toBeTruthy();
    screen.getByRole('button', { name: 'Finish' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(mem.recorded).toHaveLength(1));
    expect(mem.recorded[0]).toMatchObject({ kind: 'routine', routineId: 'neck-rolls', completed: true });
    expect(await screen.findByTestId('routine-list')).toBeTruthy();
    // Some forty key presses through a whole routine: seconds on a busy 2-core machine, so no default 5 s limit.
  }, 30_000);

  it('Stop records the routine as not completed', async () => {
    const { user, mem } = await openRoutine(/Desk movement break/);
    await screen.findByTestId('routine-player');
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    await waitFor(() => expect(mem.recorded).toEqual([expect.objectContaining({ routineId: 'desk-movement', completed: false })]));
  });
});

describe('the intensity gate at 7', () => {
  it('a rating of 7 before the wall-ball routine says to ease off and holds back the pressure step', async () => {
    const { user, mem } = await openRoutine(/Wall-ball between the shoulder blades/);
    const slider = await screen.findByTestId('intensity');
    expect(slider.getAttribute('aria-valuetext')).toBe('0 of 10');
    expect(screen.getByLabelText(/how strong is the tension/i)).toBe(slider);
    // jsdom has no slider key handling; real browsers' arrow keys are covered end to end.
    fireEvent.input(slider, { target: { value: '7' } });
    await waitFor(() => expect(slider.getAttribute('aria-valuetext')).toBe('7 of 10'));
    expect(screen.getByRole('alert').textContent).toContain('Ease off');
    expect(screen.getByRole('button', { name: 'Switch to Neck rolls for tech neck' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Start the routine' }));
    // Through the first steps to the first pressure hold: held back.
    for (let i = 0; i < 5 && screen.queryByRole('button', { name: 'Next' }); i++) {
      await user.click(screen.getByRole('button', { name: 'Next' }));
    }
    expect(screen.queryByTestId('step-remaining')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('7 out of 10');

    await user.click(screen.getByRole('button', { name: 'Switch to Neck rolls for tech neck' }));
    await waitFor(() => expect(mem.recorded).toEqual([expect.objectContaining({ routineId: 'wall-ball-shoulder-blades', completed: false, intensityBefore: 7 })]));
    expect(screen.getByRole('heading', { name: 'Neck rolls for tech neck' })).toBeTruthy();
  });

  it('a rating of 6 lets the routine go on to its pressure holds', async () => {
    const { user } = await openRoutine(/Wall-ball between the shoulder blades/);
    const slider = await screen.findByTestId('intensity');
    fireEvent.input(slider, { target: { value: '6' } });
    await user.click(screen.getByRole('button', { name: 'Start the routine' }));
    expect(screen.queryByRole('alert')).toBeNull();
    const ball = ROUTINES.find((r) => r.id === 'wall-ball-shoulder-blades')!;
    const hold = ball.steps.findIndex((s) => s.pressure);
    for (let i = 0; i < hold; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByTestId('step-remaining')).toBeTruthy();
    expect(screen.getByLabelText(/pressure right now/i)).toBeTruthy();
  });
});
