// The real Chrome build in a real window: the shortcut is set where Chrome lets users set it, and Alt+Shift+B starts a break.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumRun } from '../support/chromium';
import { until } from '../support/extension-api';
import { startDisplay, type Display } from '../support/xvfb';

describe('keyboard shortcut in Chromium', () => {
  let display: Display;
  let run: ChromiumRun;
  beforeAll(async () => {
    display = await startDisplay();
    // Browser-level shortcuts reach only a real window: headless input goes straight to the page.
    run = await launchChromium({ display: display.name });
  });
  afterAll(async () => {
    await run?.close();
    display?.close();
  });

  it('shows the shortcut on the options page, and Alt+Shift+B opens the break page', async () => {
    // Chrome leaves a suggested key unassigned for an extension loaded from a folder: assign it on
    // chrome://extensions/shortcuts, the page the options page's "Change the shortcut" opens.
    const options = await run.open('options.html');
    await options.getByRole('button', { name: 'Change the shortcut' }).click();
    const shortcuts = await until(
      async () => run.context.pages().find((p) => p.url() === 'chrome://extensions/shortcuts'),
      "Chrome's shortcuts page",
    );
    await shortcuts.getByRole('button', { name: 'Edit shortcut Take a break now for Unknot' }).click();
    await shortcuts.keyboard.press('Alt+Shift+B');
    await shortcuts.getByRole('textbox', { name: 'Shortcut Take a break now for Unknot' }).filter({ hasNotText: 'Not set' }).waitFor();
    await shortcuts.close();

    await options.reload();
    await options.getByTestId('shortcut').filter({ hasText: 'Take a break now: Alt+Shift+B' }).waitFor();

    await options.bringToFront();
    display.type('alt+shift+b', 'chromium');
    const breakPage = await until(async () => run.context.pages().find((p) => p.url().endsWith('/break.html')), 'the break page');
    await breakPage.getByTestId('routine-list').waitFor();
    expect(breakPage.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/break\.html$/);
  });
});
