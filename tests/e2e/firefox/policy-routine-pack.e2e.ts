// Firefox ESR under docs/examples/firefox-policies-routine-pack.json, a real policies.json: the pack's routines are in
// the popup, marked as the organization's, and play.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ALL_DAY, api } from '../support/extension-api';
import { launchFirefox } from '../support/firefox';
import { examplePolicy, installFirefoxPolicy, removeFirefoxPolicy } from '../support/policy';
import { clickButton, waitForElement, waitForText } from '../support/puppeteer-page';

const COUNTER = '[data-testid="routine-player"] .player__counter';

describe('an organization’s routine pack in Firefox', () => {
  let dir: string | undefined;
  afterEach(removeFirefoxPolicy);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shows the pack of docs/examples/firefox-policies-routine-pack.json in the popup, and plays it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-ff-pack-'));
    await installFirefoxPolicy('firefox-policies-routine-pack.json');
    const pack = (await examplePolicy('firefox-policies-routine-pack.json')) as unknown as {
      customRoutines: { name: { en: string }; steps: { text: { en: string } }[] }[];
    };
    const run = await launchFirefox({ profile: dir, uuid: randomUUID() });
    try {
      const page = await run.open('popup.html');
      await api(page).setSettings(ALL_DAY);
      await waitForElement(page, '[data-testid="routine-list"]');
      for (const routine of pack.customRoutines) {
        await waitForText(page, '[data-testid="routine-list"]', new RegExp(routine.name.en));
      }
      const buttons = await page.$$eval('[data-testid="routine-list"] button', (all) => all.map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim()));
      expect(buttons).toHaveLength(10);
      const marked = buttons.filter((b) => b.includes('From your organization'));
      expect(marked.map((b) => pack.customRoutines.find((r) => b.includes(r.name.en))?.name.en)).toEqual(
        expect.arrayContaining(pack.customRoutines.map((r) => r.name.en)),
      );
      expect(marked).toHaveLength(2);

      const [desk] = pack.customRoutines;
      await clickButton(page, new RegExp(`^${desk!.name.en}`), '[data-testid="routine-list"]');
      await clickButton(page, 'I understand', '[role="dialog"]');
      await waitForText(page, COUNTER, `Step 1 of ${desk!.steps.length}`);
      await waitForText(page, '[data-testid="routine-player"]', new RegExp(desk!.steps[0]!.text.en));
    } finally {
      await run.close();
    }
  });
});
