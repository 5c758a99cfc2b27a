// @vitest-environment jsdom
// The Administrator note: who manages Unknot, and each policy value that was ignored or cannot work, with why.
import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PolicyNote } from '../../components/PolicyNote';
import { NO_POLICY, parsePolicy } from '../../core/policy';
import { renderWithI18n } from './session-helpers';

describe('PolicyNote', () => {
  it('says nothing without a policy', () => {
    const { container } = renderWithI18n(<PolicyNote policy={NO_POLICY} />);
    expect(container.textContent).toBe('');
  });

  it('tells the administrator that a policy whose working hours never hold the interval gives no breaks', () => {
    const policy = parsePolicy({ organizationName: 'Example Ltd', intervalMinutes: 60, workHours: [{ start: '09:00', end: '09:30' }] });
    renderWithI18n(<PolicyNote policy={policy} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Managed by Example Ltd');
    const problems = within(screen.getByTestId('policy-problems')).getAllByRole('listitem');
    expect(problems.map((li) => li.textContent)).toEqual([
      'workHours: No working time is longer than the break interval of 60 minutes, so no break can ever come.',
    ]);
  });

  it('lists an ignored value with the range it should be in', () => {
    renderWithI18n(<PolicyNote policy={parsePolicy({ dailyGoal: 99 })} />);
    const problems = within(screen.getByTestId('policy-problems')).getAllByRole('listitem');
    expect(problems.map((li) => li.textContent)).toEqual(['dailyGoal: Choose a number from 1–12.']);
  });
});
