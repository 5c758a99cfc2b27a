// The popup and the player in German and Japanese: screenshots for a person to look at, and no text that overflows.
import { afterEach, describe, expect, it } from 'vitest';
import { messageKey, ROUTINES } from '../../../core/routines';
import { launchChromium, type ChromiumRun } from '../support/chromium';
import { localeMessages, startsWith, type Messages } from '../support/locale';
import { overflowingElements } from '../support/overflow';
import { screenshotPath } from '../support/screenshots';

const LANGUAGES = [{ code: 'de' }, { code: 'ja' }] as const;

/** The ball routine with the longest step text in this language, and that step's index (the earliest, on a tie). */
function longestBallStep(t: Messages) {
  let found: { routine: (typeof ROUTINES)[number]; index: number; length: number } | undefined;
  for (const routine of ROUTINES.filter((r) => r.needs.includes('ball'))) {
    routine.steps.forEach((step, index) => {
      const length = t(step.text).length;
      if (!found || length > found.length || (length === found.length && index < found.index)) found = { routine, index, length };
    });
  }
  return found!;
}

describe.each(LANGUAGES)('the popup in $code', ({ code }) => {
  let run: ChromiumRun | undefined;
  afterEach(async () => {
    await run?.close();
  });

  it('is translated, and no element overflows its box, in the list and in the player', async () => {
    const t = localeMessages(code);
    run = await launchChromium({ language: code });
    const page = await run.open('popup.html');
    await page.setViewportSize({ width: 360, height: 640 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${code}`));
    // Both languages read left to right: the page says so (an Arabic page says rtl from the same @@bidi_dir).
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
    const list = page.getByTestId('routine-list');
    await list.waitFor();
    const english = /Routines|Take a break now|breaks today/;
    expect(await page.locator('main').innerText()).not.toMatch(english);
    await page.screenshot({ path: screenshotPath(`popup-${code}.png`), fullPage: true });
    expect(await overflowingElements(page)).toEqual([]);

    // The player, with the safety note first, at the longest step text of the ball routines.
    const { routine, index } = longestBallStep(t);
    await list.getByRole('button', { name: startsWith(t(messageKey(routine.id, 'title'))) }).click();
    await page.getByRole('dialog').getByRole('button', { name: t('disclaimer_accept') }).click();
    const player = page.getByTestId('routine-player');
    await player.getByRole('button', { name: t('player_start') }).click();
    const total = String(routine.steps.length);
    await player.getByText(t('player_step_counter', ['1', total]), { exact: true }).waitFor();
    for (let step = 1; step <= index; step++) {
      await player.getByRole('button', { name: t('player_next'), exact: true }).click();
      await player.getByText(t('player_step_counter', [String(step + 1), total]), { exact: true }).waitFor();
    }
    await player.getByText(t(routine.steps[index]!.text), { exact: true }).waitFor();
    await page.getByTestId('step-remaining').waitFor();
    expect(await overflowingElements(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath(`player-${code}.png`), fullPage: true });
  });
});
