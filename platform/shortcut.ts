// The keyboard shortcut that starts a break now: what it is, and where the browser lets the user change it.
import { browser } from '#imports';

export const TAKE_BREAK_COMMAND = 'take-break';

/** The shortcut as the browser shows it ("Alt+Shift+B"), or empty when the user removed it. */
export async function takeBreakShortcut(): Promise<string> {
  // Firefox for Android has no `commands` API: no keyboard shortcuts there.
  if (!browser.commands) return '';
  const commands = await browser.commands.getAll();
  return commands.find((c) => c.name === TAKE_BREAK_COMMAND)?.shortcut ?? '';
}

/** Chrome changes shortcuts on its own page; Firefox in the add-ons manager, which an extension cannot open. */
export const canOpenShortcutSettings = !import.meta.env.FIREFOX;

/** Only where `canOpenShortcutSettings`. */
export async function openShortcutSettings(): Promise<void> {
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

export function onTakeBreakShortcut(listener: () => void): void {
  browser.commands?.onCommand.addListener((name) => {
    if (name === TAKE_BREAK_COMMAND) listener();
  });
}
