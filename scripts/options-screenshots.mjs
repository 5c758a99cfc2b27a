// Screenshots of the options page's six sections, each opened at its own address (options.html#schedule …), light
// and dark: for the README (scripts/screenshots.mjs) and the stores (scripts/store-assets.mjs).
import { join } from 'node:path';

/** The sections' addresses, in the navigation's order (core/options-sections.ts). */
export const OPTIONS_SECTIONS = ['breaks', 'routines', 'schedule', 'sound', 'data', 'admin'];

/**
 * Opens each section in `context` (the extension at `base`) at `size` and saves `options-<section>-<scheme>.png`
 * into `dir`. Returns the paths written.
 */
export async function shootOptionsSections(context, base, { dir, size, schemes = ['light', 'dark'] }) {
  const written = [];
  const page = await context.newPage();
  try {
    await page.setViewportSize(size);
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      for (const section of OPTIONS_SECTIONS) {
        // A fresh load each time: the page opens the fragment's section itself, as from a link.
        await page.goto('about:blank');
        await page.goto(`${base}options.html#${section}`);
        await page.getByTestId('calendar').waitFor();
        // Opened: its heading has focus (and the page has scrolled to it).
        await page.waitForFunction((id) => document.activeElement?.id === `${id}-heading`, section);
        // The focus stays for screen readers, the ring is not part of the picture.
        await page.evaluate(() => document.activeElement?.blur());
        const path = join(dir, `options-${section}-${scheme}.png`);
        await page.screenshot({ path });
        written.push(path);
      }
    }
  } finally {
    await page.close();
  }
  return written;
}
