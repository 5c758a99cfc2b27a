// The one policy docs/deploying.md's table and every docs/examples file set, written out once for the tests that
// check those files (policy-examples) and the exporter's output against them (policy-export).
import { ROUTINE_IDS } from '../../core/routines';
import type { Settings } from '../../core/settings';

/** Its settings, as the options page would hold them and as parsed from any example file. */
export const GUIDE_SETTINGS = {
  intervalMinutes: 45,
  workDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  workHours: [
    { start: '08:30', end: '12:00' },
    { start: '13:00', end: '17:00' },
  ],
  dailyGoal: 5,
  allowPause: true,
  snoozeMinutes: 10,
  maxSnoozes: 2,
  naturalBreakMinutes: 5,
  enabledRoutines: [...ROUTINE_IDS],
  sound: false,
  volume: 60,
  waitForCalls: true,
  maxWaitMinutes: 20,
  dailySkipLimit: 3,
  breakStyle: 'notification',
} satisfies Partial<Settings>;

export const GUIDE_ORGANIZATION = 'Example Corp';
export const GUIDE_LOCKED = ['intervalMinutes', 'workDays'] as const;
