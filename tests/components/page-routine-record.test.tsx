// @vitest-environment jsdom
// A routine's break reaches the history exactly once: kept and shown when recording fails, sent again by Retry
// or by the next page, and recorded when it finished while no page was open.
import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RoutineSession } from '../../components/RoutineSession';
import type { NewBreak } from '../../core/breaks';
import { pause, startPlayer, type PlayerState } from '../../core/player';
import { routineById, ROUTINES } from '../../core/routines';
import type { SessionPorts } from '../../core/session-ports';
import { memoryPorts, renderWithI18n } from './session-helpers';

const HOUR = 3_600_000;
const desk = routineById('desk-movement')!;
// Written out from the catalogue's step lengths, not computed by the player.
const DESK_SECONDS = desk.steps.reduce((sum, step) => sum + step.seconds, 0);
const noop = () => undefined;

/** A history that keeps one record per id, as the worker does: what a retry or a second page must rely on. */
function historyById() {
  const stored = new Map<string, NewBreak>();
  return { stored, keep: (fields: NewBreak, id?: string) => void stored.set(id ?? `anonymous-${stored.size}`, fields) };
}

/** Storage shared by several pages, each told of the others' writes, as storage.onChanged does. */
function sharedStorage(initial?: PlayerState) {
  let player = initial;
  const pages: ((s: PlayerState | undefined) => void)[] = [];
  const ports = (record: SessionPorts['record']): SessionPorts => {
    let mine: ((s: PlayerState | undefined) => void) | undefined;
    return {
      loadPlayer: async () => player,
      savePlayer: async (s) => {
        player = s === undefined ? undefined : JSON.parse(JSON.stringify(s));
        for (const page of pages) if (page !== mine) page(player);
      },
      watchPlayer: (changed) => {
        mine = changed;
        pages.push(changed);
        return () => void pages.splice(pages.indexOf(changed), 1);
      },
      loadSafetyAccepted: async () => true,
      acceptSafety: async () => undefined,
      record,
    };
  };
  return { ports, saved: () => player };
}

async function stopDeskRoutine() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /Desk movement break/ }));
  await screen.findByTestId('routine-player');
  await user.click(screen.getByRole('button', { name: 'Stop' }));
  return user;
}

describe('a routine whose record fails (IndexedDB quota, worker gone)', () => {
  it('keeps the ended routine, says so in an alert, and Retry records it once', async () => {
    const mem = memoryPorts();
    const history = historyById();
    const record = vi
      .fn<SessionPorts['record']>()
      .mockRejectedValueOnce(new DOMException('QuotaExceededError', 'QuotaExceededError'))
      .mockImplementation(async (fields, id) => history.keep(fields, id));
    mem.ports.record = record;
    const onError = vi.fn();
    renderWithI18n(<RoutineSession ports={mem.ports} routines={ROUTINES} size="small" onError={onError} />);
    const user = await stopDeskRoutine();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This break could not be saved yet');
    expect(onError).toHaveBeenCalled();
    // The break is still stored for a retry, here or on the next page opened.
    expect(mem.saved()?.recording?.fields).toMatchObject({ kind: 'routine', routineId: 'desk-movement', completed: false });
    expect(screen.queryByTestId('routine-list')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('routine-list')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(mem.saved()).toBeUndefined();
    expect(record).toHaveBeenCalledTimes(2);
    // Both tries name the same break.
    expect(record.mock.calls[0]![1]).toBeTruthy();
    expect(record.mock.calls[1]![1]).toBe(record.mock.calls[0]![1]);
    expect([...history.stored.values()]).toEqual([expect.objectContaining({ routineId: 'desk-movement', completed: false })]);
  });

  it('a Retry after a record that did arrive (the answer was lost) still leaves one break in the history', async () => {
    const mem = memoryPorts();
    const history = historyById();
    let tries = 0;
    mem.ports.record = vi.fn(async (fields: NewBreak, id?: string) => {
      history.keep(fields, id);
      if (++tries === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    renderWithI18n(<RoutineSession ports={mem.ports} routines={ROUTINES} size="small" onError={noop} />);
    const user = await stopDeskRoutine();
    await user.click(await screen.findByRole('button', { name: 'Retry' }));
    await screen.findByTestId('routine-list');
    expect(tries).toBe(2);
    expect(history.stored.size).toBe(1);
  });

  it('a page opened later sends the kept break again, under the same id', async () => {
    const ended = pause(startPlayer(desk, Date.now() - 5 * 60_000), Date.now() - 4 * 60_000);
    const kept = { ...ended, recording: { id: 'desk-movement-1', fields: { kind: 'routine' as const, routineId: 'desk-movement' as const, seconds: 60, completed: false }, failed: true } };
    const mem = memoryPorts({ player: kept });
    renderWithI18n(<RoutineSession ports={mem.ports} routines={ROUTINES} size="small" onError={noop} />);
    await waitFor(() => expect(mem.ports.record).toHaveBeenCalledWith(kept.recording.fields, 'desk-movement-1'));
    expect(await screen.findByTestId('routine-list')).toBeTruthy();
    expect(mem.saved()).toBeUndefined();
  });
});

describe('a routine that ran to its last step while no page was open', () => {
  it('is recorded as completed when the popup opens again three hours later, not dropped', async () => {
    const mem = memoryPorts({ player: startPlayer(desk, Date.now() - 3 * HOUR) });
    renderWithI18n(<RoutineSession ports={mem.ports} routines={ROUTINES} size="small" onError={noop} />);
    await waitFor(() => expect(mem.recorded).toEqual([expect.objectContaining({ kind: 'routine', routineId: 'desk-movement', completed: true, seconds: DESK_SECONDS })]));
    expect(await screen.findByTestId('routine-list')).toBeTruthy();
    expect(mem.saved()).toBeUndefined();
  });

  it('is recorded once when two pages open at once', async () => {
    const history = historyById();
    const record = vi.fn(async (fields: NewBreak, id?: string) => history.keep(fields, id));
    const storage = sharedStorage(startPlayer(desk, Date.now() - 3 * HOUR));
    renderWithI18n(
      <>
        <RoutineSession ports={storage.ports(record)} routines={ROUTINES} size="small" onError={noop} />
        <RoutineSession ports={storage.ports(record)} routines={ROUTINES} size="large" onError={noop} />
      </>,
    );
    await waitFor(() => expect(screen.getAllByTestId('routine-list')).toHaveLength(2));
    expect(history.stored.size).toBe(1);
    expect([...history.stored.values()][0]).toMatchObject({ routineId: 'desk-movement', completed: true, seconds: DESK_SECONDS });
  });

  it('a routine finished on one page is recorded by that page alone; the other page follows', async () => {
    const record = vi.fn(async () => undefined);
    const storage = sharedStorage();
    renderWithI18n(
      <>
        <RoutineSession ports={storage.ports(record)} routines={ROUTINES} size="small" onError={noop} />
        <RoutineSession ports={storage.ports(record)} routines={ROUTINES} size="large" onError={noop} />
      </>,
    );
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getAllByTestId('routine-list')).toHaveLength(2));
    await user.click(screen.getAllByRole('button', { name: /Desk movement break/ })[0]!);
    await waitFor(() => expect(screen.getAllByTestId('routine-player')).toHaveLength(2));
    await user.click(screen.getAllByRole('button', { name: 'Stop' })[0]!);
    await waitFor(() => expect(screen.getAllByTestId('routine-list')).toHaveLength(2));
    expect(record).toHaveBeenCalledTimes(1);
    expect(storage.saved()).toBeUndefined();
  });
});
