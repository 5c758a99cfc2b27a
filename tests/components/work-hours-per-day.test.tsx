// @vitest-environment jsdom
// Working hours per weekday in the Schedule settings, used by keyboard alone: the choice, a short Friday, a day without hours,
// an invalid day said in place, "Copy Monday to all", back to the same hours, the lock, and axe.
import { screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { ScheduleSettings } from '../../components/settings/ScheduleSettings';
import { DEFAULT_SETTINGS, type SettingName, type Settings } from '../../core/settings';
import { AXE_TIMEOUT, axeViolations } from './charts/axe';
import { renderWithI18n } from './session-helpers';

// jsdom lacks CSS.escape, which user-event's arrow keys between radios use to find the group by name.
globalThis.CSS ??= { escape: (text: string) => text.replace(/[^\w-]/g, (c) => `\\${c}`) } as typeof CSS;

const NINE = [{ start: '09:00', end: '17:30' }];
const SAME_EVERY_WEEKDAY = { mon: NINE, tue: NINE, wed: NINE, thu: NINE, fri: NINE };

/** The page as it works: a save comes back as the new effective settings. */
function Page({ initial, locked, onSave }: { initial: Partial<Settings>; locked: SettingName[]; onSave: (c: Partial<Settings>) => void }) {
  const [settings, setSettings] = useState<Settings>({ ...DEFAULT_SETTINGS, ...initial });
  return (
    <ScheduleSettings
      settings={settings}
      locked={new Set(locked)}
      onSave={async (changes) => {
        onSave(changes);
        setSettings((s) => ({ ...s, ...changes }));
        return [];
      }}
    />
  );
}

function renderPage(initial: Partial<Settings> = {}, locked: SettingName[] = []) {
  const onSave = vi.fn();
  const view = renderWithI18n(<Page initial={initial} locked={locked} onSave={onSave} />);
  return { onSave, hours: screen.getByRole('group', { name: 'Working hours' }), container: view.container };
}

const day = (name: string) => screen.getByRole('group', { name: `Hours on ${name}` });
const user = () => userEvent.setup();

/** Tabs until `element` has focus (keyboard only), failing after 80 stops. */
async function tabTo(u: ReturnType<typeof userEvent.setup>, element: Element) {
  for (let i = 0; i < 80 && document.activeElement !== element; i++) await u.tab();
  expect(document.activeElement).toBe(element);
}

/** Types a time into the focused time input, as keys. */
async function typeTime(u: ReturnType<typeof userEvent.setup>, input: HTMLElement, hhmm: string) {
  await tabTo(u, input);
  await u.clear(input);
  await u.keyboard(hhmm);
}

// Tabbing through a week of fields is many keys: on a busy machine a test takes longer than the 5 s default.
describe('working hours per weekday, by keyboard', { timeout: 30_000 }, () => {
  it('"Same hours every day" is the default, and its hours save with no per-day hours', async () => {
    const u = user();
    const { onSave, hours } = renderPage();
    expect(within(hours).getByRole('radio', { name: 'Same hours every day' })).toHaveProperty('checked', true);
    expect(screen.queryByRole('group', { name: /^Hours on/ })).toBeNull();
    await typeTime(u, within(hours).getByLabelText('End of range 1'), '16:00');
    expect(onSave).toHaveBeenLastCalledWith({ workHours: [{ start: '09:00', end: '16:00' }], workHoursByDay: {} });
  });

  it('"Set hours per day" opens a group per working day with today\'s hours, and a short Friday saves with the everyday hours', async () => {
    const u = user();
    const { onSave, hours } = renderPage();
    await tabTo(u, within(hours).getByRole('radio', { name: 'Same hours every day' }));
    await u.keyboard('{ArrowRight}');
    expect(within(hours).getByRole('radio', { name: 'Set hours per day' })).toHaveProperty('checked', true);
    expect(onSave).toHaveBeenLastCalledWith({ workHours: NINE, workHoursByDay: SAME_EVERY_WEEKDAY });
    // Monday first; the weekend is not worked, so it has no group.
    expect(screen.getAllByRole('group', { name: /^Hours on/ }).map((g) => g.getAttribute('data-day'))).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
    await typeTime(u, within(day('Friday')).getByLabelText('Friday: end of range 1'), '13:00');
    expect(onSave).toHaveBeenLastCalledWith({ workHours: NINE, workHoursByDay: { ...SAME_EVERY_WEEKDAY, fri: [{ start: '09:00', end: '13:00' }] } });
  });

  it('a day\'s last range removed is a day without working hours; focus goes to its add button', async () => {
    const u = user();
    const { onSave } = renderPage({ workHoursByDay: SAME_EVERY_WEEKDAY });
    await tabTo(u, within(day('Wednesday')).getByRole('button', { name: 'Remove range 1 on Wednesday' }));
    await u.keyboard('{Enter}');
    expect(onSave).toHaveBeenLastCalledWith({ workHours: NINE, workHoursByDay: { ...SAME_EVERY_WEEKDAY, wed: [] } });
    const wednesday = day('Wednesday');
    expect(within(wednesday).getByText(/No working hours/)).toBeTruthy();
    expect(document.activeElement).toBe(within(wednesday).getByRole('button', { name: 'Add a time range on Wednesday' }));
    // Added back: a working day, and focus on its start.
    await u.keyboard('{Enter}');
    expect(onSave).toHaveBeenLastCalledWith({ workHours: NINE, workHoursByDay: { ...SAME_EVERY_WEEKDAY, wed: [{ start: '09:00', end: '17:00' }] } });
    expect(document.activeElement).toBe(within(day('Wednesday')).getByLabelText('Wednesday: start of range 1'));
  });

  it('an invalid day is said under that day and not saved; the other days are untouched', async () => {
    const u = user();
    const { onSave } = renderPage({ workHoursByDay: SAME_EVERY_WEEKDAY });
    const saves = onSave.mock.calls.length;
    const end = within(day('Tuesday')).getByLabelText('Tuesday: end of range 1');
    await typeTime(u, end, '08:00');
    const tuesday = day('Tuesday');
    expect(within(tuesday).getByRole('alert').textContent).toBe('Each time range needs a start before its end, and ranges must not overlap.');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(end.getAttribute('aria-describedby')!)?.textContent).toMatch(/start before its end/);
    expect(within(day('Monday')).queryByRole('alert')).toBeNull();
    expect(onSave.mock.calls.length).toBe(saves);
  });

  it('"Copy Monday to all" gives every working day Monday\'s ranges', async () => {
    const u = user();
    const { onSave } = renderPage({ workDays: ['mon', 'wed', 'sat'], workHoursByDay: { mon: [{ start: '07:00', end: '11:00' }, { start: '12:00', end: '15:00' }] } });
    await tabTo(u, screen.getByRole('button', { name: 'Copy Monday to all days' }));
    await u.keyboard(' ');
    const monday = [{ start: '07:00', end: '11:00' }, { start: '12:00', end: '15:00' }];
    expect(onSave).toHaveBeenLastCalledWith({ workHours: NINE, workHoursByDay: { mon: monday, wed: monday, sat: monday } });
    expect(within(day('Saturday')).getAllByLabelText(/^Saturday: start of range/)).toHaveLength(2);
  });

  it('back to "Same hours every day" saves no per-day hours, whatever they were', async () => {
    const u = user();
    const { onSave, hours } = renderPage({ workHoursByDay: { fri: [] } });
    await tabTo(u, within(hours).getByRole('radio', { name: 'Set hours per day' }));
    await u.keyboard('{ArrowLeft}');
    expect(onSave).toHaveBeenLastCalledWith({ workHours: NINE, workHoursByDay: {} });
    expect(screen.queryByRole('group', { name: /^Hours on/ })).toBeNull();
  });

  it('locked by a policy: the choice and every day\'s times are disabled, and the field says why', () => {
    const { hours } = renderPage({ workHoursByDay: { fri: [{ start: '09:00', end: '12:00' }] } }, ['workHours', 'workHoursByDay']);
    for (const radio of within(hours).getAllByRole('radio')) expect(radio).toHaveProperty('disabled', true);
    expect(within(day('Friday')).getByLabelText('Friday: end of range 1')).toHaveProperty('disabled', true);
    expect(within(hours).queryAllByRole('button')).toEqual([]);
    expect(within(hours).getByText('Set by your organization')).toBeTruthy();
  });

  it('has no axe violations in the per-day editor, with a day without hours and an invalid day', { timeout: AXE_TIMEOUT }, async () => {
    const u = user();
    const { container } = renderPage({ workHoursByDay: { ...SAME_EVERY_WEEKDAY, wed: [] } });
    await typeTime(u, within(day('Tuesday')).getByLabelText('Tuesday: end of range 1'), '08:00');
    expect(await axeViolations(container)).toEqual([]);
  });
});
