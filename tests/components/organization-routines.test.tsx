// @vitest-environment jsdom
// The popup's and break page's routine list with a policy's routine pack: its routines beside the built-in ones,
// in the page's language, marked "From your organization", and limited to those enabledRoutines names when it names some.
import { screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import userEvent from '@testing-library/user-event';
import { BreakScreen, type BreakScreenData } from '../../components/BreakScreen';
import { MyRoutines } from '../../components/my-routines/MyRoutines';
import type { RoutineDefinition } from '../../core/custom-routine';
import { organizationRoutines, parseCustomRoutines } from '../../core/policy-routines';
import { parsePolicy } from '../../core/policy';
import { initialState } from '../../core/schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { AXE_TIMEOUT, axeViolations } from './charts/axe';
import { memoryPorts, renderWithI18n } from './session-helpers';

const NOW = new Date(2026, 10, 23, 10, 0).getTime();
const PACK = [
  { id: 'acme-desk-reset', name: { en: 'Desk reset', de: 'Schreibtisch-Pause' }, steps: [{ text: { en: 'Sit tall' }, seconds: 15, illustration: 'sit-tall' }] },
  { id: 'acme-walk', name: { en: 'Walk to the window' }, steps: [{ text: { en: 'Walk to the window and back' }, seconds: 60, illustration: 'walk' }] },
];

function render(settings: Partial<Settings> = {}, locale = 'en') {
  const policy = parsePolicy({ customRoutines: PACK });
  const data: BreakScreenData = {
    view: { value: { settings: { ...DEFAULT_SETTINGS, ...settings }, policy, state: initialState(NOW) }, failed: false, reload: vi.fn() },
    recent: { doneToday: 0, lastDone: new Map() },
    historyUnavailable: false,
    ports: memoryPorts().ports,
    onCommand: vi.fn(),
    onError: vi.fn(),
  };
  return renderWithI18n(<BreakScreen {...data} now={NOW} size="small" heading={() => 'ext_name'} actions={null} />, locale);
}

const buttons = async () => within(await screen.findByTestId('routine-list')).getAllByRole('button');
const titles = async () => (await buttons()).map((b) => b.querySelector('.routine__title')!.textContent);
/** The pack's check loads after the first view: the list gains its routines a moment later. */
const settled = (check: () => Promise<void>) => waitFor(check);

describe('an organization’s routine pack in the routine list', () => {
  it('lists the pack beside the built-in routines, each of its routines marked as the organization’s', { timeout: AXE_TIMEOUT }, async () => {
    render();
    await settled(async () => expect(await buttons()).toHaveLength(10));
    const all = await buttons();
    const marked = all.filter((b) => b.textContent!.includes('From your organization'));
    expect(marked.map((b) => b.querySelector('.routine__title')!.textContent)).toEqual(expect.arrayContaining(['Desk reset', 'Walk to the window']));
    expect(marked).toHaveLength(2);
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('names them in the page’s language, English where the pack has none', async () => {
    render({}, 'de');
    await settled(async () => expect(await titles()).toEqual(expect.arrayContaining(['Schreibtisch-Pause', 'Walk to the window'])));
  });

  it('offers only the pack’s routines enabledRoutines names, when it names some', async () => {
    render({ enabledRoutines: ['neck-rolls', 'acme-walk'] });
    await settled(async () => expect(await titles()).toHaveLength(2));
    expect(await titles()).toEqual(expect.arrayContaining(['Walk to the window']));
  });
});

describe('an organization’s routine in My routines', () => {
  it('cannot be edited, but can be copied: the copy is the user’s own, with the texts in the page’s language', async () => {
    const user = userEvent.setup();
    const saved: RoutineDefinition[][] = [];
    const organization = organizationRoutines(parseCustomRoutines(PACK).routines, 'de');
    renderWithI18n(
      <MyRoutines
        definitions={[]}
        newId={() => 'mine-copy'}
        organization={organization}
        onSave={async (next) => {
          saved.push(next);
          return [];
        }}
      />,
      'de',
    );
    const from = document.getElementById('my-routines-copy-from') as HTMLSelectElement;
    const option = within(from).getByRole('option', { name: /Schreibtisch-Pause/ }) as HTMLOptionElement;
    // The messages are English here; the pack's texts follow the page's locale.
    expect(option.textContent).toBe('Schreibtisch-Pause (from your organization)');
    await user.selectOptions(from, option);
    await user.click(screen.getByRole('button', { name: 'Copy as my routine' }));
    await user.click(screen.getByRole('button', { name: 'Save routine' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]![0]).toMatchObject({ id: 'mine-copy', steps: [{ text: 'Sit tall', seconds: 15, illustration: 'sit-tall' }] });
  });
});
