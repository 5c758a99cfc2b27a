// @vitest-environment jsdom
// Every page says so when its data cannot be read, offers Retry, and Retry reads again; a slow old answer never wins.
import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLoad } from '../../components/use-load';
import { App as OptionsApp } from '../../entrypoints/options/App';
import { App as PopupApp } from '../../entrypoints/popup/App';
import { App as WelcomeApp } from '../../entrypoints/welcome/App';
import * as breakView from '../../platform/break-view';
import * as view from '../../platform/schedule-view';
import { renderWithI18n } from './session-helpers';

vi.mock('../../platform/schedule-view', async (original) => {
  const real = await original<typeof import('../../platform/schedule-view')>();
  return { ...real, loadScheduleView: vi.fn(real.loadScheduleView) };
});

// The popup and the break page read the worker's snapshot of the settings (platform/break-view).
vi.mock('../../platform/break-view', async (original) => {
  const real = await original<typeof import('../../platform/break-view')>();
  return { ...real, loadBreakView: vi.fn(real.loadBreakView) };
});

const load = vi.mocked(view.loadScheduleView);
const loadPopup = vi.mocked(breakView.loadBreakView);

beforeEach(async () => {
  const real = await vi.importActual<typeof import('../../platform/schedule-view')>('../../platform/schedule-view');
  const realBreak = await vi.importActual<typeof import('../../platform/break-view')>('../../platform/break-view');
  load.mockReset();
  load.mockImplementation(real.loadScheduleView);
  loadPopup.mockReset();
  loadPopup.mockImplementation(realBreak.loadBreakView);
  // The storage read fails once (a worker gone, a corrupted profile), then answers.
  load.mockRejectedValueOnce(new Error('storage.local is unavailable'));
  loadPopup.mockRejectedValueOnce(new Error('storage.local is unavailable'));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('the popup, when the schedule cannot be read', () => {
  it('shows the message with a Retry button instead of only its heading, and Retry loads the schedule and the routines', async () => {
    const user = userEvent.setup();
    renderWithI18n(<PopupApp />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Unknot could not read its schedule');
    expect(screen.queryByTestId('next-break')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByTestId('next-break').textContent).toMatch(/\S/));
    expect(await screen.findByRole('button', { name: /Desk movement break/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(loadPopup).toHaveBeenCalledTimes(2);
  });
});

describe.each([
  ['the welcome page', () => <WelcomeApp />, () => screen.findByRole('heading', { name: 'When do you work?' })],
  ['the options page', () => <OptionsApp />, () => screen.findByRole('group', { name: 'Working time' })],
])('%s, when the settings cannot be read', (_, page, settingsShown) => {
  it('shows the message with a Retry button, and Retry shows the settings', async () => {
    const user = userEvent.setup();
    renderWithI18n(page());
    const retry = await screen.findByRole('button', { name: 'Retry' });
    expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toContain('Unknot could not read your settings');
    await user.click(retry);
    expect(await settingsShown()).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });
});

describe('useLoad', () => {
  it('keeps the newest answer when an older, slower one arrives after it', async () => {
    const answers: ((v: string) => void)[] = [];
    const slow = () => new Promise<string>((resolve) => answers.push(resolve));
    let watched: () => void = () => undefined;
    function Watched() {
      const { value } = useLoad(slow, { watch: (changed) => ((watched = changed), () => undefined) });
      return <p data-testid="shown">{value ?? 'loading'}</p>;
    }
    renderWithI18n(<Watched />);
    await waitFor(() => expect(answers).toHaveLength(1));
    watched();
    expect(answers).toHaveLength(2);
    answers[1]!('new');
    await waitFor(() => expect(screen.getByTestId('shown').textContent).toBe('new'));
    answers[0]!('old');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getByTestId('shown').textContent).toBe('new');
  });

  it('stops watching when the page has gone', async () => {
    const stop = vi.fn();
    const answer = async () => 'value';
    function Watched() {
      // A watch written inline, as a page might: it is still started once and stopped once.
      const { value } = useLoad(answer, { watch: () => stop });
      return <p data-testid="shown">{value ?? 'loading'}</p>;
    }
    const { unmount } = renderWithI18n(<Watched />);
    await waitFor(() => expect(screen.getByTestId('shown').textContent).toBe('value'));
    expect(stop).not.toHaveBeenCalled();
    unmount();
    expect(stop).toHaveBeenCalledOnce();
  });
});
