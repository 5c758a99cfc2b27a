// @vitest-environment jsdom
// Two quick changes to one setting: the stored value of the first, arriving after the second was made, does not undo it
// (the welcome page once lost "Sunday" this way when Saturday's save came back between the two ticks).
import { act, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { CheckboxGroup } from '../../components/settings/CheckboxGroup';
import type { Settings } from '../../core/settings';
import { renderWithI18n } from './session-helpers';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const OPTIONS = [
  { value: 'mon', label: 'Monday' },
  { value: 'tue', label: 'Tuesday' },
  { value: 'wed', label: 'Wednesday' },
  { value: 'thu', label: 'Thursday' },
  { value: 'fri', label: 'Friday' },
  { value: 'sat', label: 'Saturday' },
  { value: 'sun', label: 'Sunday' },
] as const;

/** Storage that answers only when the test says so, then shows the page what it stored, as storage.onChanged does. */
function SlowStorage({ saves }: { saves: { value: string[]; store: () => void }[] }) {
  const [stored, setStored] = useState<readonly string[]>(WEEKDAYS);
  const onSave = (changes: Partial<Settings>) =>
    new Promise<unknown>((done) => {
      const value = changes.workDays!;
      saves.push({ value, store: () => (setStored(value), done([])) });
    });
  return <CheckboxGroup name="workDays" legend="Working days" options={OPTIONS} selected={stored} locked={false} onSave={onSave} />;
}

const checked = (name: string) => (screen.getByRole('checkbox', { name }) as HTMLInputElement).checked;

describe('a setting changed twice before storage answers', () => {
  it('keeps both ticks while the first save comes back, and ends with what was sent last', async () => {
    const user = userEvent.setup();
    const saves: { value: string[]; store: () => void }[] = [];
    renderWithI18n(<SlowStorage saves={saves} />);
    await user.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    await user.click(screen.getByRole('checkbox', { name: 'Sunday' }));
    expect(saves.map((s) => [...s.value].sort())).toEqual([
      ['fri', 'mon', 'sat', 'thu', 'tue', 'wed'],
      ['fri', 'mon', 'sat', 'sun', 'thu', 'tue', 'wed'],
    ]);
    // Saturday's save comes back: Sunday stays ticked.
    await act(() => saves[0]!.store());
    expect(checked('Saturday')).toBe(true);
    expect(checked('Sunday')).toBe(true);
    await act(() => saves[1]!.store());
    expect(checked('Sunday')).toBe(true);
    expect(checked('Monday')).toBe(true);
  });
});
