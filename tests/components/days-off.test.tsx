// @vitest-environment jsdom
// Days off on the options page: adding and removing one, and what the user reads when the browser would not store it.
import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { DaysOff } from '../../components/DaysOff';
import { AXE_TIMEOUT, axeViolations } from './charts/axe';
import { renderWithI18n } from './session-helpers';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** The page's part: a stored list that changes only when a save succeeds, as the page re-reads it then. */
function renderDaysOff(initial: string[], store: { add?: (day: string) => Promise<void>; remove?: (day: string) => Promise<void> } = {}) {
  const onAdd = vi.fn(store.add ?? (async () => undefined));
  const onRemove = vi.fn(store.remove ?? (async () => undefined));
  function Page() {
    const [days, setDays] = useState(initial);
    return (
      <DaysOff
        days={days}
        onAdd={async (day) => {
          await onAdd(day);
          setDays((d) => [...d, day].sort());
        }}
        onRemove={async (day) => {
          await onRemove(day);
          setDays((d) => d.filter((x) => x !== day));
        }}
      />
    );
  }
  renderWithI18n(<Page />);
  return { onAdd, onRemove };
}

const listed = () => screen.queryAllByRole('listitem').map((li) => li.querySelector('span')!.textContent);
const dateField = () => screen.getByLabelText<HTMLInputElement>('Date');

describe('DaysOff', () => {
  it('adds a day off and lists it, clearing the date', async () => {
    const user = userEvent.setup();
    const { onAdd } = renderDaysOff(['2026-12-24']);
    await user.type(dateField(), '2026-12-31');
    await user.click(screen.getByRole('button', { name: 'Add day off' }));
    expect(onAdd).toHaveBeenCalledWith('2026-12-31');
    expect(listed()).toEqual(['Thursday, December 24, 2026', 'Thursday, December 31, 2026']);
    expect(dateField().value).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('removes a day off by its named button', async () => {
    const user = userEvent.setup();
    const { onRemove } = renderDaysOff(['2026-12-24', '2026-12-31']);
    await user.click(screen.getByRole('button', { name: 'Remove day off Thursday, December 24, 2026' }));
    expect(onRemove).toHaveBeenCalledWith('2026-12-24');
    expect(listed()).toEqual(['Thursday, December 31, 2026']);
    expect(screen.queryByRole('button', { name: /December 24/ })).toBeNull();
  });

  it('says the day off was not saved when adding fails, and keeps the date to try again', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderDaysOff(['2026-12-24'], { add: () => Promise.reject(quotaError()) });
    await user.type(dateField(), '2026-12-31');
    await user.click(screen.getByRole('button', { name: 'Add day off' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The day off was not saved: your browser could not store it. Try again.');
    expect(dateField().value).toBe('2026-12-31');
    expect(listed()).toEqual(['Thursday, December 24, 2026']);
  });

  it('says the day is still a day off when removing fails, and still lists it', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderDaysOff(['2026-12-24'], { remove: () => Promise.reject(quotaError()) });
    const remove = screen.getByRole('button', { name: 'Remove day off Thursday, December 24, 2026' });
    await user.click(remove);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The day off was not removed: your browser could not store the change. It is still a day off. Try again.',
    );
    expect(within(screen.getByRole('list')).getByRole('button', { name: /December 24, 2026/ })).toBeTruthy();
    expect(listed()).toEqual(['Thursday, December 24, 2026']);
  });

  it('has no axe violations with days listed and a failed add', { timeout: AXE_TIMEOUT }, async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderDaysOff(['2026-12-24'], { add: () => Promise.reject(quotaError()) });
    await user.type(dateField(), '2026-12-31');
    await user.click(screen.getByRole('button', { name: 'Add day off' }));
    await screen.findByRole('alert');
    expect(await axeViolations(document.body)).toEqual([]);
  });
});
