// Ranges of days off: validity, and the days they cover across month and year ends (written out by hand).
import { describe, expect, it } from 'vitest';
import { daysOfRanges, rangeProblem } from '../../core/day-off-ranges';

describe('ranges of days off', () => {
  it.each([
    [{ from: '2026-12-28', to: '2027-01-02' }, undefined],
    [{ from: '2026-05-01', to: '2026-05-01', label: 'Holiday' }, undefined],
    [{ from: '2026-05-02', to: '2026-05-01' }, 'order'],
    // 366 days with both ends is the longest; 367 is too long.
    [{ from: '2026-01-01', to: '2027-01-01' }, undefined],
    [{ from: '2026-01-01', to: '2027-01-02' }, 'too-long'],
    [{ from: '2026-01-01', to: '2026-12-31' }, undefined],
    [{ from: '2026-02-27', to: '2026-02-30' }, 'bad-day'],
    [{ from: '2026-05-01', to: '2026-05-03', label: ' ' }, 'label'],
    [{ from: '2026-05-01', to: '2026-05-03', label: 'x'.repeat(101) }, 'label'],
  ] as const)('%o → %s', (range, problem) => {
    expect(rangeProblem(range)).toBe(problem);
  });

  it('covers every day from the first to the last, across a month and a year end, each once', () => {
    expect(
      daysOfRanges([
        { from: '2026-12-30', to: '2027-01-02', label: 'Holiday' },
        { from: '2027-01-02', to: '2027-01-03' },
        { from: '2028-02-28', to: '2028-03-01', label: 'Sick leave' },
        { from: '2026-05-03', to: '2026-05-01' },
      ]),
    ).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03', '2028-02-28', '2028-02-29', '2028-03-01']);
  });
});
