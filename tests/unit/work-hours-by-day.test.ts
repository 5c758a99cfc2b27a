// Working hours per weekday: hoursOn, working periods across DST, the scheduler on a short Friday, streaks, break fit, validation.
import { describe, expect, it } from 'vitest';
import { noBreakFits } from '../../core/break-fit';
import { isWorkingDay, periodAt, workingPeriods } from '../../core/day';
import { alarmAt, initialState, nextBreakAt, scheduleStatus, transition } from '../../core/schedule';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../../core/settings';
import { streakSummary } from '../../core/streaks';
import { hoursOn, workingWeekdays, type DayName, type WorkHoursByDay } from '../../core/work-time';
import { inTimezone, timezoneForEach } from '../support/tz';

const WEEKDAYS: DayName[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const EVERY_DAY: DayName[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const NINE_TO_FIVE = [{ start: '09:00', end: '17:00' }];
const MIN = 60_000;

const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...over });
/** Periods as UTC ISO text, so the expectations below are plain instants worked out by hand. */
const iso = (ps: Iterable<{ start: number; end: number }>) => [...ps].map((p) => `${new Date(p.start).toISOString()} – ${new Date(p.end).toISOString()}`);

describe('hoursOn: a day\'s own hours, else the everyday ones', () => {
  const byDay: WorkHoursByDay = { fri: [{ start: '09:00', end: '13:00' }], sun: [] };
  it.each([
    ['mon', NINE_TO_FIVE],
    ['fri', [{ start: '09:00', end: '13:00' }]],
    ['sun', []],
    ['sat', NINE_TO_FIVE],
  ] as const)('%s', (day, expected) => {
    expect(hoursOn({ workHours: NINE_TO_FIVE, workHoursByDay: byDay }, day)).toEqual(expected);
  });

  it('without per-day hours every day works the everyday hours', () => {
    expect(hoursOn({ workHours: NINE_TO_FIVE }, 'fri')).toEqual(NINE_TO_FIVE);
    expect(hoursOn({ workHours: NINE_TO_FIVE, workHoursByDay: {} }, 'fri')).toEqual(NINE_TO_FIVE);
  });

  it('the working weekdays leave out a working day whose own list is empty, and keep days not worked out', () => {
    expect(workingWeekdays({ workDays: WEEKDAYS, workHoursByDay: { fri: [], sat: NINE_TO_FIVE } })).toEqual(['mon', 'tue', 'wed', 'thu']);
  });
});

describe('workingPeriods with per-day hours', () => {
  describe('Europe/Berlin', () => {
    timezoneForEach('Europe/Berlin');
    const work = {
      workDays: EVERY_DAY,
      workHours: [{ start: '09:00', end: '17:30' }],
      workHoursByDay: { fri: [{ start: '09:00', end: '13:00' }], sat: [], sun: [{ start: '01:00', end: '04:00' }] } satisfies WorkHoursByDay,
    };
    it.each([
      // Friday 2026-03-27, CET (UTC+1): the short Friday; Saturday has none; Sunday is the spring-forward night
      // (02:00 CET jumps to 03:00 CEST), so 01:00–04:00 is two hours long; Monday is CEST (UTC+2).
      [
        'the week of the spring-forward night',
        '2026-03-27T06:00:00Z',
        4,
        ['2026-03-27T08:00:00.000Z – 2026-03-27T12:00:00.000Z', '2026-03-29T00:00:00.000Z – 2026-03-29T02:00:00.000Z', '2026-03-30T07:00:00.000Z – 2026-03-30T15:30:00.000Z'],
      ],
      // Sunday 2026-10-25: 03:00 CEST falls back to 02:00 CET, so 01:00 CEST–04:00 CET is four hours.
      [
        'the fall-back night',
        '2026-10-23T06:00:00Z',
        4,
        ['2026-10-23T07:00:00.000Z – 2026-10-23T11:00:00.000Z', '2026-10-24T23:00:00.000Z – 2026-10-25T03:00:00.000Z', '2026-10-26T08:00:00.000Z – 2026-10-26T16:30:00.000Z'],
      ],
    ])('%s', (_name, from, days, expected) => {
      expect(iso(workingPeriods(work, Date.parse(from), days))).toEqual(expected);
    });

    it('periodAt follows the day: Friday 14:00 is outside, Monday 14:00 inside', () => {
      expect(periodAt(work, Date.parse('2026-03-27T13:00:00Z'))).toBeUndefined();
      expect(iso([periodAt(work, Date.parse('2026-03-30T12:00:00Z'))!])).toEqual(['2026-03-30T07:00:00.000Z – 2026-03-30T15:30:00.000Z']);
    });
  });

  describe('America/New_York', () => {
    timezoneForEach('America/New_York');
    it('a late Tuesday and a night shift into Wednesday are one period; spring forward on Sunday 2026-03-08', () => {
      const work = {
        workDays: ['sun', 'tue', 'wed'] as DayName[],
        workHours: [{ start: '09:00', end: '17:00' }],
        workHoursByDay: { sun: [{ start: '00:00', end: '05:00' }], tue: [{ start: '14:00', end: '24:00' }], wed: [{ start: '00:00', end: '03:00' }] },
      };
      // Sunday 00:00 EST (UTC-5) to 05:00 EDT (UTC-4): four hours. Tuesday 14:00 EDT to Wednesday 03:00 EDT: one period.
      expect(iso(workingPeriods(work, Date.parse('2026-03-08T00:00:00Z'), 5))).toEqual([
        '2026-03-08T05:00:00.000Z – 2026-03-08T09:00:00.000Z',
        '2026-03-10T18:00:00.000Z – 2026-03-11T07:00:00.000Z',
      ]);
    });
  });
});

describe('the scheduler on a short Friday (09:00–12:00, Europe/Berlin)', () => {
  timezoneForEach('Europe/Berlin');
  const s = settings({ workHoursByDay: { fri: [{ start: '09:00', end: '12:00' }] } });
  // Friday 2026-03-27 and Monday 2026-03-30 (after the spring-forward Sunday): local times, UTC in the comments.
  const fri = (h: number, m = 0) => inTimezone('Europe/Berlin', () => new Date(2026, 2, 27, h, m).getTime());
  const mon10 = Date.parse('2026-03-30T08:00:00Z'); // Monday 10:00 CEST: one interval after 09:00

  it('a break that would come at 12:30 on Friday comes on Monday at 10:00', () => {
    expect(nextBreakAt(s, fri(11, 30))).toBe(mon10);
    // Every day alike, Friday ran to 17:30 and the break came at 12:30.
    expect(nextBreakAt(settings(), fri(11, 30))).toBe(fri(12, 30));
    expect(alarmAt(s, initialState(fri(11, 30)), fri(11, 30))).toBe(mon10);
  });

  it('a break before noon still comes on Friday, and a due break waits until the short day ends', () => {
    expect(nextBreakAt(s, fri(10, 0))).toBe(fri(11, 0));
    const due = transition(s, initialState(fri(10, 0)), { type: 'alarm', scheduledTime: fri(11, 0), fullscreen: false }, fri(11, 0));
    expect(due.notify).toBe(true);
    // Once re-shown (or left unanswered), it waits for the end of the short day, 12:00, not 17:30.
    expect(alarmAt(s, { ...due.state, reshown: true }, fri(11, 0))).toBe(fri(12, 0));
  });

  it('an alarm at 12:30 on Friday (set before the change) does not bring a break, and the popup says when the next one is', () => {
    const r = transition(s, initialState(fri(11, 30)), { type: 'alarm', scheduledTime: fri(12, 30), fullscreen: false }, fri(12, 30));
    expect(r.notify).toBe(false);
    expect(scheduleStatus(s, r.state, fri(12, 30))).toEqual({ kind: 'outside', at: mon10 });
  });
});

describe('streaks: a working day whose own hours are empty is neutral', () => {
  // 2026-06-01 is a Monday. Monday to Thursday met, Friday nothing, next Monday met.
  const counts = new Map([
    ['2026-06-01', 2],
    ['2026-06-02', 2],
    ['2026-06-03', 2],
    ['2026-06-04', 2],
    ['2026-06-08', 2],
  ]);
  const base = { workDays: WEEKDAYS, dailyGoal: 2, daysOff: new Set<string>() };
  it.each([
    ['Friday works the everyday hours: its miss breaks the streak', {}, 1, 4],
    ['Friday has its own hours: its miss still breaks the streak', { fri: [{ start: '09:00', end: '12:00' }] }, 1, 4],
    ['Friday has no hours: it neither breaks nor extends the streak', { fri: [] }, 5, 5],
  ])('%s', (_name, workHoursByDay: WorkHoursByDay, current, best) => {
    const summary = streakSummary(counts, { ...base, workHoursByDay }, '2026-06-08');
    expect([summary.current, summary.best]).toEqual([current, best]);
  });

  it('isWorkingDay says the same', () => {
    expect(isWorkingDay('2026-06-05', { ...base, workHoursByDay: { fri: [] } })).toBe(false);
    expect(isWorkingDay('2026-06-05', { ...base, workHoursByDay: { sat: [] } })).toBe(true);
  });
});

describe('noBreakFits with per-day hours', () => {
  const short = [{ start: '09:00', end: '09:30' }];
  it.each([
    ['every day short', {}, true],
    ['one long day of its own', { wed: [{ start: '09:00', end: '12:00' }] }, false],
    ['a long day of its own that is not a working day', { sat: [{ start: '09:00', end: '12:00' }] }, true],
  ])('%s', (_name, workHoursByDay: WorkHoursByDay, expected) => {
    expect(noBreakFits({ intervalMinutes: 60, workDays: WEEKDAYS, workHours: short, workHoursByDay })).toBe(expected);
  });

  it('the everyday hours fit, but every working day has an empty list of its own', () => {
    const none = Object.fromEntries(WEEKDAYS.map((d) => [d, []]));
    expect(noBreakFits({ intervalMinutes: 60, workDays: WEEKDAYS, workHours: NINE_TO_FIVE, workHoursByDay: none })).toBe(true);
  });
});

describe('validating workHoursByDay: each day on its own', () => {
  it('valid days are kept in week order, their ranges sorted; an empty list is a day without hours', () => {
    const { values, problems } = validateSettings({
      workHoursByDay: { sun: [], fri: [{ start: '13:00', end: '15:00' }, { start: '09:00', end: '12:00' }], mon: [{ start: '10:00', end: '24:00' }] },
    });
    expect(problems).toEqual([]);
    expect(Object.entries(values.workHoursByDay!)).toEqual([
      ['sun', []],
      ['mon', [{ start: '10:00', end: '24:00' }]],
      ['fri', [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '15:00' }]],
    ]);
  });

  it.each([
    ['a day name not known', { funday: NINE_TO_FIVE }, 'workHoursByDay.funday', 'bad-hours-by-day'],
    ['a range that ends before it starts', { tue: [{ start: '17:00', end: '09:00' }] }, 'workHoursByDay.tue', 'bad-hours'],
    ['overlapping ranges', { tue: [{ start: '09:00', end: '13:00' }, { start: '12:00', end: '17:00' }] }, 'workHoursByDay.tue', 'bad-hours'],
    ['seven ranges, one more than a day holds', { tue: Array.from({ length: 7 }, (_, i) => ({ start: `0${i}:00`, end: `0${i}:30` })) }, 'workHoursByDay.tue', 'bad-hours'],
    ['not a list', { tue: '09:00-17:00' }, 'workHoursByDay.tue', 'bad-hours'],
    ['not "HH:MM"', { tue: [{ start: '9:00', end: '17:00' }] }, 'workHoursByDay.tue', 'bad-hours'],
  ])('%s is left out alone; the valid day stays', (_name, bad, name, reason) => {
    const { values, problems } = validateSettings({ workHoursByDay: { fri: [{ start: '09:00', end: '12:00' }], ...bad } });
    expect(problems).toEqual([expect.objectContaining({ name, reason })]);
    expect(values.workHoursByDay).toEqual({ fri: [{ start: '09:00', end: '12:00' }] });
  });

  it.each([['a list', [NINE_TO_FIVE]], ['text', 'fri'], ['null', null]])('%s is not an object from day to hours', (_name, raw) => {
    const { values, problems } = validateSettings({ workHoursByDay: raw });
    expect(problems).toEqual([{ name: 'workHoursByDay', reason: 'bad-hours-by-day', detail: 'sun, mon, tue, wed, thu, fri, sat' }]);
    expect(values).toEqual({});
  });

  it('a key that names an object property, not a day, is refused', () => {
    const { values, problems } = validateSettings(JSON.parse('{"workHoursByDay": {"__proto__": [], "constructor": []}}'));
    expect(problems.map((p) => p.name)).toEqual(['workHoursByDay.__proto__', 'workHoursByDay.constructor']);
    expect(values.workHoursByDay).toEqual({});
  });
});
