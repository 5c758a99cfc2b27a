// @vitest-environment jsdom
// The options page's navigation: a named landmark with a link per section; following a link (or the browser's
// Back) moves focus to that section's heading; every section passes axe.
import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../entrypoints/options/App';
import { AXE_TIMEOUT, axeViolations } from './charts/axe';
import { renderWithI18n } from './session-helpers';

// Written out here, not taken from the code: the page must show these names, in this order.
const SECTIONS = [
  ['breaks', 'Your breaks'],
  ['routines', 'Routines'],
  ['schedule', 'Schedule'],
  ['sound', 'Sound and voice'],
  ['data', 'Your data'],
  ['admin', 'For administrators'],
] as const;

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  // jsdom has no layout: scrolling is a no-op there.
  Element.prototype.scrollIntoView = () => undefined;
});
afterEach(() => {
  history.replaceState(null, '', '#');
});

/** The page opens its fragment once the settings and the dashboard have loaded: on a busy machine that takes over a second. */
const LOADED = { timeout: 5000 };

/** What a click on a fragment link does in a browser: the fragment changes and hashchange fires. */
const go = (fragment: string) => {
  history.pushState(null, '', fragment);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
};

describe('the options page navigation', () => {
  it('lists the six sections as links to their fragments, each a section with its heading', async () => {
    renderWithI18n(<App />);
    const nav = await screen.findByRole('navigation', { name: 'Sections' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => [a.getAttribute('href'), a.textContent])).toEqual(SECTIONS.map(([id, name]) => [`#${id}`, name]));
    for (const [id, name] of SECTIONS) {
      const region = await screen.findByRole('region', { name });
      expect(region.id).toBe(id);
    }
  });

  it('by keyboard: Tab reaches the links in order, Enter opens the section and its heading takes focus', async () => {
    const user = userEvent.setup();
    renderWithI18n(<App />);
    await screen.findByRole('group', { name: 'Working time' });
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    await user.tab();
    expect(document.activeElement).toBe(within(nav).getByRole('link', { name: 'Your breaks' }));
    await user.tab();
    await user.tab();
    const schedule = within(nav).getByRole('link', { name: 'Schedule' });
    expect(document.activeElement).toBe(schedule);
    // jsdom does not follow links: the fragment change a browser makes on Enter is made here.
    await user.keyboard('{Enter}');
    go('#schedule');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Schedule' })), LOADED);
    expect(schedule.getAttribute('aria-current')).toBe('location');
    expect(within(nav).getByRole('link', { name: 'Your breaks' }).getAttribute('aria-current')).toBeNull();
  });

  it('opened at a fragment, the page focuses that section; Back goes to the one before', async () => {
    history.replaceState(null, '', '#data');
    renderWithI18n(<App />);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Your data' })), LOADED);
    go('#sound');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Sound and voice' })));
    history.back();
    await new Promise<void>((resolve) => window.addEventListener('popstate', () => resolve(), { once: true }));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Your data' })));
  });

  it('the popup\'s #notifications opens Schedule with the notifications help open', async () => {
    history.replaceState(null, '', '#notifications');
    renderWithI18n(<App />);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Schedule' })), LOADED);
    const help = screen.getByRole('region', { name: 'How to turn on notifications' });
    expect(help.closest('section#schedule')).not.toBeNull();
  });

  it.each(SECTIONS)('section %s passes axe', { timeout: AXE_TIMEOUT }, async (_, name) => {
    renderWithI18n(<App />);
    await screen.findByRole('group', { name: 'Working time' });
    expect(await axeViolations(await screen.findByRole('region', { name }))).toEqual([]);
  });
});

describe('settings that explain themselves', () => {
  it('each group has a heading and one line that follows the values', async () => {
    renderWithI18n(<App />);
    const cadence = await screen.findByRole('group', { name: 'How often' });
    // Default interval: 60 minutes (core/settings.ts DEFAULT_SETTINGS), said in words.
    expect(cadence.getAttribute('aria-describedby')).toBeTruthy();
    expect(within(cadence).getByText('A break every 60 minutes of working time.')).toBeTruthy();
  });

  it('the interval: common choices one click away, steppers, and its unit beside it', async () => {
    const user = userEvent.setup();
    renderWithI18n(<App />);
    const box = (await screen.findByRole('spinbutton', { name: 'Minutes between breaks' })) as HTMLInputElement;
    const choices = screen.getByRole('group', { name: 'Common choices: Minutes between breaks' });
    expect(within(choices).getAllByRole('button').map((b) => b.textContent)).toEqual(['30 min', '45 min', '60 min', '90 min', '120 min']);
    expect(within(choices).getByRole('button', { name: '60 min' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(within(choices).getByRole('button', { name: '45 min' }));
    expect(box.value).toBe('45');
    await waitFor(() => expect(screen.getByText('A break every 45 minutes of working time.')).toBeTruthy());
    await user.click(screen.getByRole('button', { name: 'Increase: Minutes between breaks' }));
    // The interval's step is 5 minutes.
    expect(box.value).toBe('50');
    await user.click(screen.getByRole('button', { name: 'Decrease: Minutes between breaks' }));
    await user.click(screen.getByRole('button', { name: 'Decrease: Minutes between breaks' }));
    expect(box.value).toBe('40');
    expect(box.parentElement?.textContent).toContain('min');
  });
});
