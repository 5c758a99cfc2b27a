// axe over a chart: the checks that its ARIA is right, with a time limit that does not depend on spare CPU.
import axe from 'axe-core';

/**
 * axe runs every rule over every node: on a busy 2-core machine the first run in a file (cold jsdom
 * and JIT) took 3–6 s against Vitest's 5 s default. The limit is generous so only a violation fails.
 */
export const AXE_TIMEOUT = 60_000;

export async function axeViolations(container: Element) {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return result.violations;
}
