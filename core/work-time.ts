// Weekday names and daily "HH:MM" time ranges: the smallest vocabulary that settings, days and streaks share.

export const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type DayName = (typeof DAY_NAMES)[number];

/** A daily working time range in local wall-clock time, "HH:MM" 24-hour. */
export interface TimeRange {
  start: string;
  end: string;
}

/** "24:00" ends a range at midnight, so a day can be worked to its very end. */
export const END_OF_DAY = '24:00';

/** Minutes after midnight of a valid "HH:MM". */
export function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}
