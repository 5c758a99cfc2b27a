// Window and tab questions the scheduler asks: is a presentation or call fullscreen; open the break page.
import { browser } from '#imports';

/** Reading a window's state needs no permission (only its tabs' URLs would). */
export async function anyWindowFullscreen(): Promise<boolean> {
  // Firefox for Android has no `windows` API (and no windows to make fullscreen for a call).
  if (!browser.windows) return false;
  const windows = await browser.windows.getAll();
  return windows.some((w) => w.state === 'fullscreen');
}

export async function openBreakPage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/break.html') });
}

const WELCOMED = 'welcomed';

/** Opens the welcome page the first time only, even if the browser reports the install again. */
export async function openWelcomePage(): Promise<void> {
  if ((await browser.storage.local.get(WELCOMED))[WELCOMED]) return;
  await browser.storage.local.set({ [WELCOMED]: true });
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}

export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
