// The real Chrome build in a real window: a tab playing sound (a call) holds a due break, the popup says it waits,
// and once that tab is closed two silent re-checks, each at most a minute apart, let the break come.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromiumRun } from '../support/chromium';
import { ALL_DAY, alarmWithin, api, until } from '../support/extension-api';
import { audibleTabCount, launchChromiumWithSound, nudgePointer, writeTonePage, type TonePage } from '../support/sound';
import { startDisplay, type Display } from '../support/xvfb';

const MIN = 60_000;
const MAX_WAIT_MINUTES = 30;

/** "HH:MM" of a moment, on the local clock the browser shares with the test. */
const hhmm = (at: number) => {
  const d = new Date(at);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

/** The time in the waiting text as "HH:MM" on a 24-hour clock (English formats it "05:49 AM"). */
function untilTime(text: string): string {
  const match = /^Waiting for your call to end \(until (\d\d):(\d\d)(?: ([AP]M))? at the latest\)$/.exec(text);
  if (!match) throw new Error(`not the waiting text: "${text}"`);
  const [, h, m, half] = match;
  const hours = half ? (Number(h) % 12) + (half === 'PM' ? 12 : 0) : Number(h);
  return `${String(hours).padStart(2, '0')}:${m}`;
}

describe('calls hold a due break in Chromium', () => {
  let display: Display;
  let run: ChromiumRun;
  let tone: TonePage;
  beforeAll(async () => {
    display = await startDisplay();
    run = await launchChromiumWithSound(display.name);
    tone = await writeTonePage();
  });
  afterAll(async () => {
    await run?.close();
    display?.close();
    await tone?.remove();
  });

  it('waits while a tab plays sound, says until when, and comes after two silent re-checks once the tab is closed', async () => {
    const popup = await run.open('popup.html');
    const ext = api(popup);
    // waitForCalls is on by default; the longest wait is set so the test knows the "until" time.
    await ext.setSettings({ ...ALL_DAY, maxWaitMinutes: MAX_WAIT_MINUTES });
    await alarmWithin(popup, 60 * MIN, 'the plan for the new settings');

    const call: Page = await run.context.newPage();
    await call.goto(tone.url);
    await until(async () => (await audibleTabCount(popup)) > 0, 'the tone tab to be audible');
    await popup.bringToFront();

    /** Fires break-due now (a past `when` fires at once), and returns the re-check alarm the worker sets after it. */
    const fire = async (what: string) => {
      nudgePointer(display.name);
      const firedAt = await ext.now();
      await ext.setAlarmAt(firedAt);
      return until(async () => {
        const alarm = await ext.alarm();
        return alarm && alarm.scheduledTime > firedAt + 1000 && { scheduledTime: alarm.scheduledTime, seenAt: await ext.now() };
      }, what);
    };
    /** A re-check a minute away at most: the break comes within about 2 minutes of the call's end. */
    const expectRecheckWithinAMinute = (recheck: { scheduledTime: number; seenAt: number }) =>
      expect(recheck.scheduledTime - recheck.seenAt).toBeLessThanOrEqual(MIN);

    // The break comes due while the tone plays: it waits. A re-plan still under way may write over the plan: plan again.
    const heldAt = await until(async () => {
      nudgePointer(display.name);
      const at = (await ext.now()) + 1500;
      await ext.planBreakAt(at);
      await ext.setAlarmAt(at);
      const outcome = await until(async () => {
        // The stored plan says since when a due break waits (core/schedule's deferredSince).
        const plan = (await ext.plan()) as { snoozedUntil?: number; dueSince?: number; deferredSince?: number } | undefined;
        return plan?.deferredSince !== undefined ? 'waiting' : plan?.dueSince !== undefined ? 'due' : plan?.snoozedUntil !== at && 'overwritten';
      }, 'the break to come due', 20_000);
      expect(outcome, 'a due break with a tab playing sound').not.toBe('due');
      return outcome === 'waiting' && at;
    }, 'a plan that holds until the break comes due', 60_000);
    const seenWaiting = await ext.now();

    const waiting = popup.getByTestId('break-waiting');
    await waiting.waitFor();
    // Until the longest wait after the moment it began waiting, which lies between the alarm and the popup's text.
    expect([hhmm(heldAt + MAX_WAIT_MINUTES * MIN), hhmm(seenWaiting + MAX_WAIT_MINUTES * MIN)]).toContain(untilTime((await waiting.textContent())!));
    expect(await ext.notifications()).toEqual({});
    expectRecheckWithinAMinute(await until(async () => {
      const alarm = await ext.alarm();
      return alarm && alarm.scheduledTime > heldAt && { scheduledTime: alarm.scheduledTime, seenAt: await ext.now() };
    }, 'the first re-check alarm'));

    // A re-check while the tone still plays keeps it waiting.
    const withSound = await fire('the re-check after one with sound');
    expect((await ext.plan())?.dueSince, 'a due break after a check that heard sound').toBeUndefined();
    expectRecheckWithinAMinute(withSound);
    await waiting.waitFor();

    // The call ends: its tab is closed.
    await call.close();
    await until(async () => (await audibleTabCount(popup)) === 0, 'no tab audible');

    // One silent check is a quiet moment in a call, not its end: still waiting.
    const silent = await fire('the re-check after the first silent one');
    expect((await ext.plan())?.dueSince, 'a due break after one silent check').toBeUndefined();
    expectRecheckWithinAMinute(silent);
    await waiting.waitFor();
    expect(await ext.notifications()).toEqual({});

    // The second silent check in a row: the break comes.
    nudgePointer(display.name);
    await ext.setAlarmAt(await ext.now());
    await popup.getByTestId('next-break').filter({ hasText: /^Break due now$/ }).waitFor();
    expect(await waiting.count()).toBe(0);
    await until(async () => 'break-due' in (await ext.notifications()), 'the break notification');
  });
});
