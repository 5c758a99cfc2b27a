// Small Puppeteer helpers for Firefox, where ARIA selectors are not available over WebDriver BiDi.
import type { Page } from 'puppeteer-core';

/** Clicks the button whose text (its accessible name here) matches `name`. */
export async function clickButton(page: Page, name: string | RegExp, within = 'body'): Promise<void> {
  const pattern = typeof name === 'string' ? `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : name.source;
  await page.waitForFunction(
    (scope: string, source: string) =>
      [...document.querySelectorAll(`${scope} button`)].some((b) => new RegExp(source).test(b.textContent!.trim())),
    { timeout: 10_000 },
    within,
    pattern,
  );
  await page.evaluate(
    (scope: string, source: string) => {
      const button = [...document.querySelectorAll<HTMLButtonElement>(`${scope} button`)].find((b) =>
        new RegExp(source).test(b.textContent!.trim()),
      );
      button!.click();
    },
    within,
    pattern,
  );
}

export async function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => el.textContent ?? '');
}

/** Waits until the element's text matches. */
export async function waitForText(page: Page, selector: string, text: string | RegExp): Promise<void> {
  const source = typeof text === 'string' ? `^${text}$` : text.source;
  await page.waitForFunction(
    (sel: string, src: string) => new RegExp(src).test(document.querySelector(sel)?.textContent?.trim() ?? ''),
    { timeout: 10_000 },
    selector,
    source,
  );
}
