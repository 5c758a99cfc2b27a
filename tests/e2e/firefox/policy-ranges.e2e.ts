// Firefox ESR under docs/examples/firefox-policies-ranges.json, a real policies.json: the options page offers only
// values within the bounds, and a stored value outside them is used clipped.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { api, until } from '../support/extension-api';
import { launchFirefox } from '../support/firefox';
import { installFirefoxPolicy, removeFirefoxPolicy } from '../support/policy';
import { waitForElement, waitForText } from '../support/puppeteer-page';

/** A number field's value, its min and max, and the notes that describe it. */
async function field(page: Page, id: string) {
  const input = await waitForElement(page, `#${id}`);
  return input!.evaluate((el) => {
    const box = el as HTMLInputElement;
    const notes = (box.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((note) => document.getElementById(note)?.textContent);
    return { value: box.value, min: box.min, max: box.max, notes };
  });
}

describe('policy ranges in Firefox', () => {
  let dir: string | undefined;
  afterEach(removeFirefoxPolicy);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('enforces the bounds of docs/examples/firefox-policies-ranges.json', async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-ff-ranges-'));
    await installFirefoxPolicy('firefox-policies-ranges.json');
    const run = await launchFirefox({ profile: dir, uuid: randomUUID() });
    try {
      const page = await run.open('options.html');
      await waitForText(page, '[data-testid="managed-by"]', 'Managed by Example Corp');
      await waitForElement(page, '#setting-intervalMinutes-bounds');
      expect(await field(page, 'setting-intervalMinutes')).toEqual({ value: '60', min: '45', max: '90', notes: ['Your organization allows 45–90.'] });
      expect(await field(page, 'setting-dailyGoal')).toEqual({ value: '5', min: '2', max: '12', notes: ['Your organization allows 2 or more.'] });
      expect(await field(page, 'setting-maxWaitMinutes')).toEqual({ value: '20', min: '5', max: '20', notes: ['Your organization allows up to 20.'] });
      // A stored daily goal below the bound is used as 2; the stored value itself stays.
      await api(page).setSettings({ dailyGoal: 1 });
      await until(async () => (await field(page, 'setting-dailyGoal')).value === '2', 'the clipped goal shown');
      expect((await api(page).settings())?.dailyGoal).toBe(1);
    } finally {
      await run.close();
    }
  });
});
