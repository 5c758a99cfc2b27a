// Driving the routine player with Playwright, in English: choosing a routine, the safety note, and walking every step.
import type { Page } from 'playwright-core';

const COUNTER = /^Step (\d+) of (\d+)$/;

/**
 * Chooses a routine from the list and waits for its player. The safety note shows only before a
 * profile's first routine: it is accepted when it appears. The session renders nothing until the
 * player's code has loaded, so this waits for either one before looking.
 */
export async function openRoutine(page: Page, title: RegExp | string): Promise<void> {
  await page.getByTestId('routine-list').getByRole('button', { name: title }).click();
  const player = page.getByTestId('routine-player');
  const accept = page.getByRole('dialog').getByRole('button', { name: 'I understand' });
  await player.or(accept).waitFor();
  // One or the other is shown now, and the note stays until it is accepted: this read does not race.
  if (await accept.isVisible()) await accept.click();
  await player.waitFor();
}

/** The step the player shows, waiting for its counter. */
export async function currentStep(page: Page): Promise<{ step: number; total: number }> {
  const text = await page.getByTestId('routine-player').getByText(COUNTER).textContent();
  const [, step, total] = text!.match(COUNTER)!;
  return { step: Number(step), total: Number(total) };
}

/** Presses Next from the current step to the end, confirming each step, until "Routine complete" shows. */
export async function walkToEnd(page: Page): Promise<void> {
  const player = page.getByTestId('routine-player');
  const { step: from, total } = await currentStep(page);
  for (let step = from; step < total; step++) {
    await player.getByRole('button', { name: 'Next' }).click();
    await player.getByText(`Step ${step + 1} of ${total}`, { exact: true }).waitFor();
  }
  await player.getByRole('button', { name: 'Next' }).click();
  await player.getByRole('heading', { name: 'Routine complete' }).waitFor();
}
