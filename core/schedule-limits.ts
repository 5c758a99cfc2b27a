// How far ahead each part of a plan can legally reach: beyond that a time comes from a clock that ran ahead.
import { SNOOZE_CHOICES } from './settings';
import { DAY, MINUTE, SECOND } from './time';

/**
 * The furthest a pause may end. "Pause until tomorrow's working hours" with one working day a week,
 * asked just after midnight of that day, ends at most 7 days and 24 hours ahead (an hour more
 * across a DST change): 8 days is the furthest any pause option reaches.
 */
export const MAX_PAUSE_MS = 8 * DAY;

/** The longest snooze the settings offer. */
export const MAX_SNOOZE_MS = Math.max(...SNOOZE_CHOICES) * MINUTE;

/** The alarm is left alone when it is this close to the planned time, so its time may be this far off. */
export const ALARM_TOLERANCE_MS = SECOND;

/** A break left unanswered this long is shown once more (a fresh notification), never a second time. */
export const RESHOW_AFTER_MS = 10 * MINUTE;
