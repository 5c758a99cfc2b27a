// @vitest-environment jsdom
// Notifications that cannot be seen: the notice when blocked, the help always one click away; an export's summary.
import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { HistoryTransfer } from '../../components/HistoryTransfer';
import { NotificationHelp } from '../../components/NotificationHelp';
import { AXE_TIMEOUT, axeViolations } from './charts/axe';
import { renderWithI18n } from './session-helpers';

describe('NotificationHelp', () => {
  it('says notifications are off when the browser reports them blocked', () => {
    renderWithI18n(<NotificationHelp blocked={true} />);
    expect(screen.getByRole('alert').textContent).toContain('Notifications from Unknot are turned off in this browser');
  });

  it('says nothing when the browser cannot tell, and the help opens with one click', async () => {
    const user = userEvent.setup();
    renderWithI18n(<NotificationHelp blocked={undefined} />);
    expect(screen.queryByRole('alert')).toBeNull();
    const summary = screen.getByText('How to turn on notifications');
    // jsdom does not activate a summary by keyboard (real browsers do); a click is the one step.
    await user.click(summary);
    expect(summary.closest('details')?.open).toBe(true);
    const steps = screen.getAllByRole('listitem').map((li) => li.textContent?.split(':')[0]);
    expect(steps).toEqual(['Chrome', 'Edge', 'Firefox', 'Windows', 'macOS', 'Linux']);
  });

  it('opened from the popup\'s link (options.html#notifications), the steps are shown open and the section is the link\'s target', () => {
    window.location.hash = '#notifications';
    try {
      renderWithI18n(<NotificationHelp blocked={undefined} />);
      const section = screen.getByRole('region', { name: 'How to turn on notifications' });
      expect(section.id).toBe('notifications');
      expect(section.querySelector('details')?.open).toBe(true);
    } finally {
      window.location.hash = '';
    }
  });

  it("opens when the address changes to #notifications later (a link on the page, or the popup's link in an open tab)", async () => {
    const user = userEvent.setup();
    window.location.hash = '#schedule';
    try {
      renderWithI18n(<NotificationHelp blocked={undefined} />);
      const details = screen.getByRole('region', { name: 'How to turn on notifications' }).querySelector('details')!;
      expect(details.open).toBe(false);
      window.location.hash = '#notifications';
      await waitFor(() => expect(details.open).toBe(true));
      // Closed by the person, then asked for again: it opens again.
      await user.click(screen.getByText('How to turn on notifications'));
      expect(details.open).toBe(false);
      window.location.hash = '#schedule';
      window.location.hash = '#notifications';
      await waitFor(() => expect(details.open).toBe(true));
    } finally {
      window.location.hash = '';
    }
  });

  it('has no axe violations when blocked', { timeout: AXE_TIMEOUT }, async () => {
    renderWithI18n(<NotificationHelp blocked={true} />);
    expect(await axeViolations(document.body)).toEqual([]);
  });
});

describe('HistoryTransfer export summary', () => {
  it('says how many breaks an export left out and clipped', async () => {
    const user = userEvent.setup();
    const props = { onExportCsv: vi.fn(), onImport: vi.fn(), onDeleteAll: vi.fn(async () => undefined) };
    renderWithI18n(<HistoryTransfer {...props} onExportJson={async () => ({ leftOut: 1, clipped: 3 })} />);
    await user.click(screen.getByRole('button', { name: /JSON/ }));
    expect((await screen.findByTestId('export-summary')).textContent).toBe(
      '1 break was left out of the file: its date or routine is outside what a history file can hold.' +
        '3 breaks were longer than a history file allows and are written as one day long.',
    );
  });
});
