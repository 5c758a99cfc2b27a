// The exporter's Linux file in real Chromium: settings changed on the options page, locks ticked, the file
// downloaded and put in Chromium's managed policy folder: as it is, chrome://policy takes its install entry; without
// that entry (offline, it would keep the unpacked build out), a fresh profile shows the same settings, locked as exported.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs } from '../../../scripts/chromium-extension.mjs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CHROME_BUILD, launchChromium } from '../support/chromium';
import { axeViolations } from '../support/axe';
import { api, until } from '../support/extension-api';
import { disabledSettings, settledFormState } from '../support/form-state';
import { installPolicyText, removeChromiumPolicy } from '../support/policy';

/** Changes a number field as a person does, and waits until it is stored. */
async function setNumber(page: Page, label: string, name: string, value: number) {
  await page.getByLabel(label, { exact: true }).fill(String(value));
  await until(async () => (await api(page).settings())?.[name] === value, `${name} stored as ${value}`);
}

/**
 * chrome://policy in a Chromium started with the policy folder as it is: the policy `name` is listed with `value`,
 * status OK. No extension worker is awaited: a force-install entry for the unpacked build's id keeps that build out.
 */
async function expectPolicyOk(profile: string, name: string, value: unknown) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    env: { ...process.env, HOME: profile },
    args: chromiumArgs(CHROME_BUILD),
  });
  try {
    const page = await context.newPage();
    await page.goto('chrome://policy');
    const row = page.locator('.row', { hasText: name }).first();
    await row.waitFor();
    const [shownName, shownValue, ...rest] = (await row.innerText()).split('\n');
    expect(shownName).toBe(name);
    expect(JSON.parse(shownValue!)).toEqual(value);
    expect(rest.at(-1)).toBe('OK');
  } finally {
    await context.close();
  }
}

describe('the policy exporter in Chromium', () => {
  let dir: string | undefined;
  afterEach(removeChromiumPolicy);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('exports the Linux file; installed in /etc/chromium/policies/managed, it gives the same settings and locks', async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-export-'));
    await removeChromiumPolicy();
    let run = await launchChromium({ profile: join(dir, 'admin') });
    let before;
    let file: string;
    let extensionId: string;
    try {
      extensionId = run.extensionId;
      const page = await run.open('options.html#schedule');
      await setNumber(page, 'Minutes between breaks', 'intervalMinutes', 45);
      await setNumber(page, 'Daily goal (breaks)', 'dailyGoal', 7);
      await setNumber(page, 'Longest wait for a call (minutes)', 'maxWaitMinutes', 15);
      await page.getByLabel('How a break shows itself').selectOption({ label: 'The break page in a new tab' });
      await until(async () => (await api(page).settings())?.['breakStyle'] === 'tab', 'breakStyle stored');
      before = await settledFormState(page);
      // Nothing is locked on the administrator's own computer.
      expect(disabledSettings(before)).toEqual([]);

      await page.getByRole('button', { name: 'Export these settings as a policy' }).click();
      await page.getByRole('textbox', { name: 'Organization name' }).fill('Export Corp');
      await page.getByRole('checkbox', { name: /intervalMinutes$/ }).check();
      await page.getByRole('checkbox', { name: /dailyGoal$/ }).check();
      // The open panel, with contrast, in both schemes (the component test's jsdom has no colours).
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page, '#export-policy-panel'), colorScheme).toEqual([]);
      }
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download for Chrome and Chromium on Linux (.json)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('unknot-chrome-linux.json');
      file = await readFile((await download.path())!, 'utf8');
    } finally {
      await run.close();
    }

    // This copy's own id, for the browser it runs in, with the install entry of docs/deploying.md.
    const json = JSON.parse(file);
    expect(Object.keys(json.ExtensionSettings)).toEqual([extensionId]);
    expect(json['3rdparty'].extensions[extensionId]).toMatchObject({
      intervalMinutes: 45,
      dailyGoal: 7,
      maxWaitMinutes: 15,
      breakStyle: 'tab',
      organizationName: 'Export Corp',
      locked: ['intervalMinutes', 'dailyGoal', 'breakAtMinute'],
    });

    // The install entry of docs/deploying.md, for this copy's id.
    expect(json.ExtensionSettings[extensionId]).toEqual({
      installation_mode: 'force_installed',
      update_url: 'https://clients2.google.com/service/update2/crx',
    });
    // First the whole file, as downloaded: Chromium takes its install entry (chrome://policy: OK).
    await installPolicyText('chromium', file);
    await expectPolicyOk(join(dir, 'whole'), 'ExtensionSettings', json.ExtensionSettings);

    // Then without that entry: it force-installs from the Chrome Web Store, which this offline browser cannot
    // reach, and Chromium then loads no other copy of that id (not the unpacked build the test runs).
    const { ExtensionSettings: _install, ...settingsPart } = json;
    await installPolicyText('chromium', JSON.stringify(settingsPart, null, 2));
    // A new profile: nothing of the administrator's own, so every value shown comes from the policy (or the defaults).
    run = await launchChromium({ profile: join(dir, 'staff') });
    try {
      const page = await run.open('options.html');
      await page.getByTestId('managed-by').filter({ hasText: 'Managed by Export Corp' }).waitFor();
      // Chromium passed every value on: none failed the schema.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const managed = await page.evaluate(() => (globalThis as any).chrome.storage.managed.get(null));
      expect(managed).toEqual(json['3rdparty'].extensions[extensionId]);
      expect(await api(page).settings()).toBeUndefined();
      const after = await settledFormState(page);
      expect(after.map(({ setting, control, value }) => ({ setting, control, value }))).toEqual(
        before.map(({ setting, control, value }) => ({ setting, control, value })),
      );
      expect(disabledSettings(after)).toEqual(['breakAtMinute', 'dailyGoal', 'intervalMinutes']);
      expect(await page.locator('#setting-dailyGoal-locked').textContent()).toBe('Set by your organization');
      expect(await page.getByTestId('policy-problems').count()).toBe(0);
    } finally {
      await run.close();
    }
  });
});
