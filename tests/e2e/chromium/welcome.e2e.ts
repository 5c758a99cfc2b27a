// The real Chrome build: the welcome page opens on install only, saves working hours, and break-due follows them.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchChromium } from '../support/chromium';
import { firstBreakAfter } from '../support/expected-break';
import { ALL_DAY, api, expectAlarmNear, until } from '../support/extension-api';

const MIN = 60_000;
/** The README's promise: "By default a break every 60 minutes". */
const DEFAULT_INTERVAL_MINUTES = 60;

describe('welcome page in Chromium', () => {
  let dir: string | undefined;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('opens on install, saves working days and hours that break-due follows, and never opens again', async () => {
    dir = await mkdtemp(join(tmpdir(), 'unknot-welcome-'));
    const profile = join(dir, 'profile');
    // Where break-due belongs for the saved hours, as planned in the first run.
    let expected = 0;
    let run = await launchChromium({ profile });
    try {
      const welcome = await until(
        async () => run.context.pages().find((p) => p.url().endsWith('/welcome.html')),
        'the welcome page',
      );
      await welcome.getByRole('heading', { name: 'Welcome to Unknot' }).waitFor();
      expect(await axeViolations(welcome)).toEqual([]);

      // Every day, 00:00 to 23:59: the plan no longer depends on when the test runs.
      for (const day of ['Saturday', 'Sunday']) await welcome.getByRole('checkbox', { name: day }).check();
      await welcome.getByLabel('Start of range 1').fill('00:00');
      await welcome.getByLabel('End of range 1').fill('23:59');
      const saved = await until(async () => {
        const settings = await api(welcome).settings();
        return settings?.workDays?.length === 7 && settings?.workHours?.[0]?.end === '23:59' && settings;
      }, 'the saved working hours');
      expect(saved.workHours).toEqual([{ start: '00:00', end: '23:59' }]);
      const now = await api(welcome).now();
      expected = firstBreakAfter({ intervalMinutes: DEFAULT_INTERVAL_MINUTES, workDays: ALL_DAY.workDays, start: '00:00', end: '23:59' }, now);
      const alarm = await until(async () => {
        const a = await api(welcome).alarm();
        return a && Math.abs(a.scheduledTime - expected) < 5 * 60_000 && a;
      }, 'break-due following the new hours');
      expect(alarm.scheduledTime).toBeGreaterThan(now);

      // The first routine can be tried right there.
      await welcome.getByRole('button', { name: /Neck rolls for tech neck/ }).click();
      await welcome.getByRole('button', { name: 'I understand' }).click();
      await welcome.getByTestId('routine-player').waitFor();

      // Out of the way: the relaunched worker's start-up plan shows itself by bringing it back.
      await api(welcome).setAlarm(3 * 60 * MIN);
      const away = (await api(welcome).alarm())!;
      expect(away.scheduledTime).toBeGreaterThan((await api(welcome).now()) + 2 * 60 * MIN);
    } finally {
      await run.close();
    }

    run = await launchChromium({ profile });
    try {
      // Read from the worker itself: opening a page first could wake it for another reason.
      // Near midnight the hours' end (23:59) moves the plan into tomorrow, more than an interval ahead: wait for
      // the expected time itself, not for "within an interval".
      await expectAlarmNear(run.worker, expected, 'the relaunched worker to have planned', 5 * 60_000);
      // The popup too has talked with that worker by the time it says when the next break is.
      const popup = await run.open('popup.html');
      await popup.getByTestId('next-break').filter({ hasText: /^Next break in \d+ min$/ }).waitFor();
      expect(run.context.pages().map((p) => p.url()).filter((u) => u.endsWith('/welcome.html'))).toEqual([]);
    } finally {
      await run.close();
    }
  });
});
