// The real Firefox build's options page under a policies.json the test writes: each section opens from the
// navigation and at its own address with its heading focused, Back returns to the section before, and Schedule
// shows the policy's locked interval as locked and its preset goal as the person's to change.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { until } from '../support/extension-api';
import { goBack, launchFirefox, type FirefoxRun } from '../support/firefox';
import { installPolicyValues, removeFirefoxPolicy } from '../support/policy';
import { waitForElement, waitForText } from '../support/puppeteer-page';

// Written out here, not taken from the code: the addresses the popup, the welcome page and the docs link to.
const SECTIONS = {
  breaks: 'Your breaks',
  routines: 'Routines',
  schedule: 'Schedule',
  sound: 'Sound and voice',
  data: 'Your data',
  admin: 'For administrators',
} as const;
type Id = keyof typeof SECTIONS;

/** The interval preset and locked, the goal only preset. */
const POLICY = { intervalMinutes: 40, dailyGoal: 6, organizationName: 'Example Corp', locked: ['intervalMinutes'] };

/** A wide window: the navigation stays beside the sections (it scrolls away above them on narrow ones). */
const WIDE = { width: 1280, height: 800 };

async function openOptions(run: FirefoxRun, fragment = ''): Promise<Page> {
  const page = await run.open(`options.html${fragment}`);
  // Drawn: the settings (Schedule) and the dashboard (Your breaks).
  await waitForElement(page, '#setting-intervalMinutes');
  await waitForElement(page, '[data-testid="streak-best"]');
  return page;
}

/** Clicks, with the mouse, the navigation's link whose text is `name`. */
async function clickSectionLink(page: Page, name: string) {
  const point = await page.evaluate((text: string) => {
    const link = [...document.querySelectorAll('nav[aria-label="Sections"] a')].find((a) => a.textContent!.trim() === text);
    if (!link) return undefined;
    const box = link.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }, name);
  if (!point) throw new Error(`no link "${name}" in the navigation`);
  await page.mouse.click(point.x, point.y);
}

/** The section `id` is the one open: the address names it, its heading has focus and is in view, the navigation marks it. */
async function expectOpen(page: Page, id: Id) {
  const name = SECTIONS[id];
  await until(
    () =>
      page.evaluate((text: string) => {
        const focused = document.activeElement;
        return focused?.tagName === 'H2' && focused.textContent!.trim() === text;
      }, name),
    `the heading "${name}" to take focus`,
  );
  const state = await page.evaluate(() => {
    const box = document.activeElement!.getBoundingClientRect();
    return { hash: location.hash, section: document.activeElement!.closest('section')?.id, inView: box.top >= 0 && box.bottom <= innerHeight };
  });
  expect(state).toEqual({ hash: `#${id}`, section: id, inView: true });
  await until(
    () =>
      page.evaluate(
        (text: string) => [...document.querySelectorAll('nav[aria-label="Sections"] [aria-current]')].map((a) => a.textContent!.trim()).join() === text,
        name,
      ),
    `the navigation to mark "${name}" alone`,
  );
}

describe('options page sections in Firefox', () => {
  let run: FirefoxRun;
  beforeAll(async () => {
    await installPolicyValues('firefox', POLICY);
    run = await launchFirefox({ viewport: WIDE });
  });
  afterAll(async () => {
    await run?.close();
    await removeFirefoxPolicy();
  });

  it('opens every section from the navigation, and Back returns to the section before, each time', async () => {
    const page = await openOptions(run);
    const order: Id[] = ['schedule', 'breaks', 'admin', 'routines', 'data', 'sound'];
    for (const id of order) {
      await clickSectionLink(page, SECTIONS[id]);
      await expectOpen(page, id);
    }
    for (const id of order.slice(0, -1).reverse()) {
      await goBack(page);
      await expectOpen(page, id);
    }
    await page.close();
  });

  it('opens each section at its own address (options.html#schedule …) with its heading focused', async () => {
    for (const id of Object.keys(SECTIONS) as Id[]) {
      const page = await openOptions(run, `#${id}`);
      await expectOpen(page, id);
      await page.close();
    }
  });

  it("shows policies.json's locked interval as locked in Schedule, its preset goal as changeable, and who manages it", async () => {
    const page = await openOptions(run, '#schedule');
    await expectOpen(page, 'schedule');
    await waitForText(page, '#schedule #setting-intervalMinutes-locked', 'Set by your organization');
    const fields = await page.evaluate(() =>
      ['intervalMinutes', 'dailyGoal'].map((name) => {
        const input = document.querySelector<HTMLInputElement>(`#schedule #setting-${name}`)!;
        return { name, value: input.value, disabled: input.disabled, locked: document.getElementById(`setting-${name}-locked`) !== null };
      }),
    );
    expect(fields).toEqual([
      { name: 'intervalMinutes', value: '40', disabled: true, locked: true },
      { name: 'dailyGoal', value: '6', disabled: false, locked: false },
    ]);
    // The lock is said to a screen reader too: the field is described by its note.
    const describedBy = await page.evaluate(() => {
      const input = document.getElementById('setting-intervalMinutes')!;
      const owner = input.getAttribute('aria-describedby') ? input : input.closest('[aria-describedby]');
      return owner?.getAttribute('aria-describedby')?.split(' ') ?? [];
    });
    expect(describedBy).toContain('setting-intervalMinutes-locked');
    // The page's note on the policy leads to For administrators, which names the organization.
    await page.evaluate(() => document.querySelector<HTMLAnchorElement>('.notice a[href="#admin"]')!.click());
    await expectOpen(page, 'admin');
    await waitForText(page, '#admin [data-testid="managed-by"]', 'Managed by Example Corp');
    await page.close();
  });
});
