// @vitest-environment jsdom
// While a due break waits for a call, the popup says so, with the latest time it waits until.
import { screen } from '@testing-library/preact';
import { expect, it } from 'vitest';
import { ScheduleStatusLine } from '../../components/ScheduleStatusLine';
import { renderWithI18n } from './session-helpers';

it('says the break waits for the call, until when at the latest', () => {
  const until = new Date(2026, 10, 23, 14, 35).getTime();
  renderWithI18n(<ScheduleStatusLine status={{ kind: 'waiting', reason: 'call', until }} now={until - 10 * 60_000} />);
  const time = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit' }).format(until);
  expect(screen.getByTestId('break-waiting').textContent).toBe(`Waiting for your call to end (until ${time} at the latest)`);
  expect(screen.getByRole('status').textContent).toContain('Waiting for your call to end');
});
