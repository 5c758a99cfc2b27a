// A full day with the real Chrome build, recording every request of its worker and pages: there must be none.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumRun } from '../support/chromium';
import { ALL_DAY, alarmWithin, api, until } from '../support/extension-api';
import { writeStreakFixture } from '../support/history-fixture';
import { walkToEnd } from '../support/routine-player';

/** Reading the extension's own files is not network traffic. */
const isNetwork = (url: string) => !/^(chrome-extension|data|blob|about|chrome):/.test(url);

describe('privacy in Chromium', () => {
  let run: ChromiumRun;
  let dir: string;
  const requests: string[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-privacy-'));
    run = await launchChromium();
    run.context.on('request', (r: Request) => requests.push(r.url()));
  });
  afterAll(async () => {
    await run?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('schedules, notifies, plays a routine, shows the dashboard and exports without one network request', async () => {
    const popup = await run.open('popup.html');
    const ext = api(popup);
    await ext.setSettings(ALL_DAY);
    // Wait until the new settings are planned, so that plan cannot replace the alarm set below.
    await alarmWithin(popup, 60 * 60_000);

    // The break comes due: notification and badge.
    await ext.breakDueIn(1500);
    await until(async () => 'break-due' in (await ext.notifications()), 'the notification', 20_000);

    // A whole routine from the break page.
    const breakPage = await run.open('break.html');
    await breakPage.getByTestId('routine-list').getByRole('button', { name: /Desk movement break/ }).click();
    await breakPage.getByRole('dialog').getByRole('button', { name: 'I understand' }).click();
    await walkToEnd(breakPage);
    await breakPage.getByRole('button', { name: 'Finish' }).click();
    await breakPage.getByTestId('breaks-today').filter({ hasText: '1 of 4 breaks today' }).waitFor();

    // The options page: import, dashboard, export.
    const options = await run.open('options.html');
    await options.getByLabel('Import history').setInputFiles((await writeStreakFixture(dir)).path);
    await options.getByTestId('import-result').waitFor();
    await options.getByTestId('streak-best').filter({ hasText: '15' }).waitFor();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export history (JSON)' }).click()]);
    await download.path();

    expect(requests.length).toBeGreaterThan(0); // the extension's own files were seen loading
    expect(requests.filter(isNetwork)).toEqual([]);

    // The recorder does see a request when one is made, from a page and from the worker.
    await options.evaluate(() => fetch('http://127.0.0.1:9/from-page').catch(() => undefined));
    await run.worker.evaluate(() => fetch('http://127.0.0.1:9/from-worker').catch(() => undefined));
    await until(async () => requests.filter(isNetwork).length >= 2, 'the control requests');
    expect(requests.filter(isNetwork)).toEqual(['http://127.0.0.1:9/from-page', 'http://127.0.0.1:9/from-worker']);
  });
});
