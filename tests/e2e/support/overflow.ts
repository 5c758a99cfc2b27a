// Finds text that does not fit: elements whose content spills out of their box or is cut by it (overflow hidden
// or clip, text-overflow: ellipsis, a line clamp), or a page wider than its window.
import type { Page } from 'playwright-core';

export async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const describe = (el: HTMLElement, what: string) =>
      `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).trim().split(/\s+/).join('.') : ''} ${what}: "${el.textContent?.trim().slice(0, 40)}"`;
    if (document.documentElement.scrollWidth > window.innerWidth + 1) found.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('svg') || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      // Hidden on purpose, for screen readers only: clipped to nothing.
      if (style.clipPath !== 'none' || style.clip !== 'auto') continue;
      // Boxes that scroll on purpose are not overflow; visible content spills out, hidden and clip cut it.
      const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
      const cuts = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
      if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && !scrolls(style.overflowX)) {
        found.push(describe(el, cuts(style.overflowX) ? 'cut' : 'wider'));
      }
      if (el.clientHeight > 0 && el.scrollHeight > el.clientHeight + 1 && !scrolls(style.overflowY)) {
        found.push(describe(el, cuts(style.overflowY) ? 'cut below' : 'taller'));
      }
    }
    return found;
  });
}
