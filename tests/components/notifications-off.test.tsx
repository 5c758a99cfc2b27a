// @vitest-environment jsdom
// The popup says when the browser reports notifications blocked, after its first view, with help one click away.
import { screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it, vi } from 'vitest';
import { BreakScreen } from '../../components/BreakScreen';
import { NO_POLICY } from '../../core/policy';
import { initialState } from '../../core/schedule';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { AXE_TIMEOUT, axeViolations } from './charts/axe';
import { memoryPorts, renderWithI18n } from './session-helpers';

const permission = vi.hoisted(() => ({ blocked: undefined as boolean | undefined, asked: 0 }));
const opened = vi.hoisted(() => [] as string[]);
vi.mock('../../platform/notification-permission', () => ({ notificationsBlocked: async () => (permission.asked++, permission.blocked) }));
vi.mock('../../platform/windows', () => ({ openOptionsSection: async (s: string) => void opened.push(s) }));

const NOW = new Date(2026, 10, 23, 10, 0).getTime();

function popup() {
  renderWithI18n(
    <BreakScreen
      view={{ value: { settings: DEFAULT_SETTINGS, policy: NO_POLICY, state: initialState(NOW) }, failed: false, reload: vi.fn() }}
      recent={{ doneToday: 0, lastDone: new Map() }}
      historyUnavailable={false}
      ports={memoryPorts().ports}
      onCommand={vi.fn()}
      onError={vi.fn()}
      now={NOW}
      size="small"
      heading={() => 'ext_name'}
      actions={null}
    />,
  );
}

beforeEach(() => {
  opened.length = 0;
});

it('blocked: one line, after the schedule, and "How to turn them on" opens the options page at #notifications', async () => {
  permission.blocked = true;
  const user = userEvent.setup();
  popup();
  expect(screen.getByTestId('next-break').textContent).toBe('Next break in 60 min');
  const line = await screen.findByTestId('notifications-blocked');
  expect(line.textContent).toContain('Notifications are off for Unknot: breaks show only on the icon.');
  await user.click(screen.getByRole('button', { name: 'How to turn them on' }));
  expect(opened).toEqual(['notifications']);
});

it('blocked: no axe violations', { timeout: AXE_TIMEOUT }, async () => {
  permission.blocked = true;
  popup();
  await screen.findByTestId('notifications-blocked');
  expect(await axeViolations(document.body)).toEqual([]);
});

it('not blocked: nothing is said', async () => {
  permission.blocked = false;
  permission.asked = 0;
  popup();
  expect(await screen.findByTestId('routine-list')).toBeTruthy();
  // Once the lazily loaded check has been asked and its answer rendered, the line is still absent.
  await vi.waitFor(() => expect(permission.asked).toBeGreaterThan(0));
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(screen.queryByTestId('notifications-blocked')).toBeNull();
});
