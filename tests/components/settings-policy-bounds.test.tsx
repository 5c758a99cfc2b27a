// @vitest-environment jsdom
// The policy's `ranges` on the options page's fields: what the organization allows is said under each bounded field,
// the inputs, steppers, presets and choices follow the bounds, a value outside them is not saved, and a lock wins.
import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AllSettings } from './all-settings';
import type { PolicyRanges } from '../../core/policy-ranges';
import { DEFAULT_SETTINGS, type SettingName, type Settings } from '../../core/settings';
import { renderWithI18n } from './session-helpers';

const RANGES: PolicyRanges = {
  intervalMinutes: { min: 45, max: 90 },
  dailyGoal: { min: 2 },
  maxWaitMinutes: { max: 20 },
  dailySkipLimit: { max: 5 },
  snoozeMinutes: { min: 10 },
  breakAtMinute: { min: 45, max: 55 },
};

function render(settings: Partial<Settings> = {}, locked: SettingName[] = [], ranges: PolicyRanges = RANGES) {
  const onSave = vi.fn(async (_changes: Partial<Settings>) => []);
  renderWithI18n(
    <AllSettings settings={{ ...DEFAULT_SETTINGS, maxWaitMinutes: 20, dailySkipLimit: 5, snoozeMinutes: 10, ...settings }} locked={new Set(locked)} ranges={ranges} onSave={onSave} />,
  );
  return onSave;
}

const box = (name: string) => screen.getByRole('spinbutton', { name });
const description = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent);

describe('fields under policy bounds', () => {
  it('say what the organization allows, in the wording for both bounds, a min only and a max only', () => {
    render();
    expect(description(box('Minutes between breaks'))).toContain('Your organization allows 45–90.');
    expect(description(box('Daily goal (breaks)'))).toContain('Your organization allows 2 or more.');
    expect(description(box('Longest wait for a call (minutes)'))).toContain('Your organization allows up to 20.');
    // A field without bounds says nothing of them.
    expect(description(box('Minutes away that count as a break')).join(' ')).not.toMatch(/organization/);
  });

  it('offer only values within the bounds: the inputs’ min and max, the steppers and the presets', async () => {
    const user = userEvent.setup();
    const onSave = render({ intervalMinutes: 45 });
    expect([box('Minutes between breaks').getAttribute('min'), box('Minutes between breaks').getAttribute('max')]).toEqual(['45', '90']);
    expect([box('Daily goal (breaks)').getAttribute('min'), box('Daily goal (breaks)').getAttribute('max')]).toEqual(['2', '12']);
    expect([box('Longest wait for a call (minutes)').getAttribute('min'), box('Longest wait for a call (minutes)').getAttribute('max')]).toEqual(['5', '20']);
    expect((screen.getByRole('button', { name: 'Decrease: Minutes between breaks' }) as HTMLButtonElement).disabled).toBe(true);
    const presets = screen.getByRole('group', { name: /Minutes between breaks/ });
    expect(within(presets).getAllByRole('button').map((b) => b.textContent)).toEqual(['45 min', '60 min', '90 min']);
    await user.click(screen.getByRole('button', { name: 'Increase: Minutes between breaks' }));
    expect(onSave).toHaveBeenLastCalledWith({ intervalMinutes: 50 });
  });

  it('do not save a value outside the bounds, and say why', async () => {
    const user = userEvent.setup();
    const onSave = render();
    const interval = box('Minutes between breaks');
    await user.clear(interval);
    await user.type(interval, '120');
    expect(onSave).not.toHaveBeenCalledWith({ intervalMinutes: 120 });
    expect(interval.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Your organization allows 45–90.');
    await user.clear(interval);
    await user.type(interval, '75');
    expect(onSave).toHaveBeenLastCalledWith({ intervalMinutes: 75 });
  });

  it('offer only the choices within the bounds in the snooze and skip lists', () => {
    render();
    const options = (name: string) => within(screen.getByRole('combobox', { name })).getAllByRole('option').map((o) => o.textContent);
    // At most 5 skips: "No limit" is not offered.
    expect(options('Skips allowed per working day')).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(options('Snooze length')).toEqual(['10 min', '15 min']);
  });

  it('keep the minute of the hour within the bounds', () => {
    render({ breakAtMinute: 50 });
    const minute = box('Minute of the hour (0–59)');
    expect([minute.getAttribute('min'), minute.getAttribute('max')]).toEqual(['45', '55']);
    expect(screen.getByRole('group', { name: 'When breaks come' }).textContent).toContain('Your organization allows 45–55.');
  });

  it('a locked field says only that it is locked', () => {
    render({ intervalMinutes: 30 }, ['intervalMinutes']);
    const interval = box('Minutes between breaks');
    expect(description(interval)).toEqual(['Set by your organization']);
    expect(interval.getAttribute('min')).toBe('45');
  });
});
