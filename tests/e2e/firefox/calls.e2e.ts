// The real Firefox build: a tab playing sound (a call) holds a due break, the popup says it waits, and once that
// tab is closed two silent re-checks, each at most a minute apart, let the break come.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_DAY, alarmWithin, api, until } from '../support/extension-api';
import { launchFirefox, type FirefoxRun } from '../support/firefox';
import { textOf, waitForText, waitForElement } from '../support/puppeteer-page';
import { audibleTabCount, writeTonePage, type TonePage } from '../support/sound';

const MIN = 60_000;
const MAX_WAIT_MINUTES = 30;

/** Puppeteer's WebDriver BiDi frame exposes its browsing context, though its public type does not say so. */
interface BidiFrame {
  browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<unknown> };
}

const hhmm = (at: number) => {
  const d = new Date(at);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

/** The time in the waiting text as "HH:MM" on a 24-hour clock (English may format it "05:49 AM"). */
function untilTime(text: string): string {
  const match = /^Waiting for your call to end \(until (\d\d):(\d\d)(?: ([AP]M))? at the latest\)$/.exec(text.trim());
  if (!match) throw new Error(`not the waiting text: "${text}"`);
  const [, h, m, half] = match;
  const hours = half ? (Number(h) % 12) + (half === 'PM' ? 12 : 0) : Number(h);
  return `${String(hours).padStart(2, '0')}:${m}`;
}

describe('calls hold a due break in Firefox', () => {
  let run: FirefoxRun;
  let tone: TonePage;
  beforeAll(async () => {
    run = await launchFirefox();
    tone = await writeTonePage();
  });
  afterAll(async () => {
    await run?.close();
    await tone?.remove();
  });

  it('waits while a tab plays sound, says until when, and comes after two silent re-checks once the tab is closed', async () => {
    // The call first, started by a click as a person starts one (Firefox blocks audible autoplay without a gesture);
    // the page plays it through Web Audio, which Firefox hears even with no sound device (support/sound.ts).
    const call: Page = await run.browser.newPage();
    await (call.mainFrame() as unknown as BidiFrame).browsingContext.navigate(tone.url, 'complete');
    await call.click('#play');

    // The popup opened after the call, so it is the front tab and not throttled.
    const popup = await run.open('popup.html');
    const ext = api(popup);
    await until(async () => (await audibleTabCount(popup)) > 0, 'the tone tab to be audible');
    await ext.setSettings({ ...ALL_DAY, maxWaitMinutes: MAX_WAIT_MINUTES });
    await alarmWithin(popup, 60 * MIN, 'the plan for the new settings');

    const fire = async (what: string) => {
      const firedAt = await ext.now();
      await ext.setAlarmAt(firedAt);
      return until(async () => {
        const alarm = await ext.alarm();
        return alarm && alarm.scheduledTime > firedAt + 1000 && { scheduledTime: alarm.scheduledTime, seenAt: await ext.now() };
      }, what);
    };
    const expectRecheckWithinAMinute = (recheck: { scheduledTime: number; seenAt: number }) =>
      expect(recheck.scheduledTime - recheck.seenAt).toBeLessThanOrEqual(MIN);

    // The break comes due while the tone plays: it waits. A re-plan still under way may write over the plan: plan again.
    const heldAt = await until(async () => {
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

    await waitForElement(popup, '[data-testid="break-waiting"]');
    const text = await textOf(popup, '[data-testid="break-waiting"]');
    expect([hhmm(heldAt + MAX_WAIT_MINUTES * MIN), hhmm(seenWaiting + MAX_WAIT_MINUTES * MIN)]).toContain(untilTime(text));
    expectRecheckWithinAMinute(
      await until(async () => {
        const alarm = await ext.alarm();
        return alarm && alarm.scheduledTime > heldAt && { scheduledTime: alarm.scheduledTime, seenAt: await ext.now() };
      }, 'the first re-check alarm'),
    );

    // A re-check while the tone still plays keeps it waiting.
    const withSound = await fire('the re-check after one with sound');
    expect((await ext.plan())?.dueSince, 'a due break after a check that heard sound').toBeUndefined();
    expectRecheckWithinAMinute(withSound);

    // The call ends: its tab is closed.
    await call.close();
    await until(async () => (await audibleTabCount(popup)) === 0, 'no tab audible');

    // One silent check is a quiet moment in a call, not its end: still waiting.
    const silent = await fire('the re-check after the first silent one');
    expect((await ext.plan())?.dueSince, 'a due break after one silent check').toBeUndefined();
    expectRecheckWithinAMinute(silent);
    expect(await popup.evaluate(() => document.querySelector('[data-testid="break-waiting"]') !== null)).toBe(true);

    // The second silent check in a row: the break comes (headless Firefox closes notifications at once, so the
    // popup and the record say so).
    await ext.setAlarmAt(await ext.now());
    await waitForText(popup, '[data-testid="next-break"]', 'Break due now');
    expect(await popup.evaluate(() => document.querySelector('[data-testid="break-waiting"]') !== null)).toBe(false);
    await until(async () => (await ext.breaks()).some((b) => b.kind === 'due'), 'the due record');
  });
});
