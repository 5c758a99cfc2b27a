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

/** Working hours of their own for some days; a day not named works the everyday `workHours`, an empty list none. */
export type WorkHoursByDay = Partial<Record<DayName, TimeRange[]>>;

/** What decides the working time: the days, the everyday hours, and the days with hours of their own. */
export interface WorkTime {
  workDays: readonly DayName[];
  workHours: readonly TimeRange[];
  workHoursByDay?: Readonly<WorkHoursByDay>;
}

/** The working hours of one weekday, if it is a working day: its own, else the everyday hours. */
export function hoursOn(work: Pick<WorkTime, 'workHours' | 'workHoursByDay'>, day: DayName): readonly TimeRange[] {
  return work.workHoursByDay?.[day] ?? work.workHours;
}

/** A working day with some working time: one whose own hours are an empty list is neutral, like a day off. */
export function isWorkingWeekday(work: Pick<WorkTime, 'workDays' | 'workHoursByDay'>, day: DayName): boolean {
  // The everyday hours are never empty (settings keep one range at least), so only a day's own list can be.
  return work.workDays.includes(day) && work.workHoursByDay?.[day]?.length !== 0;
}

/** The weekdays that have working time, in week order from Sunday. */
export function workingWeekdays(work: Pick<WorkTime, 'workDays' | 'workHoursByDay'>): DayName[] {
  return DAY_NAMES.filter((day) => isWorkingWeekday(work, day));
}
