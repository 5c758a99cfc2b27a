// @vitest-environment jsdom
// The settings form takes every range from core/settings, its one source: changed there, the form follows.
import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AllSettings } from './all-settings';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { renderWithI18n } from './session-helpers';

// Ranges no version of Unknot has used, so a form with its own copy of the numbers cannot pass.
vi.mock('../../core/settings', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../core/settings')>();
  return {
    ...actual,
    SETTING_RANGES: {
      intervalMinutes: { min: 15, max: 240, step: 15 },
      maxSnoozes: { min: 1, max: 9, step: 1 },
      naturalBreakMinutes: { min: 3, max: 45, step: 3 },
      dailyGoal: { min: 2, max: 20, step: 2 },
      volume: { min: 5, max: 95, step: 5 },
      maxWaitMinutes: { min: 10, max: 90, step: 10 },
      breakAtMinute: { min: 5, max: 55, step: 5 },
      dailySkipLimit: { min: 2, max: 7, step: 1 },
    },
    MAX_WORK_RANGES: 2,
  };
});

const render = () => renderWithI18n(<AllSettings settings={{ ...DEFAULT_SETTINGS }} locked={new Set()} onSave={async () => undefined} />);
const bounds = (name: string) => {
  const input = screen.getByRole('spinbutton', { name });
  return [input.getAttribute('min'), input.getAttribute('max'), input.getAttribute('step')];
};

describe('SettingsForm ranges', () => {
  it('offers each number within the range core/settings gives it', () => {
    render();
    expect(bounds('Minutes between breaks')).toEqual(['15', '240', '15']);
    expect(bounds('Daily goal (breaks)')).toEqual(['2', '20', '2']);
    expect(bounds('Chime volume (0–100)')).toEqual(['5', '95', '5']);
    expect(bounds('Longest wait for a call (minutes)')).toEqual(['10', '90', '10']);
  });

  it('offers the minute of the hour and the skip budget within the ranges core/settings gives', () => {
    renderWithI18n(<AllSettings settings={{ ...DEFAULT_SETTINGS, breakAtMinute: 50 }} locked={new Set()} onSave={async () => undefined} />);
    expect(bounds('Minute of the hour (0–59)')).toEqual(['5', '55', '5']);
    const skips = screen.getByRole('combobox', { name: 'Skips allowed per working day' });
    expect(within(skips).getAllByRole('option').map((o) => o.textContent)).toEqual(['No limit', '2', '3', '4', '5', '6', '7']);
  });

  it('offers another time range only up to the limit core/settings gives', async () => {
    const user = userEvent.setup();
    render();
    const hours = screen.getByRole('group', { name: 'Working hours' });
    await user.click(within(hours).getByRole('button', { name: 'Add a time range' }));
    expect(within(hours).getAllByLabelText(/^Start of range/)).toHaveLength(2);
    expect(within(hours).queryByRole('button', { name: 'Add a time range' })).toBeNull();
  });
});
