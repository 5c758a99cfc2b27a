// @vitest-environment jsdom
// The policy exporter by keyboard alone: opened from its button, a lock ticked (its partner with it), the name
// typed, a file downloaded that carries them; every setting is offered; the placeholder note where the id is not known; axe.
import { screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PolicyExportDisclosure } from '../../components/PolicyExportDisclosure';
import { NO_POLICY, parsePolicy } from '../../core/policy';
import { extensionIds } from '../../core/policy-export/extension-ids';
import type { PolicyFile } from '../../core/policy-export/formats';
import { DEFAULT_SETTINGS, SETTING_NAMES, type Settings } from '../../core/settings';
import en from '../../public/_locales/en/messages.json';
import { AXE_TIMEOUT, axeViolations } from './charts/axe';
import { renderWithI18n } from './session-helpers';

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, intervalMinutes: 45, dailyGoal: 6, sound: true };
const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
let uuid = 0;
const newUuid = () => `00000000-0000-4000-8000-${String(++uuid).padStart(12, '0')}`;

/** Tabs forward until `target` has the focus (at most through the whole panel): the keyboard path to it. */
async function tabTo(user: ReturnType<typeof userEvent.setup>, target: HTMLElement) {
  for (let i = 0; i < 80 && document.activeElement !== target; i++) await user.tab();
  expect(document.activeElement).toBe(target);
}

function renderExporter(options: { runningIn?: 'chrome' | 'firefox'; policy?: typeof NO_POLICY } = {}) {
  const files: PolicyFile[] = [];
  const ids = options.runningIn === 'firefox' ? extensionIds('firefox', 'unknot@unknot.app') : extensionIds('chrome', OWN_ID);
  const view = renderWithI18n(
    <PolicyExportDisclosure
      settings={SETTINGS}
      policy={options.policy ?? NO_POLICY}
      ids={ids}
      newUuid={newUuid}
      onDownload={(f) => files.push(f)}
      onError={(e) => {
        throw e;
      }}
    />,
  );
  return { files, ...view };
}

/** The Unknot policy inside the downloaded Linux file. */
const linuxPolicy = (file: PolicyFile) => {
  const json = JSON.parse(file.text) as { '3rdparty': { extensions: Record<string, unknown> } };
  return json['3rdparty'].extensions[OWN_ID];
};

describe('PolicyExport', () => {
  it('by keyboard: opens, locks the interval (and the minute of the hour with it), names the organization, downloads the Linux file', async () => {
    const user = userEvent.setup();
    const { files } = renderExporter();
    const opener = screen.getByRole('button', { name: 'Export these settings as a policy' });
    expect(opener.getAttribute('aria-expanded')).toBe('false');
    await user.tab();
    expect(document.activeElement).toBe(opener);
    await user.keyboard('{Enter}');
    expect(opener.getAttribute('aria-expanded')).toBe('true');
    // The panel comes in lazily: the first field after it is the organization's name.
    const name = await screen.findByRole('textbox', { name: 'Organization name' });
    await user.tab();
    expect(document.activeElement).toBe(name);
    await user.keyboard('Example Corp');
    await user.tab();
    const interval = screen.getByRole('checkbox', { name: /^Minutes between breaks intervalMinutes/ });
    // Tab order is the settings' order; walk to the interval's box.
    await tabTo(user, interval);
    await user.keyboard(' ');
    expect((interval as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /breakAtMinute/ }) as HTMLInputElement).checked).toBe(true);
    const linux = screen.getByRole('button', { name: 'Download for Chrome and Chromium on Linux (.json)' });
    await tabTo(user, linux);
    await user.keyboard('{Enter}');
    expect(files.map((f) => f.filename)).toEqual(['unknot-chrome-linux.json']);
    const parsed = parsePolicy(linuxPolicy(files[0]!));
    expect(parsed.problems).toEqual([]);
    expect(parsed.organizationName).toBe('Example Corp');
    expect([...parsed.locked].sort()).toEqual(['breakAtMinute', 'intervalMinutes']);
    expect(parsed.values).toMatchObject({ intervalMinutes: 45, dailyGoal: 6, sound: true });
    expect(screen.getByTestId('policy-export-status').textContent).toBe('Download started: unknot-chrome-linux.json');
  });

  it('unticking one of a pair unticks both; each file is offered and downloaded', async () => {
    const user = userEvent.setup();
    const { files } = renderExporter();
    await user.click(screen.getByRole('button', { name: 'Export these settings as a policy' }));
    const hours = await screen.findByRole('checkbox', { name: /^Working hours workHours$/ });
    await user.click(hours);
    const byDay = screen.getByRole('checkbox', { name: /workHoursByDay/ }) as HTMLInputElement;
    expect(byDay.checked).toBe(true);
    // The note says what else it locks, tied to the box.
    expect(screen.getByText('Locks workHoursByDay with it.').id).toBe(hours.getAttribute('aria-describedby'));
    await user.click(byDay);
    expect((hours as HTMLInputElement).checked).toBe(false);
    const buttons = within(screen.getByRole('list', { name: 'Download the policy' })).getAllByRole('button');
    for (const button of buttons) await user.click(button);
    expect(files.map((f) => f.filename)).toEqual([
      'unknot-chrome-windows.reg',
      'unknot-chrome-macos.mobileconfig',
      'unknot-chrome-linux.json',
      'unknot-google-admin.json',
      'unknot-edge-windows.reg',
      'policies.json',
    ]);
    // No lock left: the files carry none.
    expect(linuxPolicy(files[2]!)).not.toHaveProperty('locked');
  });

  it('offers every setting the settings define, each under its policy key and a label from the messages', async () => {
    const user = userEvent.setup();
    renderExporter();
    await user.click(screen.getByRole('button', { name: 'Export these settings as a policy' }));
    const group = await screen.findByRole('group', { name: 'Lock these settings (staff cannot change them)' });
    const boxes = within(group).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.value)).toEqual(SETTING_NAMES);
    const englishTexts = new Set(Object.values(en as Record<string, { message: string }>).map((m) => m.message));
    for (const box of boxes) {
      const label = box.closest('label')!;
      const text = label.querySelector('span')?.textContent;
      // A label from the messages where the page has one (a setting added later shows its key alone).
      if (text !== undefined) expect(englishTexts.has(text!), `${box.value}: "${text}"`).toBe(true);
      expect(label.querySelector('code')!.textContent).toBe(box.value);
    }
  });

  it('starts from the policy in force: its locks and organization name', async () => {
    const user = userEvent.setup();
    renderExporter({ policy: parsePolicy({ organizationName: 'Acme', locked: ['dailyGoal'] }) });
    await user.click(screen.getByRole('button', { name: 'Export these settings as a policy' }));
    expect(((await screen.findByRole('textbox', { name: 'Organization name' })) as HTMLInputElement).value).toBe('Acme');
    expect((screen.getByRole('checkbox', { name: /dailyGoal/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: /intervalMinutes/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('says to replace the placeholder for the stores whose id this copy does not know', async () => {
    const user = userEvent.setup();
    renderExporter({ runningIn: 'firefox' });
    await user.click(screen.getByRole('button', { name: 'Export these settings as a policy' }));
    const chromeLinux = await screen.findByRole('button', { name: 'Download for Chrome and Chromium on Linux (.json)' });
    const described = (button: HTMLElement) =>
      button
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => document.getElementById(id)!.textContent)
        .join(' ');
    expect(described(chromeLinux)).toContain('This file names Unknot EXTENSION_ID: replace it with the id on Unknot’s Chrome Web Store listing');
    expect(described(screen.getByRole('button', { name: 'Download for Microsoft Edge on Windows (.reg)' }))).toContain('Microsoft Edge Add-ons listing');
    expect(described(screen.getByRole('button', { name: 'Download for Firefox (policies.json)' }))).not.toContain('EXTENSION_ID');
    expect(described(screen.getByRole('button', { name: 'Download for the Google Admin console (.json)' }))).toContain('by its id, EXTENSION_ID,');
  });

  it('names no placeholder for the browser it runs in', async () => {
    const user = userEvent.setup();
    renderExporter({ runningIn: 'chrome' });
    await user.click(screen.getByRole('button', { name: 'Export these settings as a policy' }));
    const button = await screen.findByRole('button', { name: 'Download for Chrome on Windows (.reg)' });
    expect(button.getAttribute('aria-describedby')).toBe('export-chrome-windows-where');
    expect(screen.getByText(new RegExp(`by its id, ${OWN_ID},`))).toBeTruthy();
  });

  it('has no axe violations, closed and open', async () => {
    const user = userEvent.setup();
    const { container } = renderExporter({ runningIn: 'firefox' });
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Export these settings as a policy' }));
    await screen.findByTestId('policy-export');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Organization name' })).toBeTruthy());
    expect(await axeViolations(container)).toEqual([]);
  }, AXE_TIMEOUT);
});
