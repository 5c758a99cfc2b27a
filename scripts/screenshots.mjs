// `npm run screenshots`: refreshes docs/screenshots from the real Chrome build. The pictures are the ones the
// end-to-end tests take (dashboard, player, popup and player in German and Japanese): this runs those tests
// with UNKNOT_SCREENSHOTS pointing at docs/screenshots (or --out=DIR), where a plain test run writes to
// .output/screenshots. --no-build uses the build in .output/chrome-mv3 as it is.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildChrome, ROOT } from './chromium-extension.mjs';

const TESTS = ['history', 'languages', 'routines'].map((name) => `tests/e2e/chromium/${name}.e2e.ts`);
const out = process.argv.find((a) => a.startsWith('--out='))?.slice('--out='.length) ?? join(ROOT, 'docs/screenshots');

if (!process.argv.includes('--no-build')) {
  try {
    buildChrome();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

const run = spawnSync('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', ...TESTS], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, UNKNOT_SCREENSHOTS: resolve(out) },
});
if (run.status !== 0) console.error(`The screenshot tests failed: ${out} may be partly refreshed.`);
process.exit(run.status ?? 1);
