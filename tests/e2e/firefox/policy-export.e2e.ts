// The exporter's policies.json in real Firefox: settings changed on the options page, locks ticked, the file saved
// by Firefox's own download, put in its distribution folder as it is; a fresh profile then shows the same settings,
// locked as exported.
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { savedFile } from '../support/downloads';
import { api, until } from '../support/extension-api';
import { GECKO_ID, launchFirefox } from '../support/firefox';
import { disabledSettings, settledFormState, type ControlState } from '../support/form-state';
import { installPolicyText, removeFirefoxPolicy } from '../support/policy';
import { clickButton, waitForElement, waitForText } from '../support/puppeteer-page';

/** Types a value into a field as a person does (its input and change events), and waits until it is stored when `stored` says so. */
async function setField(page: Page, selector: string, value: string) {
  await waitForElement(page, selector);
  await page.evaluate(
    (sel: string, v: string) => {
      const el = document.querySelector<HTMLInputElement | HTMLSelectElement>(sel)!;
      el.focus();
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    selector,
    value,
  );
}

const storedAs = (page: Page, name: string, value: unknown) =>
  until(async () => (await api(page).settings())?.[name] === value, `${name} stored as ${String(value)}`);

describe('the policy exporter in Firefox', () => {
  let dir: string | undefined;
  afterEach(removeFirefoxPolicy);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('exports policies.json; installed in the distribution folder, it gives the same settings and locks', async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-ff-export-'));
    await removeFirefoxPolicy();
    const downloads = join(dir, 'downloads');
    await mkdir(downloads);
    let run = await launchFirefox({ profile: join(dir, 'admin'), downloadDir: downloads });
    let before: ControlState[];
    let saved: { name: string; text: string };
    try {
      const form = await run.open('options.html#schedule');
      await setField(form, '#setting-intervalMinutes', '50');
      await storedAs(form, 'intervalMinutes', 50);
      await setField(form, '#setting-snoozeMinutes', '2');
      await storedAs(form, 'snoozeMinutes', 15);
      await setField(form, '#setting-maxSnoozes', '4');
      await storedAs(form, 'maxSnoozes', 4);
      // The page opened behind the install's welcome tab: its timers are throttled, and its view of the settings
      // (what the exporter exports) catches up with a save only about a second later. Opened again, it starts from
      // what is stored.
      await form.close();
      const page = await run.open('options.html#schedule');
      before = await settledFormState(page);
      expect(disabledSettings(before)).toEqual([]);

      await clickButton(page, 'Export these settings as a policy');
      await setField(page, '#export-organization', 'Firefox Corp');
      await page.evaluate(() => {
        for (const name of ['snoozeMinutes', 'maxSnoozes']) document.querySelector<HTMLInputElement>(`input[name="locked"][value="${name}"]`)!.click();
      });
      await clickButton(page, 'Download for Firefox (policies.json)');
      saved = await savedFile(downloads, /^policies\.json$/, 'the policy file');
    } finally {
      await run.close();
    }

    expect(saved.name).toBe('policies.json');
    const policies = JSON.parse(saved.text).policies;
    // The install entry of docs/deploying.md, and the policy under Unknot's own id.
    expect(policies.ExtensionSettings).toEqual({
      [GECKO_ID]: { installation_mode: 'force_installed', install_url: 'https://addons.mozilla.org/firefox/downloads/latest/unknot/latest.xpi' },
    });
    expect(policies['3rdparty'].Extensions[GECKO_ID]).toMatchObject({
      intervalMinutes: 50,
      snoozeMinutes: 15,
      maxSnoozes: 4,
      organizationName: 'Firefox Corp',
      locked: ['snoozeMinutes', 'maxSnoozes'],
    });

    // As downloaded, into the folder Firefox reads at start; a new profile has nothing of the administrator's own.
    await installPolicyText('firefox', saved.text);
    run = await launchFirefox({ profile: join(dir, 'staff'), uuid: randomUUID() });
    try {
      const page = await run.open('options.html');
      await waitForText(page, '[data-testid="managed-by"]', 'Managed by Firefox Corp');
      expect(await api(page).settings()).toBeUndefined();
      const after = await settledFormState(page);
      const values = (state: ControlState[]) => state.map(({ setting, control, value }) => ({ setting, control, value }));
      expect(values(after)).toEqual(values(before));
      expect(disabledSettings(after)).toEqual(['maxSnoozes', 'snoozeMinutes']);
      await waitForText(page, '#setting-maxSnoozes-locked', 'Set by your organization');
      expect(await page.evaluate(() => document.querySelector('[data-testid="policy-problems"]') !== null)).toBe(false);
    } finally {
      await run.close();
    }
  });
});
