// The popup and the player in German and Japanese: screenshots for a person to look at, and no text that overflows.
import { mkdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumRun } from '../support/chromium';
import { overflowingElements } from '../support/overflow';

const LANGUAGES = [{ code: 'de' }, { code: 'ja' }] as const;

describe.each(LANGUAGES)('the popup in $code', ({ code }) => {
  let run: ChromiumRun | undefined;
  afterEach(async () => {
    await run?.close();
  });

  it('is translated, and no element overflows its box, in the list and in the player', async () => {
    run = await launchChromium({ language: code });
    const page = await run.open('popup.html');
    await page.setViewportSize({ width: 360, height: 640 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${code}`));
    const list = page.getByTestId('routine-list');
    await list.waitFor();
    const english = /Routines|Take a break now|breaks today/;
    expect(await page.locator('main').innerText()).not.toMatch(english);
    await mkdir('docs/screenshots', { recursive: true });
    await page.screenshot({ path: `docs/screenshots/popup-${code}.png`, fullPage: true });
    expect(await overflowingElements(page)).toEqual([]);

    // The player, with the safety note first and the longest step texts of a ball routine.
    await list.getByRole('button').nth(1).click();
    await page.getByRole('dialog').getByRole('button').click();
    await page.getByTestId('routine-player').waitFor();
    await page.getByTestId('routine-player').getByRole('button').first().click();
    await page.getByTestId('step-remaining').waitFor();
    expect(await overflowingElements(page)).toEqual([]);
    await page.screenshot({ path: `docs/screenshots/player-${code}.png`, fullPage: true });
  });
});
