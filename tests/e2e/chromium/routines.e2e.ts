// The real Chrome build: a whole neck-roll routine from the popup, recorded in IndexedDB, re-planning the break.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchChromium, type ChromiumRun } from '../support/chromium';
import { ALL_DAY, api, until } from '../support/extension-api';
import { currentStep, openRoutine, walkToEnd } from '../support/routine-player';
import { screenshotPath } from '../support/screenshots';

const MIN = 60_000;

describe('routines in Chromium', () => {
  let run: ChromiumRun;
  beforeAll(async () => {
    run = await launchChromium();
  });
  afterAll(async () => {
    await run?.close();
  });

  it('plays neck rolls to the end, records it, re-plans, and survives a reopen mid-routine', async () => {
    let page = await run.open('popup.html');
    await page.setViewportSize({ width: 360, height: 600 });
    const ext = api(page);
    await ext.setSettings(ALL_DAY);
    await page.getByTestId('breaks-today').filter({ hasText: '0 of 4 breaks today' }).waitFor();

    const list = page.getByTestId('routine-list');
    // The list follows the heading once the player's saved state has been read.
    await expect.poll(() => list.getByRole('button').count()).toBe(8);
    expect(await axeViolations(page)).toEqual([]);

    // The first routine in this profile: the safety note comes first.
    await list.getByRole('button', { name: /Neck rolls for tech neck/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'I understand' }).click();
    const player = page.getByTestId('routine-player');
    await player.waitFor();

    const intensity = page.getByTestId('intensity');
    await intensity.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(await intensity.getAttribute('aria-valuetext')).toBe('4 of 10');
    await page.getByRole('button', { name: 'Start the routine' }).click();

    const { step: first, total } = await currentStep(page);
    expect(first).toBe(1);
    await page.getByRole('button', { name: 'Next' }).click();
    await player.getByText(`Step 2 of ${total}`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Still figures for the README: the step-change cue and the figure's motion are off under reduced motion.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.screenshot({ path: screenshotPath('player.png') });

    // Close the popup mid-routine and open it again: same step, time still running down.
    await page.close();
    page = await run.open('popup.html');
    await page.setViewportSize({ width: 360, height: 600 });
    await page.getByTestId('routine-player').getByText(`Step 2 of ${total}`).waitFor();
    const left = await page.getByTestId('step-remaining').textContent();
    expect(left).toMatch(/^0:[0-5]\d$/);

    await walkToEnd(page);
    const after = page.getByTestId('intensity');
    await after.focus();
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    await page.getByRole('button', { name: 'Finish' }).click();
    const finishedAt = await api(page).now();

    await page.getByTestId('breaks-today').filter({ hasText: '1 of 4 breaks today' }).waitFor();
    const records = await until(async () => {
      const all = await api(page).breaks();
      return all.some((b) => b.kind === 'routine') && all;
    }, 'the routine in IndexedDB');
    expect(records.filter((b) => b.kind === 'routine')).toEqual([
      expect.objectContaining({ routineId: 'neck-rolls', completed: true, intensityBefore: 4, intensityAfter: 2 }),
    ]);
    expect(records.find((b) => b.kind === 'routine')!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/);

    const alarm = (await api(page).alarm())!;
    expect(Math.abs(alarm.scheduledTime - (finishedAt + 60 * MIN))).toBeLessThan(MIN);
  });

  it('the break page shows the same player in a full tab, without accessibility violations', async () => {
    const page = await run.open('break.html');
    // Accepts the safety note when this test runs alone, in a profile that has not seen it.
    await openRoutine(page, /Wall-ball between the shoulder blades/);
    await page.getByRole('button', { name: 'Start the routine' }).click();
    await page.getByTestId('step-remaining').waitFor();
    // The large figure of the full tab (decorative, so hidden from the accessibility tree).
    await expect.poll(() => page.getByTestId('routine-player').locator('svg.illus--large').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await page.getByTestId('routine-list').waitFor();
  });
});
