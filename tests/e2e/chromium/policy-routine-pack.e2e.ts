// Chromium under docs/examples/chrome-linux-routine-pack.json in the real managed folder: the pack's routines are in
// the popup, marked as the organization's, and play; the file's bounds hold on the options page. Then a pack with a
// bad routine and a bad step (each ignored alone and listed), and one Chrome's schema withholds whole.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CHROME_BUILD, launchChromium } from '../support/chromium';
import { ALL_DAY, api } from '../support/extension-api';
import { examplePolicy, installChromiumPolicy, installPolicyValues, removeChromiumPolicy, unpackedExtensionId } from '../support/policy';
import { currentStep, openRoutine } from '../support/routine-player';

/** The routine list's buttons, as their accessible names read. */
async function listed(page: Page): Promise<string[]> {
  const list = page.getByTestId('routine-list');
  await list.waitFor();
  return list.getByRole('button').evaluateAll((buttons) => buttons.map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** The names of the routines in the list (each button's title). */
const titles = (page: Page) => page.getByTestId('routine-list').locator('.routine__title').allTextContents();

describe('an organization’s routine pack in Chromium', () => {
  let dir: string | undefined;
  afterEach(removeChromiumPolicy);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shows the example pack in the popup, plays it, and keeps the example’s bounds', async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-pack-'));
    const profile = join(dir, 'profile');
    const id = unpackedExtensionId(CHROME_BUILD);
    await installChromiumPolicy('chrome-linux-routine-pack.json', id);
    // The pack, as the file gives it: the test reads its names and steps from there.
    const pack = (await examplePolicy('chrome-linux-routine-pack.json')) as unknown as {
      customRoutines: { name: { en: string }; steps: { text: { en: string } }[] }[];
    };
    const [desk, ball] = pack.customRoutines;

    let run = await launchChromium({ profile });
    try {
      const popup = await run.open('popup.html');
      await api(popup).setSettings(ALL_DAY);
      // Eight built-in routines and the pack's two.
      await expect.poll(() => popup.getByTestId('routine-list').getByRole('button').count(), { timeout: 15_000 }).toBe(10);
      const buttons = await listed(popup);
      for (const routine of [desk!, ball!]) {
        const button = buttons.find((b) => b.includes(routine.name.en));
        expect(button, routine.name.en).toContain('From your organization');
      }
      // Only the pack's routines are marked.
      expect(buttons.filter((b) => b.includes('From your organization'))).toHaveLength(2);

      await openRoutine(popup, new RegExp(desk!.name.en));
      expect(await currentStep(popup)).toEqual({ step: 1, total: desk!.steps.length });
      await popup.getByTestId('routine-player').getByText(desk!.steps[0]!.text.en).waitFor();
      // Closed mid-routine and opened again, the popup resumes the organization's routine at its step.
      await popup.getByRole('button', { name: 'Next' }).click();
      await popup.getByTestId('routine-player').getByText(`Step 2 of ${desk!.steps.length}`).waitFor();
      await popup.close();
      const again = await run.open('popup.html');
      await again.getByTestId('routine-player').getByText(`Step 2 of ${desk!.steps.length}`).waitFor();
      await again.getByTestId('routine-player').getByText(desk!.steps[1]!.text.en).waitFor();

      const options = await run.open('options.html');
      const interval = options.locator('#setting-intervalMinutes');
      await options.locator('#setting-intervalMinutes-bounds').filter({ hasText: 'Your organization allows 45–90.' }).waitFor();
      expect([await interval.getAttribute('min'), await interval.getAttribute('max')]).toEqual(['45', '90']);
      await options.locator('#setting-dailyGoal-bounds').filter({ hasText: 'Your organization allows 2 or more.' }).waitFor();
      expect(await options.getByTestId('policy-problems').count()).toBe(0);
    } finally {
      await run.close();
    }

    // One bad routine (a built-in's id) and one bad step (400 seconds): each ignored alone and listed.
    await installPolicyValues(
      'chromium',
      {
        customRoutines: [
          { id: 'neck-rolls', name: { en: 'Our neck rolls' }, steps: [{ text: { en: 'Roll your head' }, seconds: 20 }] },
          {
            id: 'acme-walk',
            name: { en: 'Walk to the window', de: 'Zum Fenster gehen' },
            steps: [
              { text: { en: 'Walk to the window and back' }, seconds: 60, illustration: 'walk' },
              { text: { en: 'Look out of the window' }, seconds: 400 },
            ],
          },
        ],
      },
      id,
    );
    // A profile of its own: the first one's player still holds the routine it started.
    run = await launchChromium({ profile: join(dir, 'second') });
    try {
      const options = await run.open('options.html');
      const problems = options.getByTestId('policy-ignored').getByRole('listitem');
      await problems.first().waitFor();
      expect(await problems.allTextContents()).toEqual([
        'customRoutines[0].id is "neck-rolls", a routine Unknot ships: a routine of your own needs an id of its own.',
        'customRoutines[1].steps[1].seconds should be a whole number of seconds from 5 to 300.',
      ]);
      const popup = await run.open('popup.html');
      await expect.poll(() => popup.getByTestId('routine-list').getByRole('button').count(), { timeout: 15_000 }).toBe(9);
      expect(await titles(popup)).toContain('Walk to the window');
      expect(await titles(popup)).not.toContain('Our neck rolls');
      await openRoutine(popup, /Walk to the window/);
      // The bad step is left out; the good one plays.
      expect(await currentStep(popup)).toEqual({ step: 1, total: 1 });
    } finally {
      await run.close();
    }

    // A number in quotes is the wrong type for the schema: Chrome withholds the whole key, so no routine arrives.
    await installPolicyValues(
      'chromium',
      {
        organizationName: 'Example Corp',
        customRoutines: [
          { id: 'acme-walk', name: { en: 'Walk to the window' }, steps: [{ text: { en: 'Walk to the window and back' }, seconds: 60 }] },
          { id: 'acme-stretch', name: { en: 'Stretch' }, steps: [{ text: { en: 'Reach up' }, seconds: '20' }] },
        ],
      },
      id,
    );
    run = await launchChromium({ profile: join(dir, 'third') });
    try {
      const options = await run.open('options.html');
      await options.getByTestId('managed-by').filter({ hasText: 'Managed by Example Corp' }).waitFor();
      expect(await options.getByTestId('policy-problems').count()).toBe(0);
      const popup = await run.open('popup.html');
      await expect.poll(() => popup.getByTestId('routine-list').getByRole('button').count(), { timeout: 15_000 }).toBe(8);
      expect(await titles(popup)).not.toContain('Walk to the window');
    } finally {
      await run.close();
    }
  });
});
