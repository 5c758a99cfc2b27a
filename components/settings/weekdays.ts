// The working-day choices in the user's language, Monday first.
import { DAY_NAMES, type DayName } from '../../core/work-time';

/** 2026-01-04 was a Sunday, so day i of DAY_NAMES is 2026-01-(4+i) in UTC. */
export function weekdayOptions(locale: string, width: 'long' | 'short' = 'long'): { value: DayName; label: string }[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' });
  const named = DAY_NAMES.map((value, i) => ({ value, label: format.format(Date.UTC(2026, 0, 4 + i)) }));
  return [...named.slice(1), named[0]!];
}
