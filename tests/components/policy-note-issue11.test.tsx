// @vitest-environment jsdom
// The Administrator note for issue 11's keys: their invalid values are listed as ignored, and a valid cadence that
// leaves no time for a break is said on its own line, not among the ignored values.
import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PolicyNote } from '../../components/PolicyNote';
import { parsePolicy } from '../../core/policy';
import { renderWithI18n } from './session-helpers';

const items = (testId: string) => within(screen.getByTestId(testId)).getAllByRole('listitem').map((li) => li.textContent);
const IGNORED_INTRO = 'These policy values were ignored; the rest of the policy applies:';
const NO_BREAK_INTRO = 'These policy values apply, but together they leave no time for a break:';

describe('PolicyNote and the issue 11 keys', () => {
  it('lists an invalid longest wait and minute of the hour as ignored, with their ranges', () => {
    renderWithI18n(<PolicyNote policy={parsePolicy({ maxWaitMinutes: 2, breakAtMinute: 75, dailySkipLimit: 'lots', breakStyle: 'popup' })} />);
    expect(items('policy-ignored')).toEqual([
      'maxWaitMinutes: Choose a number from 5–60.',
      'breakAtMinute: Choose a number from 0–59.',
      'dailySkipLimit: Enter a whole number from 0–20.',
      'breakStyle: Choose one of: notification, tab.',
    ]);
    expect(screen.getByText(IGNORED_INTRO)).toBeTruthy();
    expect(screen.queryByTestId('policy-no-break')).toBeNull();
  });

  it('says a minute no working time holds applies but gives no break, and does not call it ignored', () => {
    renderWithI18n(<PolicyNote policy={parsePolicy({ breakAtMinute: 50, workHours: [{ start: '09:00', end: '09:45' }] })} />);
    expect(items('policy-no-break')).toEqual(['workHours: No working time includes :50 of an hour before it ends, so no break can ever come.']);
    expect(screen.getByText(NO_BREAK_INTRO)).toBeTruthy();
    expect(screen.queryByText(IGNORED_INTRO)).toBeNull();
    expect(screen.queryByTestId('policy-ignored')).toBeNull();
  });

  it('keeps the ignored values and the no-break line apart when a policy has both', () => {
    renderWithI18n(
      <PolicyNote policy={parsePolicy({ intervalMinutes: 60, workHours: [{ start: '09:00', end: '09:30' }], maxWaitMinutes: 61 })} />,
    );
    expect(items('policy-ignored')).toEqual(['maxWaitMinutes: Choose a number from 5–60.']);
    expect(items('policy-no-break')).toEqual([
      'workHours: No working time is longer than the break interval of 60 minutes, so no break can ever come.',
    ]);
  });
});
