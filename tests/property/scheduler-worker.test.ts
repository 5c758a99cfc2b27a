// The worker over random event sequences against the fake browser: exactly the alarm the stored plan names, and a badge and notification that match it.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import { alarmAt, isScheduleState } from '../../core/schedule';
import { DEFAULT_SETTINGS } from '../../core/settings';
import background from '../../entrypoints/background';
import { allBreaks } from '../../platform/history';
import { closeHistory } from '../../platform/history-db';
import { dispatch } from '../../platform/scheduler';
import { triggerableEvent } from '../setup';
import { timezoneForEach } from '../support/tz';
import { FUZZ, params } from './runs';
import { DAY, MIN } from './scheduler-model';

type Action =
  | { kind: 'alarm' }
  | { kind: 'idle'; state: 'idle' | 'locked' | 'active' }
  | { kind: 'command'; command: unknown }
  | { kind: 'startup' };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'alarm' as const }) },
  { weight: 2, arbitrary: fc.constantFrom('idle', 'locked', 'active').map((state) => ({ kind: 'idle' as const, state })) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(
        { type: 'snooze' },
        { type: 'skip' },
        { type: 'resume' },
        { type: 'record-break', fields: { kind: 'movement', completed: true } },
        { type: 'record-break', fields: { kind: 'routine', routineId: 'neck-rolls', completed: true, seconds: 120 } },
        { type: 'pause', until: 'in 30 minutes' },
        { type: 'pause', until: Number.MAX_VALUE },
      )
      .map((command) => ({ kind: 'command' as const, command })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'startup' as const }) },
);
/** A start in the working week of Monday 2026-11-23 (UTC). */
const weekOfWork = fc.integer({ min: Date.UTC(2026, 10, 23, 6), max: Date.UTC(2026, 10, 27, 18) });
const gap = fc.oneof(fc.integer({ min: 0, max: 20 * MIN }), fc.integer({ min: 0, max: 2 * DAY }));

/** Lets the listeners' own awaits run, then waits for everything queued before a plan of our own. */
async function settled() {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await dispatch({ type: 'plan' });
}

async function checkWorld() {
  const raw = (await fakeBrowser.storage.local.get('schedule')).schedule;
  expect(isScheduleState(raw)).toBe(true);
  if (!isScheduleState(raw)) return;
  const alarms = await fakeBrowser.alarms.getAll();
  // One alarm at most, and the one the stored plan names.
  expect(alarms.map((a) => a.name).filter((n) => n !== 'break-due')).toEqual([]);
  const named = alarmAt(DEFAULT_SETTINGS, raw, Date.now());
  if (named === undefined) expect(alarms).toEqual([]);
  else expect(Math.abs(alarms[0]!.scheduledTime - named)).toBeLessThan(1000);
  // The badge and the notification say "due" exactly while the plan does.
  const due = raw.dueSince !== undefined;
  expect(await fakeBrowser.action.getBadgeText({})).toBe(due ? '!' : '');
  expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(due ? ['break-due'] : []);
}

// The working days below are in UTC, whatever the machine's zone.
timezoneForEach('UTC');
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => vi.useRealTimers());

describe('the worker over random event sequences', () => {
  it(
    'keeps exactly the alarm its stored plan names, with the badge and notification to match, and records each due break once',
    async () => {
      await fc.assert(
        fc.asyncProperty(weekOfWork, fc.array(fc.tuple(gap, action), { maxLength: 6 }), async (t0, steps) => {
          fakeBrowser.reset();
          await closeHistory();
          globalThis.indexedDB = new IDBFactory();
          Object.assign(fakeBrowser.idle, { setDetectionInterval: vi.fn(), onStateChanged: triggerableEvent() });
          Object.assign(fakeBrowser.commands, { onCommand: triggerableEvent() });
          vi.setSystemTime(t0);
          background.main();
          await settled();
          await checkWorld();
          for (const [dt, step] of steps) {
            vi.setSystemTime(Date.now() + dt);
            if (step.kind === 'alarm') {
              const alarm = await fakeBrowser.alarms.get('break-due');
              if (!alarm) continue;
              // Fired as Chrome does: late when the machine slept, and gone once fired.
              vi.setSystemTime(Math.max(Date.now(), alarm.scheduledTime));
              await fakeBrowser.alarms.clear('break-due');
              await fakeBrowser.alarms.onAlarm.trigger(alarm);
            } else if (step.kind === 'idle') {
              await (fakeBrowser.idle.onStateChanged as unknown as { trigger(s: string): Promise<unknown> }).trigger(step.state);
            } else if (step.kind === 'startup') {
              await fakeBrowser.runtime.onStartup.trigger();
            } else {
              const c = step.command as { type: string; until?: unknown };
              const command = c.until === 'in 30 minutes' ? { ...c, until: Date.now() + 30 * MIN } : c;
              await fakeBrowser.runtime.sendMessage(command).catch(() => undefined);
            }
            await settled();
            await checkWorld();
          }
          const dues = (await allBreaks()).filter((b) => b.kind === 'due').map((b) => b.time);
          expect(new Set(dues).size).toBe(dues.length);
        }),
        params({ numRuns: FUZZ ? 10_000 : 200 }),
      );
    },
    FUZZ ? 3_600_000 : 120_000,
  );
});
