// Where end-to-end screenshots go: an ignored folder, so a test run never rewrites a tracked file.
// `npm run screenshots` (scripts/screenshots.mjs) runs the same tests with UNKNOT_SCREENSHOTS=docs/screenshots.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SCREENSHOTS = resolve(process.env.UNKNOT_SCREENSHOTS ?? '.output/screenshots');

/** The path for a screenshot named `name` (e.g. "player.png"), its folder created. */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, name);
}
