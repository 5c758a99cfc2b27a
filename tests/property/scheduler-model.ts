// Generators and an independent local-time oracle for the scheduler's properties: settings, event sequences, zones and DST nights.
import fc from 'fast-check';
import { DEFAULT_SETTINGS, SETTING_RANGES, SNOOZE_CHOICES, validateSettings, type Settings } from '../../core/settings';
import { DAY_NAMES, type DayName } from '../../core/work-time';

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

/** UTC, the two DST zones the issue names, and two without DST at odd offsets. */
export const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati'] as const;

const hhmm = (quarter: number) =>
  quarter === 96 ? '24:00' : `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;

/** One to three working ranges from sorted distinct quarter-hours: "00:00" to "24:00" are both reachable. */
export const workHours = fc
  .uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 2, maxLength: 6 })
  .map((qs) => {
    const sorted = [...qs].sort((a, b) => a - b);
    const ranges = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) ranges.push({ start: hhmm(sorted[i]!), end: hhmm(sorted[i + 1]!) });
    return ranges;
  });

const ranged = (name: keyof typeof SETTING_RANGES) => {
  const { min, max, step } = SETTING_RANGES[name];
  return fc.integer({ min: 0, max: (max - min) / step }).map((i) => min + i * step);
};

export const settings: fc.Arbitrary<Settings> = fc
  .record({
    intervalMinutes: ranged('intervalMinutes'),
    workDays: fc.subarray([...DAY_NAMES] as DayName[], { minLength: 1 }),
    workHours,
    snoozeMinutes: fc.constantFrom(...SNOOZE_CHOICES),
    maxSnoozes: ranged('maxSnoozes'),
    naturalBreakMinutes: ranged('naturalBreakMinutes'),
    allowPause: fc.boolean(),
  })
  .map((over) => {
    // Only settings the app would accept: the same check the settings store reads through.
    const { values, problems } = validateSettings(over);
    if (problems.length > 0) throw new Error(`generated invalid settings: ${JSON.stringify(problems)}`);
    return { ...DEFAULT_SETTINGS, ...values };
  });

/** A start near the DST nights of 2026 in Europe and the US, or anywhere in 2026. */
export const start = fc.oneof(
  fc.tuple(fc.constantFrom([2, 8], [2, 29], [9, 25], [10, 1]), fc.integer({ min: -2 * DAY, max: 2 * DAY })).map(
    ([[month, day], offset]) => Date.UTC(2026, month!, day!) + offset,
  ),
  fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) }),
);

/** Time passing before an event: seconds, minutes, hours or days. */
const pass = fc.oneof(
  fc.integer({ min: 0, max: 10 * MIN }),
  fc.integer({ min: 0, max: 3 * HOUR }),
  fc.integer({ min: 0, max: 3 * DAY }),
);

/** A clock set right, or wrong: ±minutes to ±days. */
const jump = fc.oneof(fc.integer({ min: -30 * MIN, max: 30 * MIN }), fc.integer({ min: -5 * DAY, max: 5 * DAY }));

export type Step =
  | { kind: 'alarm-on-time'; fullscreen: boolean; audible: boolean }
  | { kind: 'alarm-late'; late: number; fullscreen: boolean; audible: boolean }
  /** An alarm of an older plan: its time lies `ago` before now. */
  | { kind: 'alarm-stale'; ago: number; dt: number }
  /** An alarm for a time still ahead (the clock went back after it was set). */
  | { kind: 'alarm-early'; ahead: number; dt: number }
  | { kind: 'idle'; state: 'idle' | 'locked' | 'active'; dt: number }
  | { kind: 'user'; action: 'snooze' | 'skip' | 'break-taken' | 'break-opened' | 'resume' | 'browser-start' | 'plan'; dt: number }
  | { kind: 'moved'; completed: boolean; dt: number }
  /** Pause by one of the popup's options, or with any number a hostile page might send. */
  | { kind: 'pause'; option: number; raw: number; dt: number }
  | { kind: 'settings'; settings: Settings; dt: number }
  | { kind: 'clock'; jump: number }
  | { kind: 'zone'; zone: (typeof ZONES)[number] };

export const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('alarm-on-time' as const), fullscreen: fc.boolean(), audible: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('alarm-late' as const), late: pass, fullscreen: fc.boolean(), audible: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('alarm-stale' as const), ago: pass, dt: pass }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('alarm-early' as const), ahead: pass, dt: pass }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('idle' as const), state: fc.constantFrom('idle', 'locked', 'active'), dt: pass }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('user' as const),
      action: fc.constantFrom('snooze', 'skip', 'break-taken', 'break-opened', 'resume', 'browser-start', 'plan'),
      dt: pass,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('moved' as const), completed: fc.boolean(), dt: pass }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('pause' as const),
      option: fc.integer({ min: -1, max: 3 }),
      raw: fc.oneof(fc.double(), fc.integer({ min: -DAY, max: 30 * DAY })),
      dt: pass,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('settings' as const), settings, dt: pass }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clock' as const), jump }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('zone' as const), zone: fc.constantFrom(...ZONES) }) },
);

// The oracle below finds working time with the Date constructor alone, not through core/day's periods.
// ECMAScript's own rule decides DST nights: a local time that occurs twice is the earlier instant, one
// that does not exist moves forward by the gap.

/** The instant of local "HH:MM" (or "24:00", the next midnight) on the local day y-m-d. */
function localInstant(y: number, m: number, d: number, hhmm: string): number {
  const [h, mi] = hhmm.split(':').map(Number);
  return h === 24 ? new Date(y, m, d + 1).getTime() : new Date(y, m, d, h!, mi!).getTime();
}

/** Whether `t` falls in one of the working ranges of its local day. */
export function isWorkingLocal(s: Settings, t: number): boolean {
  const day = new Date(t);
  if (!s.workDays.includes(DAY_NAMES[day.getDay()]!)) return false;
  const [y, m, d] = [day.getFullYear(), day.getMonth(), day.getDate()];
  return s.workHours.some((r) => localInstant(y, m, d, r.start) <= t && t < localInstant(y, m, d, r.end));
}

/** Working milliseconds in [from, to), by whole minutes: within a minute of the truth at each edge. */
export function workingMsBetween(s: Settings, from: number, to: number): number {
  let ms = 0;
  for (let t = from; t < to; t += MIN) if (isWorkingLocal(s, t)) ms += Math.min(MIN, to - t);
  return ms;
}

export const sameLocalDay = (a: number, b: number) => new Date(a).toDateString() === new Date(b).toDateString();

/** Runs `body` with process.env.TZ set as it goes, and puts the machine's zone back after. */
export function withZone<T>(zone: string, body: (setZone: (z: string) => void) => T): T {
  const saved = process.env.TZ;
  const set = (z: string | undefined) => {
    if (z === undefined) delete process.env.TZ;
    else process.env.TZ = z;
  };
  set(zone);
  try {
    return body(set);
  } finally {
    set(saved);
  }
}
