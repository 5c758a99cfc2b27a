// An extension update in Chromium: the previous release, built from git, gets settings and history the way a user
// makes them; then the new build is loaded over the same profile and extension id, and everything is still there.
// For every later release, set PREVIOUS_RELEASE to the release before it.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, launchChromium } from '../support/chromium';
import { firstBreakAfter } from '../support/expected-break';
import { ALL_DAY, api, until } from '../support/extension-api';
import { writeStreakFixture, type Fixture } from '../support/history-fixture';
import { unpackedExtensionId } from '../support/policy';
import { buildChromeRelease, installBuildAt } from '../support/release-build';
import { openRoutine, walkToEnd } from '../support/routine-player';

/** The release the update starts from (the current release candidate when this test was written). */
const PREVIOUS_RELEASE = '33f879a';
const ALL_DAYS = ALL_DAY.workDays;

type Shown = Record<string, string | boolean>;

/** What this test changes on the old options page, as the form shows it (see `settingsShown`). */
const CHANGED: Shown = {
  'setting-intervalMinutes': '45',
  'setting-dailyGoal': '3',
  'setting-snoozeMinutes': '5 min',
  'setting-sound': true,
  'Working days / Saturday': true,
  'Working days / Sunday': true,
  'Working hours / Start of range 1': '00:00',
  'Working hours / End of range 1': '23:59',
};

/**
 * Every control of the settings forms and what it shows, keyed by its id (or its group and label); {} before they
 * render. The old release has one form, this one a form per section: both are `form.settings`.
 */
function settingsShown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const shown: Record<string, string | boolean> = {};
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('form.settings input, form.settings select')) {
      const group = el.closest('fieldset')?.querySelector('legend')?.textContent?.trim();
      const label = el.labels?.[0]?.textContent?.trim();
      const key = el.id || [group, label].filter(Boolean).join(' / ');
      // A choice is compared by what the person sees selected: how a release encodes its options may change.
      if (el instanceof HTMLSelectElement) shown[key] = el.selectedOptions[0]?.textContent?.trim() ?? '';
      else shown[key] = el.type === 'checkbox' ? el.checked : el.value;
    }
    return shown;
  });
}

const showsChanged = (shown: Shown) => Object.entries(CHANGED).every(([key, value]) => shown[key] === value);

/** Waits until the page's settings form shows what this test changed (fields may fill in after the first paint). */
async function changedSettings(page: Page): Promise<Shown> {
  return until(async () => {
    const shown = await settingsShown(page);
    return showsChanged(shown) && shown;
  }, 'the options page to show the changed settings');
}

async function expectStreaks(page: Page, current: number, best: number): Promise<void> {
  await page.getByTestId('streak-current').filter({ hasText: new RegExp(`^${current}$`) }).waitFor();
  await page.getByTestId('streak-best').filter({ hasText: new RegExp(`^${best}$`) }).waitFor();
}

/** The JSON history file the options page exports, through a real download. */
async function exportedHistory(page: Page): Promise<{ breaks: object[]; daysOff: string[] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export history (JSON)' }).click()]);
  return JSON.parse(await readFile((await download.path())!, 'utf8'));
}

describe(`an update from ${PREVIOUS_RELEASE} in Chromium`, () => {
  let dir: string;
  let previous: string;
  let fixture: Fixture;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-update-'));
    previous = await buildChromeRelease(PREVIOUS_RELEASE, dir);
    fixture = await writeStreakFixture(dir);
  }, 180_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('keeps every setting, every break and the streak', { timeout: 180_000 }, async () => {
    const profile = join(dir, 'profile');
    // One folder for both builds in turn: the same path is the same extension id.
    const extensionDir = join(dir, 'extension');
    await installBuildAt(previous, extensionDir);

    let before: { settings: Shown; history: { breaks: object[]; daysOff: string[] }; id: string };
    let run = await launchChromium({ profile, extensionDir });
    try {
      const options = await run.open('options.html');
      // Each change is made on a page loaded afresh, and saved before the next one: a second fresh page shows it
      // (whatever the old release's storage layout). The old page redraws a field when a save lands, which can
      // undo a click made just before.
      const check = await run.open('options.html');
      const showsSaved = async (page: Page, key: string) => {
        await page.reload();
        await page.locator('form.settings').first().waitFor();
        return (await settingsShown(page))[key] === CHANGED[key];
      };
      const change = async (key: string, edit: () => Promise<unknown>) => {
        await options.reload();
        await options.locator('form.settings').first().waitFor();
        await edit();
        await until(() => showsSaved(check, key), `a fresh options page to show the saved ${key}`);
      };
      for (const day of ['Saturday', 'Sunday']) await change(`Working days / ${day}`, () => options.getByRole('checkbox', { name: day }).check());
      await change('Working hours / Start of range 1', () => options.getByLabel('Start of range 1').fill('00:00'));
      await change('Working hours / End of range 1', () => options.getByLabel('End of range 1').fill('23:59'));
      await change('setting-intervalMinutes', () => options.getByLabel('Minutes between breaks', { exact: true }).fill('45'));
      await change('setting-dailyGoal', () => options.getByLabel('Daily goal (breaks)', { exact: true }).fill('3'));
      await change('setting-snoozeMinutes', () => options.getByLabel('Snooze length').selectOption('5'));
      await change('setting-sound', () => options.getByRole('checkbox', { name: /Play a soft chime/ }).check());
      await check.close();

      await options.getByLabel('Import history').setInputFiles(fixture.path);
      await options.getByTestId('import-result').filter({ hasText: `Imported ${fixture.breaks} breaks` }).waitFor();

      // A routine finished today in the old popup.
      const popup = await run.open('popup.html');
      await openRoutine(popup, /Neck rolls for tech neck/);
      await popup.getByRole('button', { name: 'Start the routine' }).click();
      await walkToEnd(popup);
      await popup.getByRole('button', { name: 'Finish' }).click();
      await popup.getByTestId('breaks-today').filter({ hasText: '1 of 3 breaks today' }).waitFor();

      await options.reload();
      const settings = await changedSettings(options);
      await expectStreaks(options, fixture.current, fixture.best);
      const history = await exportedHistory(options);
      expect(history.breaks).toHaveLength(fixture.breaks + 1);
      before = { settings, history, id: run.extensionId };
    } finally {
      await run.close();
    }

    await installBuildAt(CHROME_BUILD, extensionDir);
    run = await launchChromium({ profile, extensionDir });
    try {
      expect(run.extensionId).toBe(before.id);
      expect(run.extensionId).toBe(unpackedExtensionId(extensionDir));
      const options = await run.open('options.html');
      // The new build is the one running: its own pages are served.
      const served = await options.evaluate(() => fetch('/popup.html').then((r) => r.text()));
      expect(served).toBe(await readFile(join(CHROME_BUILD, 'popup.html'), 'utf8'));

      const after = await changedSettings(options);
      // A later release may add settings; every one the old page showed shows the same.
      for (const [key, value] of Object.entries(before.settings)) expect({ [key]: after[key] }).toEqual({ [key]: value });
      await expectStreaks(options, fixture.current, fixture.best);
      const history = await exportedHistory(options);
      expect(history.breaks).toEqual(before.history.breaks.map((b) => expect.objectContaining(b)));
      expect(history.breaks).toHaveLength(before.history.breaks.length);
      expect(history.daysOff).toEqual(before.history.daysOff);

      const popup = await run.open('popup.html');
      await popup.getByTestId('breaks-today').filter({ hasText: '1 of 3 breaks today' }).waitFor();
      // The kept interval and hours plan the next break: no later than 45 minutes of working time from now.
      const latest = firstBreakAfter({ intervalMinutes: 45, workDays: ALL_DAYS, start: '00:00', end: '23:59' }, await api(popup).now());
      await until(async () => {
        const alarm = await api(popup).alarm();
        return alarm && alarm.scheduledTime <= latest + 1000 && alarm;
      }, 'break-due planned with the kept 45-minute interval');
      // An update is not an install: no welcome page.
      expect(run.context.pages().map((p) => p.url()).filter((u) => u.endsWith('/welcome.html'))).toEqual([]);
    } finally {
      await run.close();
    }
  });
});
