// Finds text that does not fit: elements whose content is wider or taller than their box, or a page wider than its window.
import type { Page } from 'playwright-core';

export async function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) found.push(`page is ${document.documentElement.scrollWidth}px wide`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('svg') || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      const clipsX = style.overflowX !== 'visible';
      const wider = el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0;
      // Text boxes that scroll on purpose are not overflow.
      if (wider && !(clipsX && style.overflowX !== 'hidden')) {
        found.push(`${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ').join('.') : ''}: "${el.textContent?.trim().slice(0, 40)}"`);
      }
    }
    return found;
  });
}
