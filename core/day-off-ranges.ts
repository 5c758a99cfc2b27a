// Ranges of days off (a holiday, sick leave): what makes one valid, and the single days it covers for the streak rules.
import { addDaysToKey, dayKeyToUtc, isDayKey } from './day';
import { isLine, MAX_LABEL_LENGTH, MAX_RANGE_DAYS, type DayOffRange } from './history-file';
import { DAY } from './time';

export type RangeProblem = 'bad-day' | 'order' | 'too-long' | 'label';

/** Why a range cannot be kept, or undefined: the options page and the history file's import both ask this. */
export function rangeProblem(range: DayOffRange): RangeProblem | undefined {
  if (!isDayKey(range.from) || !isDayKey(range.to)) return 'bad-day';
  const days = Math.round((dayKeyToUtc(range.to) - dayKeyToUtc(range.from)) / DAY);
  if (days < 0) return 'order';
  if (days >= MAX_RANGE_DAYS) return 'too-long';
  if (range.label !== undefined && !isLine(range.label, MAX_LABEL_LENGTH)) return 'label';
  return undefined;
}

/** Every day the valid ranges cover, each once, sorted: neutral for streaks like single days off. */
export function daysOfRanges(ranges: readonly DayOffRange[]): string[] {
  const days = new Set<string>();
  for (const range of ranges) {
    if (rangeProblem(range) !== undefined) continue;
    for (let day = range.from; day <= range.to; day = addDaysToKey(day, 1)) days.add(day);
  }
  return [...days].sort();
}
