// Liveness: a working day whose working time holds at least one interval makes a break due, with no user action at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alarmAt, initialState, transition, type ScheduleState } from '../../core/schedule';
import type { Settings } from '../../core/settings';
import { DAY_NAMES } from '../../core/work-time';
import { FUZZ, params } from './runs';
import { HOUR, MIN, settings, start, withZone, ZONES } from './scheduler-model';

/** The real length of each of the day's ranges, from the Date constructor's own reading of local times. */
function longestRangeMs(s: Settings, y: number, m: number, d: number): number {
  return Math.max(
    ...s.workHours.map((r) => {
      const [sh, sm] = r.start.split(':').map(Number);
      const [eh, em] = r.end.split(':').map(Number);
      return new Date(y, m, d, eh!, em!).getTime() - new Date(y, m, d, sh!, sm!).getTime();
    }),
  );
}

describe('liveness', () => {
  it(
    'with no user action, every working day that can hold an interval has a break due during it',
    () => {
      fc.assert(
        fc.property(settings, fc.constantFrom(...ZONES), start, fc.integer({ min: 0, max: 6 * 60 }), (s, zone, from, before) =>
          withZone(zone, () => {
            // The first working day on or after `from` whose ranges hold one interval.
            const day = new Date(from);
            let found = false;
            for (let i = 0; i < 8 && !found; i++) {
              const y = day.getFullYear();
              const m = day.getMonth();
              const d = day.getDate() + i;
              const candidate = new Date(y, m, d);
              if (s.workDays.includes(DAY_NAMES[candidate.getDay()]!) && longestRangeMs(s, y, m, d) > s.intervalMinutes * MIN) {
                day.setTime(candidate.getTime());
                found = true;
              }
            }
            if (!found) return;
            const dayStart = day.getTime();
            const dayEnd = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1).getTime();
            // The browser opens some hours before that day's midnight; then only alarms happen.
            let now = dayStart - before * MIN;
            let state: ScheduleState = transition(s, initialState(now), { type: 'browser-start' }, now).state;
            let dueDuringDay = false;
            for (let steps = 0; ; steps++) {
              expect(steps).toBeLessThan(500);
              const alarm = alarmAt(s, state, now);
              if (alarm === undefined || alarm >= dayEnd + HOUR) break;
              now = Math.max(now, alarm);
              const next = transition(s, state, { type: 'alarm', scheduledTime: alarm, fullscreen: false }, now).state;
              if (now >= dayStart && now < dayEnd && (state.dueSince !== undefined || next.dueSince !== undefined)) dueDuringDay = true;
              state = next;
            }
            expect(dueDuringDay).toBe(true);
          }),
        ),
        params(),
      );
    },
    FUZZ ? 3_600_000 : 120_000,
  );
});
