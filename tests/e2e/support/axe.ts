// Runs axe-core inside a page (evaluated over the debugging protocol, so the extension's CSP does not block it).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** `within`: a CSS selector; only that part of the page is checked (e.g. "#schedule", one options section). */
export async function axeViolations(page: Page, within?: string): Promise<AxeViolation[]> {
  const source = await readFile(axePath, 'utf8');
  await page.evaluate(source);
  return page.evaluate(async (scope) => {
    type Run = (context?: unknown) => Promise<{ violations: AxeViolation[]; passes: unknown[] }>;
    const axe = (globalThis as unknown as { axe: { run: Run } }).axe;
    if (scope !== undefined && document.querySelector(scope) === null) throw new Error(`axe: nothing matches ${scope}`);
    const { violations, passes } = await (scope === undefined ? axe.run() : axe.run({ include: [scope] }));
    if (passes.length === 0) throw new Error('axe checked nothing');
    return violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, within);
}
