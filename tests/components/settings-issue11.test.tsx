// @vitest-environment jsdom
// The settings of issue 11: the cadence (every interval, or a minute of the hour), waiting for calls, the skip budget,
// the break style; the right no-break warning; and what a refused or partly refused save says.
import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AllSettings } from './all-settings';
import { DEFAULT_SETTINGS, type SettingName, type Settings } from '../../core/settings';
import { StorageWriteError } from '../../platform/storage-error';
import { AXE_TIMEOUT, axeViolations } from './charts/axe';
import { renderWithI18n } from './session-helpers';

function renderForm(options: { settings?: Partial<Settings>; locked?: SettingName[]; onSave?: (changes: Partial<Settings>) => Promise<unknown> } = {}) {
  const onSave = vi.fn(options.onSave ?? (async () => []));
  renderWithI18n(<AllSettings settings={{ ...DEFAULT_SETTINGS, ...options.settings }} locked={new Set(options.locked)} onSave={onSave} />);
  return { onSave };
}

const description = (element: Element) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

const cadence = () => screen.getByRole('group', { name: 'When breaks come' });
const clockChoice = () => within(cadence()).getByRole<HTMLInputElement>('radio', { name: 'At a set minute of every working hour' });
const intervalChoice = () => within(cadence()).getByRole<HTMLInputElement>('radio', { name: /^After every interval of working time/ });

describe('SettingsForm: when breaks come', () => {
  it('saves a minute of the hour chosen by keyboard, then another minute, then every interval again as null', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm();
    expect(intervalChoice().checked).toBe(true);
    expect(screen.queryByRole('spinbutton', { name: 'Minute of the hour (0–59)' })).toBeNull();
    // jsdom lacks CSS.escape, which user-event's arrow keys between radios need: Space on a focused radio chooses it.
    clockChoice().focus();
    await user.keyboard(' ');
    expect(clockChoice().checked).toBe(true);
    expect(onSave).toHaveBeenLastCalledWith({ breakAtMinute: 50 });
    const minute = screen.getByRole('spinbutton', { name: 'Minute of the hour (0–59)' });
    await user.clear(minute);
    await user.type(minute, '55');
    expect(onSave).toHaveBeenLastCalledWith({ breakAtMinute: 55 });
    await user.click(intervalChoice());
    expect(onSave).toHaveBeenLastCalledWith({ breakAtMinute: null });
  });

  it('explains a minute outside 0–59 and does not save it', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm({ settings: { breakAtMinute: 50 } });
    const minute = screen.getByRole('spinbutton', { name: 'Minute of the hour (0–59)' });
    await user.clear(minute);
    await user.type(minute, '75');
    expect(within(cadence()).getByRole('alert').textContent).toBe('Choose a number from 0–59.');
    expect(onSave).not.toHaveBeenCalledWith({ breakAtMinute: 75 });
  });

  it('explains the clock choice in one line', () => {
    renderForm();
    expect(description(cadence())).toContain('A break at :50 fits meetings that end 10 minutes early.');
  });

  it('shows the interval as not in use while breaks come at a minute of the hour', () => {
    renderForm({ settings: { breakAtMinute: 50 } });
    const interval = screen.getByRole<HTMLInputElement>('spinbutton', { name: 'Minutes between breaks' });
    expect(interval.disabled).toBe(true);
    expect(description(interval)).toBe('Not in use: breaks come at a set minute of every working hour.');
  });

  it('keeps the interval in use with every interval chosen', () => {
    renderForm();
    const interval = screen.getByRole<HTMLInputElement>('spinbutton', { name: 'Minutes between breaks' });
    expect(interval.disabled).toBe(false);
    expect(interval.getAttribute('aria-describedby')).toBeNull();
  });

  it('locks the cadence together with the interval when the policy locks them', () => {
    renderForm({ locked: ['intervalMinutes', 'breakAtMinute'], settings: { breakAtMinute: 50 } });
    expect(screen.getByRole<HTMLInputElement>('spinbutton', { name: 'Minutes between breaks' }).disabled).toBe(true);
    expect(intervalChoice().disabled).toBe(true);
    expect(clockChoice().disabled).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('spinbutton', { name: 'Minute of the hour (0–59)' }).disabled).toBe(true);
    expect(description(cadence())).toContain('Set by your organization');
  });

  it('warns that no working time holds the chosen minute, not about the interval', () => {
    renderForm({ settings: { breakAtMinute: 50, intervalMinutes: 30, workHours: [{ start: '09:00', end: '09:45' }] } });
    expect(screen.getByTestId('no-break-warning').textContent).toBe(
      'No working time includes :50 of an hour before it ends, so no break can ever come.',
    );
  });

  it('gives no warning when the interval does not fit but the chosen minute does', () => {
    renderForm({ settings: { breakAtMinute: 5, intervalMinutes: 60, workHours: [{ start: '09:00', end: '09:45' }] } });
    expect(screen.getByTestId('no-break-warning').textContent).toBe('');
  });
});

describe('SettingsForm: calls, skips and the break style', () => {
  it('saves whether to wait for calls and the longest wait', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm();
    await user.click(screen.getByRole('checkbox', { name: /^Wait for calls and videos/ }));
    expect(onSave).toHaveBeenLastCalledWith({ waitForCalls: false });
    const wait = screen.getByRole('spinbutton', { name: 'Longest wait for a call (minutes)' });
    await user.clear(wait);
    await user.type(wait, '45');
    expect(onSave).toHaveBeenLastCalledWith({ maxWaitMinutes: 45 });
  });

  it('saves a skip budget of 0–20, and no limit as null', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm();
    const skips = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Skips allowed per working day' });
    expect(skips.selectedOptions[0]?.textContent).toBe('No limit');
    const labels = within(skips).getAllByRole('option').map((o) => o.textContent);
    expect(labels).toEqual(['No limit', ...Array.from({ length: 21 }, (_, i) => String(i))]);
    await user.selectOptions(skips, within(skips).getByRole('option', { name: '3' }));
    expect(onSave).toHaveBeenLastCalledWith({ dailySkipLimit: 3 });
    await user.selectOptions(skips, within(skips).getByRole('option', { name: 'No limit' }));
    expect(onSave).toHaveBeenLastCalledWith({ dailySkipLimit: null });
  });

  it('shows a stored skip budget of 0 as 0, not as no limit', () => {
    renderForm({ settings: { dailySkipLimit: 0 } });
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Skips allowed per working day' }).selectedOptions[0]?.textContent).toBe('0');
  });

  it('saves the break style', async () => {
    const user = userEvent.setup();
    const { onSave } = renderForm();
    const style = screen.getByRole('combobox', { name: 'How a break shows itself' });
    await user.selectOptions(style, within(style).getByRole('option', { name: 'The break page in a new tab' }));
    expect(onSave).toHaveBeenLastCalledWith({ breakStyle: 'tab' });
  });
});

describe('SettingsForm: a save the store refused', () => {
  it("says storage is full with the store's own message", async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderForm({ onSave: () => Promise.reject(new StorageWriteError('settings', new DOMException('quota', 'QuotaExceededError'))) });
    await user.click(screen.getByRole('checkbox', { name: /^Wait for calls and videos/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not saved: the browser’s storage for Unknot is full. Everything saved before is kept.');
  });

  it('says a setting a newer version saved is kept, under that setting', async () => {
    const user = userEvent.setup();
    renderForm({ onSave: async () => [{ name: 'breakStyle', reason: 'newer-version', detail: 'v3' }] });
    const style = screen.getByRole('combobox', { name: 'How a break shows itself' });
    await user.selectOptions(style, within(style).getByRole('option', { name: 'The break page in a new tab' }));
    expect((await screen.findByRole('alert')).textContent).toBe('A newer version of Unknot saved this setting (v3). Update Unknot to change it here.');
    expect(description(style)).toContain('A newer version of Unknot saved this setting');
  });
});

describe('SettingsForm: accessibility of the new controls', () => {
  it('has no axe violations with a minute of the hour, its warning and an invalid minute', { timeout: AXE_TIMEOUT }, async () => {
    const user = userEvent.setup();
    renderForm({ settings: { breakAtMinute: 50, workHours: [{ start: '09:00', end: '09:45' }] } });
    const minute = screen.getByRole('spinbutton', { name: 'Minute of the hour (0–59)' });
    await user.clear(minute);
    await user.type(minute, '99');
    expect(await axeViolations(document.body)).toEqual([]);
  });
});
