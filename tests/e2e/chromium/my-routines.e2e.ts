// The real Chrome build: a routine of one's own with pressure steps, written on the options page, played from the
// popup (the intensity gate at 7 holds the next pressure step back and offers the gentle built-in routine), played
// again to the end, recorded with its id and name, and exported with its definition (the downloaded file is read).
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { launchChromium, type ChromiumRun } from '../support/chromium';
import { ALL_DAY, api, until } from '../support/extension-api';
import { openRoutine } from '../support/routine-player';

/** Moves the intensity slider that is shown to `value` by keyboard, from 0. */
async function rate(page: Page, value: number) {
  const slider = page.getByTestId('intensity');
  await slider.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < value; i++) await page.keyboard.press('ArrowRight');
  expect(await slider.getAttribute('aria-valuetext')).toBe(`${value} of 10`);
}

/** What My routines' storage item holds, read in the page. */
const stored = (page: Page) => page.evaluate(() => (globalThis as any).chrome.storage.local.get('myRoutines') as Promise<Record<string, unknown>>);

const STEPS = [
  { text: 'Roll the shoulders slowly', seconds: '20', pressure: false },
  { text: 'Hold the first tender spot', seconds: '25', pressure: true },
  { text: 'Hold a second tender spot', seconds: '20', pressure: true },
  { text: 'Walk around the room', seconds: '40', pressure: false },
];

describe('My routines in Chromium', () => {
  let run: ChromiumRun;
  beforeAll(async () => {
    run = await launchChromium();
  });
  afterAll(async () => {
    await run?.close();
  });

  it('creates a routine with pressure steps, plays it, the gate at 7 holds back pressure, and its break is recorded and exported', async () => {
    const options = await run.open('options.html#routines');
    await api(options).setSettings(ALL_DAY);

    // Write the routine by its labelled fields.
    await options.getByRole('button', { name: 'New routine' }).click();
    await options.getByLabel('Name', { exact: true }).fill('Physio set');
    for (const [i, step] of STEPS.entries()) {
      if (i > 0) await options.getByRole('button', { name: 'Add a step' }).click();
      const fields = options.getByRole('group', { name: `Step ${i + 1}`, exact: true });
      await fields.getByLabel('What to do').fill(step.text);
      await fields.getByLabel('Seconds', { exact: true }).fill(step.seconds);
      if (step.pressure) await fields.getByRole('checkbox').check();
    }
    // A pressure step held 45 s is refused, said at its field, and nothing is saved.
    await options.getByRole('group', { name: 'Step 2', exact: true }).getByLabel('Seconds', { exact: true }).fill('45');
    await options.getByRole('button', { name: 'Save routine' }).click();
    await options.getByTestId('editor-problems').filter({ hasText: 'Step 2, Seconds belongs to a pressure step' }).waitFor();
    expect(await stored(options)).toEqual({});
    expect(await axeViolations(options)).toEqual([]);
    await options.getByRole('group', { name: 'Step 2', exact: true }).getByLabel('Seconds', { exact: true }).fill('25');
    await options.getByRole('button', { name: 'Save routine' }).click();
    await options.getByRole('status').filter({ hasText: '“Physio set” was saved.' }).waitFor();
    const { myRoutines } = (await stored(options)) as { myRoutines: { id: string }[] };
    const id = myRoutines[0]!.id;
    expect(id).toMatch(/^mine-[0-9a-f-]{36}$/);

    // The popup offers it with the built-in ones, marked as one's own.
    const popup = await run.open('popup.html');
    await popup.setViewportSize({ width: 360, height: 600 });
    const list = popup.getByTestId('routine-list');
    await expect.poll(() => list.getByRole('button').count()).toBe(9);
    expect(await list.getByRole('button', { name: /^Physio set/ }).textContent()).toMatch(/^Physio set.*My routine/);
    await openRoutine(popup, /^Physio set/);
    const player = popup.getByTestId('routine-player');
    // A pressure step makes it a massage routine: the intensity first, and the stop signs.
    await player.getByRole('button', { name: 'Stop signs' }).waitFor();
    await rate(popup, 3);
    await popup.getByRole('button', { name: 'Start the routine' }).click();
    await player.getByText('Step 1 of 4', { exact: true }).waitFor();
    await player.getByText('Roll the shoulders slowly').waitFor();
    await player.getByRole('button', { name: 'Next' }).click();
    await player.getByText('Hold the first tender spot').waitFor();

    // 7 on the pressure step: ease off, and the next pressure step is held back, with the gentle routine offered.
    await rate(popup, 6);
    expect(await player.getByRole('alert').count()).toBe(0);
    await popup.keyboard.press('ArrowRight');
    await player.getByRole('alert').filter({ hasText: 'Ease off' }).waitFor();
    await player.getByRole('button', { name: 'Next' }).click();
    const gate = player.getByRole('alert').filter({ hasText: 'Ease off' });
    await gate.waitFor();
    expect(await player.getByText('Hold a second tender spot').count()).toBe(0);
    expect(await player.getByRole('button', { name: 'Next' }).count()).toBe(0);
    expect(await axeViolations(popup)).toEqual([]);
    await gate.getByRole('button', { name: 'Switch to Desk movement break' }).click();
    await player.getByRole('heading', { name: 'Desk movement break' }).waitFor();
    await player.getByRole('button', { name: 'Stop' }).click();
    await list.waitFor();

    // Again, gently this time: every step, to the end.
    await openRoutine(popup, /^Physio set/);
    await rate(popup, 4);
    await popup.getByRole('button', { name: 'Start the routine' }).click();
    for (const step of STEPS) {
      await player.getByText(step.text).waitFor();
      await player.getByRole('button', { name: 'Next' }).click();
    }
    await player.getByRole('heading', { name: 'Routine complete' }).waitFor();
    await rate(popup, 2);
    await popup.getByRole('button', { name: 'Finish' }).click();
    await popup.getByTestId('breaks-today').filter({ hasText: '1 of 4 breaks today' }).waitFor();

    const mine = await until(async () => {
      const all = (await api(popup).breaks()).filter((b) => b.routineId === id);
      return all.length === 2 && all;
    }, 'both breaks of the routine in IndexedDB');
    expect(mine.toSorted((a, b) => Number(a.time) - Number(b.time))).toEqual([
      expect.objectContaining({ kind: 'routine', routineId: id, routineName: 'Physio set', completed: false, intensityBefore: 3 }),
      expect.objectContaining({ kind: 'routine', routineId: id, routineName: 'Physio set', completed: true, intensityBefore: 4, intensityAfter: 2 }),
    ]);

    // The export carries the breaks with their routine's name, and its definition.
    await options.bringToFront();
    await options.goto(options.url().replace(/#.*$/, '#data'));
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export history (JSON)' }).click()]);
    const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(file.version).toBe(2);
    expect(file.breaks.filter((b: { routineId?: string }) => b.routineId === id)).toEqual([
      expect.objectContaining({ routineName: 'Physio set', completed: false }),
      expect.objectContaining({ routineName: 'Physio set', completed: true, intensityAfter: 2 }),
    ]);
    expect(file.routines).toEqual([
      {
        id,
        name: 'Physio set',
        steps: [
          { text: 'Roll the shoulders slowly', seconds: 20 },
          { text: 'Hold the first tender spot', seconds: 25, pressure: true },
          { text: 'Hold a second tender spot', seconds: 20, pressure: true },
          { text: 'Walk around the room', seconds: 40 },
        ],
      },
    ]);
  });
});
