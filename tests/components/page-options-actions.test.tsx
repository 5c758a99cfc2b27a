// @vitest-environment jsdom
// The options page hands each action's failure on to the component that shows it: nothing is swallowed on the way.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../entrypoints/options/App';
import * as history from '../../platform/history';
import { renderWithI18n } from './session-helpers';

vi.mock('../../platform/history', async (original) => {
  const real = await original<typeof import('../../platform/history')>();
  return { ...real, deleteAllHistory: vi.fn(real.deleteAllHistory), setDayOff: vi.fn(real.setDayOff) };
});

const quota = () => new DOMException('QuotaExceededError', 'QuotaExceededError');

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('the options page, when the browser refuses a change', () => {
  it('a failed delete-all reaches the confirm panel, which says nothing was deleted', async () => {
    vi.mocked(history.deleteAllHistory).mockRejectedValueOnce(quota());
    const user = userEvent.setup();
    renderWithI18n(<App />);
    await user.click(await screen.findByRole('button', { name: 'Delete all history…' }));
    await user.click(screen.getByRole('button', { name: 'Delete everything' }));
    expect((await screen.findByTestId('delete-failed')).textContent).toContain('Nothing was deleted');
  });

  it('a failed day off reaches the days-off list, which says it was not saved', async () => {
    vi.mocked(history.setDayOff).mockRejectedValueOnce(quota());
    const user = userEvent.setup();
    renderWithI18n(<App />);
    const date = await screen.findByLabelText('Date');
    fireEvent.input(date, { target: { value: '2026-12-24' } });
    await user.click(screen.getByRole('button', { name: 'Add day off' }));
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toContain('The day off was not saved'));
  });
});
