// @vitest-environment jsdom
// The settings form: a valid change is saved, a refused save is said and undone on screen, locked fields say why,
// and working hours that can never hold a break get a warning.
import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AllSettings } from './all-settings';
import { DEFAULT_SETTINGS, type SettingName, type Settings } from '../../core/settings';
import { AXE_TIMEOUT, axeViolations } from './charts/axe';
import { renderWithI18n } from './session-helpers';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const NOT_SAVED = 'This change was not saved: your browser could not store it (its storage may be full). The setting is still as shown.';

function renderForm(options: { settings?: Partial<Settings>; locked?: SettingName[]; onSave?: (changes: Partial<Settings>) => Promise<unknown> } = {}) {
  const onSave = vi.fn(options.onSave ?? (async () => undefined));
  renderWithI18n(<AllSettings settings={{ ...DEFAULT_SETTINGS, ...options.settings }} locked={new Set(options.locked)} onSave={onSave} />);
  return { onSave };
}

const description = (element: Element) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('SettingsForm', () => {
  it('saves a valid number as soon as it is typed, and explains an invalid one', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm();
    const interval = screen.getByRole('spinbutton', { name: 'Minutes between breaks' });
    await user.clear(interval);
    await user.type(interval, '4');
    expect(screen.getByRole('alert').textContent).toBe('Choose a number from 20–180.');
    expect(interval.getAttribute('aria-invalid')).toBe('true');
    await user.type(interval, '5');
    expect(onSave).toHaveBeenLastCalledWith({ intervalMinutes: 45 });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says a number was not saved when the browser refused it, and shows the stored value again', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { onSave } = renderForm({ onSave: () => Promise.reject(quotaError()) });
    const goal = screen.getByRole<HTMLInputElement>('spinbutton', { name: 'Daily goal (breaks)' });
    await user.clear(goal);
    await user.type(goal, '6');
    expect(onSave).toHaveBeenCalledWith({ dailyGoal: 6 });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(NOT_SAVED);
    expect(goal.value).toBe(String(DEFAULT_SETTINGS.dailyGoal));
    expect(description(goal)).toBe(NOT_SAVED);
  });

  it('says a switch was not saved when the browser refused it, and puts it back', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderForm({ settings: { sound: false }, onSave: () => Promise.reject(quotaError()) });
    const sound = screen.getByRole<HTMLInputElement>('checkbox', { name: /Play a soft chime/ });
    await user.click(sound);
    expect((await screen.findByRole('alert')).textContent).toBe(NOT_SAVED);
    expect(sound.checked).toBe(false);
  });

  it('says a working day change was not saved when the browser refused it, and shows the stored days', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderForm({ onSave: () => Promise.reject(quotaError()) });
    const days = screen.getByRole('group', { name: 'Working days' });
    const saturday = within(days).getByRole<HTMLInputElement>('checkbox', { name: 'Saturday' });
    await user.click(saturday);
    expect((await within(days).findByRole('alert')).textContent).toBe(NOT_SAVED);
    expect(saturday.checked).toBe(false);
    expect(within(days).getByRole<HTMLInputElement>('checkbox', { name: 'Monday' }).checked).toBe(true);
  });

  it('shows a locked setting disabled and described as set by the organization', () => {
    renderForm({ locked: ['intervalMinutes', 'workDays'] });
    const interval = screen.getByRole<HTMLInputElement>('spinbutton', { name: 'Minutes between breaks' });
    expect(interval.disabled).toBe(true);
    expect(description(interval)).toBe('Set by your organization');
    expect(description(screen.getByRole('group', { name: 'Working days' }))).toBe('Set by your organization');
  });

  it('warns when no working period is longer than the interval, so no break can ever come', () => {
    renderForm({ settings: { intervalMinutes: 60, workHours: [{ start: '09:00', end: '09:45' }, { start: '10:00', end: '10:50' }] } });
    expect(screen.getByRole('status').textContent).toBe(
      'No working time is longer than the break interval of 60 minutes, so no break can ever come.',
    );
  });

  it('gives no warning when a working period holds a break', () => {
    renderForm({ settings: { intervalMinutes: 60, workHours: [{ start: '09:00', end: '10:01' }] } });
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('has no axe violations with a locked field, an invalid value and the no-break warning', { timeout: AXE_TIMEOUT }, async () => {
    const user = userEvent.setup();
    renderForm({ locked: ['workDays'], settings: { workHours: [{ start: '09:00', end: '09:30' }] } });
    const goal = screen.getByRole('spinbutton', { name: 'Daily goal (breaks)' });
    await user.clear(goal);
    await user.type(goal, '99');
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(await axeViolations(document.body)).toEqual([]);
  });
});
