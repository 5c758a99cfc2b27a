// Window and tab questions the scheduler asks: is a presentation or call fullscreen; open the break page.
import { browser } from '#imports';

/** Reading a window's state needs no permission (only its tabs' URLs would). */
export async function anyWindowFullscreen(): Promise<boolean> {
  // Firefox for Android has no `windows` API (and no windows to make fullscreen for a call).
  if (!browser.windows) return false;
  const windows = await browser.windows.getAll();
  return windows.some((w) => w.state === 'fullscreen');
}

/**
 * Whether a tab plays sound now: a call or a video. `audible` and `muted` are readable without the
 * tabs permission (it gates only URLs and titles). Chrome's `audible` means "made sound in the last
 * couple of seconds"; a muted tab, or one whose media is paused, does not count. Nothing is recorded.
 */
export async function anyTabAudible(): Promise<boolean> {
  if (!browser.tabs?.query) return false;
  return (await browser.tabs.query({ audible: true, muted: false })).length > 0;
}

export async function openBreakPage(): Promise<void> {
  await browser.tabs.create({ url: breakPageUrl() });
}

const breakPageUrl = () => browser.runtime.getURL('/break.html');

/**
 * Brings the open break page to the front, or opens one when none is open. The extension's own tabs are
 * found through runtime.getContexts, which needs no permission (tabs.query would need `tabs` to read URLs).
 */
export async function showBreakPage(): Promise<void> {
  const contexts = (await browser.runtime.getContexts?.({ contextTypes: ['TAB'], documentUrls: [breakPageUrl()] }).catch(() => [])) ?? [];
  const open = contexts.find((c) => c.tabId >= 0);
  if (!open) return openBreakPage();
  await browser.tabs.update(open.tabId, { active: true });
  if (open.windowId >= 0 && browser.windows) await browser.windows.update(open.windowId, { focused: true });
}

const WELCOMED = 'welcomed';

/** Opens the welcome page the first time only, even if the browser reports the install again. */
export async function openWelcomePage(): Promise<void> {
  if ((await browser.storage.local.get(WELCOMED))[WELCOMED]) return;
  await browser.storage.local.set({ [WELCOMED]: true });
  await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}

/**
 * Opens the options page in a tab at one of its sections (options.html#schedule; the popup's "How to turn them on"
 * opens #notifications): runtime.openOptionsPage() takes no fragment.
 */
export async function openOptionsSection(section: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${section}`) });
}
