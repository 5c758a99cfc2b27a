// @vitest-environment jsdom
// An on/off setting keeps the user's click while the save is on its way, and goes back only when the save is refused.
import { act, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { ToggleField } from '../../components/settings/ToggleField';
import { renderWithI18n } from './session-helpers';

it('a click on the chime box stays ticked while the save has not landed, through a page re-render', async () => {
  const user = userEvent.setup();
  const onSave = vi.fn(() => new Promise<never>(() => undefined)); // storage is slow: the save never lands here
  let rerender = () => undefined as void;
  // The options page re-renders for its own reasons (a clock tick, another setting) with the stored value.
  function Page() {
    const [, setTick] = useState(0);
    rerender = () => setTick((n) => n + 1);
    return <ToggleField name="sound" label="Play a soft chime" checked={false} locked={false} onSave={onSave} />;
  }
  renderWithI18n(<Page />);
  await user.click(screen.getByRole('checkbox', { name: 'Play a soft chime' }));
  expect(onSave).toHaveBeenCalledWith({ sound: true });
  act(() => rerender()); // the page re-renders with the stored value, still the old one
  expect((screen.getByRole('checkbox', { name: 'Play a soft chime' }) as HTMLInputElement).checked).toBe(true);
});

it('a refused save puts the box back as it is stored', async () => {
  const user = userEvent.setup();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const onSave = vi.fn(async () => {
    throw new Error('QuotaExceededError');
  });
  renderWithI18n(<ToggleField name="sound" label="Play a soft chime" checked={false} locked={false} onSave={onSave} />);
  await user.click(screen.getByRole('checkbox', { name: 'Play a soft chime' }));
  await waitFor(() => expect((screen.getByRole('checkbox', { name: 'Play a soft chime' }) as HTMLInputElement).checked).toBe(false));
  expect(screen.getByRole('alert')).toBeTruthy();
});
