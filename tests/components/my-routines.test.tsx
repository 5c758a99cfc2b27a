// @vitest-environment jsdom
// My routines by keyboard alone: a routine written, a step moved by Alt+arrow and by button, problems tied to
// their fields with nothing saved, a built-in one copied, a deletion undone; axe on the list and the editor.
import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { MyRoutines } from '../../components/my-routines/MyRoutines';
import { checkRoutineList, type RoutineDefinition } from '../../core/custom-routine';
import { ProblemList } from '../../core/history-problems';
import { AXE_TIMEOUT, axeViolations } from './charts/axe';
import { renderWithI18n } from './session-helpers';

/** The page's store, in memory: saves go through the same list check, and every saved list is kept for the test. */
function Stored({ initial = [] as RoutineDefinition[], saves }: { initial?: RoutineDefinition[]; saves: RoutineDefinition[][] }) {
  const [list, setList] = useState(initial);
  let n = 0;
  return (
    <MyRoutines
      definitions={list}
      newId={() => `mine-test-${list.length}-${n++}`}
      onSave={async (next) => {
        const problems = new ProblemList();
        checkRoutineList(next, problems, 'myRoutines');
        if (problems.count > 0) return problems.listed;
        saves.push(next);
        setList(next);
        return [];
      }}
    />
  );
}

const PHYSIO: RoutineDefinition = {
  id: 'mine-physio',
  name: 'Physio set',
  steps: [
    { text: 'Roll the shoulders', seconds: 20 },
    { text: 'Hold the spot', seconds: 20, pressure: true },
  ],
};

/** Tabs until `element` has focus (at most 80 presses), so every step of the test is a key press. */
async function tabTo(user: ReturnType<typeof userEvent.setup>, element: HTMLElement) {
  for (let i = 0; i < 80 && document.activeElement !== element; i++) await user.tab();
  expect(document.activeElement).toBe(element);
}

describe('MyRoutines', () => {
  it('writes a routine of two steps with a pressure step, reorders them, and saves it, by keyboard alone', async () => {
    const user = userEvent.setup();
    const saves: RoutineDefinition[][] = [];
    renderWithI18n(<Stored saves={saves} />);
    await tabTo(user, screen.getByRole('button', { name: 'New routine' }));
    await user.keyboard('{Enter}');
    await tabTo(user, screen.getByLabelText('Name'));
    await user.keyboard('Physio set');
    await user.tab();
    await user.keyboard('Hold the tender spot');
    await user.tab();
    await user.keyboard('{Control>}a{/Control}25');
    await tabTo(user, screen.getByRole('checkbox'));
    await user.keyboard(' ');
    await tabTo(user, screen.getByRole('button', { name: 'Add a step' }));
    await user.keyboard('{Enter}');
    // The new step's text has focus.
    expect(document.activeElement).toBe(within(screen.getAllByTestId('editor-step')[1]!).getByLabelText('What to do'));
    await user.keyboard('Walk around');
    // Alt+Up moves the step the focus is in: the walk goes first, and keeps the focus.
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    const steps = screen.getAllByTestId('editor-step');
    expect(within(steps[0]!).getByLabelText<HTMLInputElement>('What to do').value).toBe('Walk around');
    expect(document.activeElement).toBe(within(steps[0]!).getByLabelText('What to do'));
    expect(screen.getByText('Step moved to place 1.')).toBeTruthy();
    // And the button moves it back, its focus following to the step's new place.
    await tabTo(user, screen.getByRole('button', { name: 'Move step 1 down' }));
    await user.keyboard('{Enter}');
    expect(within(screen.getAllByTestId('editor-step')[0]!).getByLabelText<HTMLInputElement>('What to do').value).toBe('Hold the tender spot');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move step 2 up' }));
    await tabTo(user, screen.getByRole('button', { name: 'Save routine' }));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(saves).toHaveLength(1));
    expect(saves[0]).toEqual([
      {
        id: expect.stringMatching(/^mine-/),
        name: 'Physio set',
        steps: [
          { text: 'Hold the tender spot', seconds: 25, pressure: true },
          { text: 'Walk around', seconds: 20 },
        ],
      },
    ]);
    expect(screen.getByRole('status').textContent).toContain('“Physio set” was saved.');
    expect(within(screen.getByTestId('my-routines-list')).getByText('Physio set')).toBeTruthy();
  });

  it('lists every problem by its field, ties it to the field, and saves nothing', async () => {
    const user = userEvent.setup();
    const saves: RoutineDefinition[][] = [];
    renderWithI18n(<Stored saves={saves} initial={[PHYSIO]} />);
    await user.click(screen.getByRole('button', { name: 'Edit “Physio set”' }));
    const name = screen.getByLabelText<HTMLInputElement>('Name');
    await user.clear(name);
    const second = within(screen.getAllByTestId('editor-step')[1]!);
    await user.clear(second.getByLabelText('Seconds'));
    await user.type(second.getByLabelText('Seconds'), '45');
    await user.click(screen.getByRole('button', { name: 'Save routine' }));
    const alert = screen.getByTestId('editor-problems');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Name is not a routine name: one line of text, 1 to 80 characters.',
      'Step 2, Seconds belongs to a pressure step: a whole number of seconds from 10 to 30.',
    ]);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!)!.textContent).toContain('not a routine name');
    const seconds = second.getByLabelText('Seconds');
    expect(document.getElementById(seconds.getAttribute('aria-describedby')!)!.textContent).toContain('10 to 30');
    expect(saves).toEqual([]);
  });

  it('copies a built-in routine as a starting point, its texts in the page language', async () => {
    const user = userEvent.setup();
    const saves: RoutineDefinition[][] = [];
    renderWithI18n(<Stored saves={saves} />);
    // The 15-minute session has 38 steps, more than a routine of one's own may have: it is not offered.
    expect(within(screen.getByLabelText('Start from a built-in routine')).queryByRole('option', { name: /Fifteen-minute/ })).toBeNull();
    await user.selectOptions(screen.getByLabelText('Start from a built-in routine'), 'jaw-release');
    await user.click(screen.getByRole('button', { name: 'Copy as my routine' }));
    const name = screen.getByLabelText<HTMLInputElement>('Name');
    expect(name.value).toMatch(/\(my copy\)$/);
    expect(screen.getAllByTestId('editor-step')).toHaveLength(7);
    await user.click(screen.getByRole('button', { name: 'Save routine' }));
    await waitFor(() => expect(saves).toHaveLength(1));
    const copy = saves[0]![0]!;
    expect(copy.steps.filter((s) => s.pressure)).toHaveLength(2);
    expect(copy.steps[0]!.text).not.toMatch(/^step_/);
  });

  it('deletes a routine and brings it back with Undo', async () => {
    const user = userEvent.setup();
    const saves: RoutineDefinition[][] = [];
    const other = { ...PHYSIO, id: 'mine-other', name: 'Evening stretch' };
    renderWithI18n(<Stored saves={saves} initial={[PHYSIO, other]} />);
    await user.click(screen.getByRole('button', { name: 'Delete “Physio set”' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('“Physio set” was deleted.'));
    expect(saves.at(-1)!.map((d) => d.id)).toEqual(['mine-other']);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(saves.at(-1)!.map((d) => d.id)).toEqual(['mine-physio', 'mine-other']));
  });

  it('previews a routine in the player, stop signs and all, without recording', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Stored saves={[]} initial={[PHYSIO]} />);
    await user.click(screen.getByRole('button', { name: 'Preview “Physio set”' }));
    const preview = screen.getByTestId('routine-preview');
    expect(within(preview).getByTestId('routine-player')).toBeTruthy();
    // A pressure step makes it a massage routine: intensity first, and the stop signs.
    expect(within(preview).getByRole('button', { name: 'Stop signs' })).toBeTruthy();
    expect(within(preview).getByRole('slider')).toBeTruthy();
    await user.click(within(preview).getByRole('button', { name: 'Close the preview' }));
    expect(screen.queryByTestId('routine-preview')).toBeNull();
  });

  it(
    'passes axe, with the list, the editor and its problems shown',
    async () => {
      const user = userEvent.setup();
      const { container } = renderWithI18n(<Stored saves={[]} initial={[PHYSIO]} />);
      expect(await axeViolations(container)).toEqual([]);
      await user.click(screen.getByRole('button', { name: 'Edit “Physio set”' }));
      await user.clear(screen.getByLabelText('Name'));
      await user.click(screen.getByRole('button', { name: 'Save routine' }));
      expect(await axeViolations(container)).toEqual([]);
    },
    AXE_TIMEOUT,
  );
});

describe('a routine of ones own in the session', () => {
  it('finished hours ago with no page open, it is recorded with its name once the routines arrive after the player', async () => {
    const { RoutineSession } = await import('../../components/RoutineSession');
    const { customRoutine } = await import('../../core/custom-routine');
    const { startPlayer } = await import('../../core/player');
    const { memoryPorts } = await import('./session-helpers');
    const routine = customRoutine({ id: 'mine-physio', name: 'Physio set', steps: [{ text: 'Roll the shoulders', seconds: 20 }] });
    // Started three hours ago: long stale, and long finished.
    const player = startPlayer(routine, Date.now() - 3 * 3_600_000);
    const { ports, recorded } = memoryPorts({ player });
    // One callback for both renders, as a page's is: the session does not load again for a new one.
    const onError = (e: unknown) => {
      throw e;
    };
    const { rerender } = renderWithI18n(<RoutineSession ports={ports} routines={[]} size="small" onError={onError} />);
    // The player is read before the routines arrive: nothing to find it by yet.
    await waitFor(() => expect(screen.queryByTestId('routine-list')).not.toBeNull());
    expect(recorded).toEqual([]);
    const { I18nContext } = await import('../../components/i18n');
    const { t } = await import('../support/messages');
    // The same tree as the first render, so the session stays mounted and only its routines change.
    rerender(
      <I18nContext.Provider value={{ t, locale: 'en' }}>
        <RoutineSession ports={ports} routines={[routine]} others={[routine]} size="small" onError={onError} />
      </I18nContext.Provider>,
    );
    await waitFor(() => expect(recorded).toEqual([expect.objectContaining({ routineId: 'mine-physio', routineName: 'Physio set', completed: true })]));
  });
});
