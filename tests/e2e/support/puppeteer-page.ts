// Small Puppeteer helpers for Firefox, where ARIA selectors are not available over WebDriver BiDi.
// Waits poll page.evaluate: Puppeteer's own waits and queries run an injected script that calls Function(), which
// Firefox ESR 140 (Debian 12's) forbids in an add-on page under the add-on's CSP.
import type { Page } from 'puppeteer-core';
import { until } from './extension-api';

/** Clicks the button whose text (its accessible name here) matches `name`. */
export async function clickButton(page: Page, name: string | RegExp, within = 'body'): Promise<void> {
  const pattern = typeof name === 'string' ? `^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : name.source;
  await until(
    () =>
      page.evaluate(
        (scope: string, source: string) =>
          [...document.querySelectorAll(`${scope} button`)].some((b) => new RegExp(source).test(b.textContent!.trim())),
        within,
        pattern,
      ),
    `a button ${pattern}`,
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
  return page.evaluate((sel: string) => document.querySelector(sel)?.textContent ?? '', selector);
}

/** Waits until the element's text matches. */
export async function waitForText(page: Page, selector: string, text: string | RegExp): Promise<void> {
  const source = typeof text === 'string' ? `^${text}$` : text.source;
  await until(
    () => page.evaluate((sel: string, src: string) => new RegExp(src).test(document.querySelector(sel)?.textContent?.trim() ?? ''), selector, source),
    `${selector} to read ${source}`,
  );
}

/** Waits until an element matches the selector, and returns it. */
export async function waitForElement(page: Page, selector: string) {
  await until(() => page.evaluate((sel: string) => document.querySelector(sel) !== null, selector), selector);
  return page.evaluateHandle((sel: string) => document.querySelector(sel)!, selector);
}
