// `npm run screenshots`: refreshes docs/screenshots from the real Chrome build. Most pictures are the ones the
// end-to-end tests take (dashboard, player, popup and player in German, Japanese, Arabic, Korean and Polish): this runs those tests
// with UNKNOT_SCREENSHOTS pointing at docs/screenshots (or --out=DIR), where a plain test run writes to
// .output/screenshots. Then the options page's six sections, light and dark, with demo history imported
// (options-<section>-<scheme>.png); then the dashboard's insights and the ranges of days off, from demo history with
// reminders and holidays (insights-<scheme>.png, day-off-ranges-<scheme>.png); last the printed report (report.png:
// the A4 PDF Chromium prints, made a PNG by poppler's pdftoppm). --no-build uses the build in .output/chrome-mv3 as it is.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildChrome, importHistory, launchWithExtension, ROOT } from './chromium-extension.mjs';
import { insightsDemoHistory, shootInsights } from './insights-screenshots.mjs';
import { shootOptionsSections } from './options-screenshots.mjs';
import { syntheticHistory } from './synthetic-history.mjs';

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
if (run.status !== 0) {
  console.error(`The screenshot tests failed: ${out} may be partly refreshed.`);
  process.exit(run.status ?? 1);
}

/** The options page's sections, wide enough for the navigation beside them, with three months of demo breaks. */
async function shootSections() {
  const temp = mkdtempSync(join(tmpdir(), 'unknot-screenshots-'));
  const { context, base } = await launchWithExtension({ profile: join(temp, 'profile'), home: temp });
  try {
    const file = join(temp, 'demo-history.json');
    writeFileSync(file, JSON.stringify(syntheticHistory({ years: 0.25, target: 300 })));
    const setup = await context.newPage();
    await setup.goto(`${base}options.html`);
    await importHistory(setup, file);
    await setup.close();
    mkdirSync(out, { recursive: true });
    return await shootOptionsSections(context, base, { dir: resolve(out), size: { width: 1100, height: 760 } });
  } finally {
    await context.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The dashboard's insights and the ranges of days off, from demo history with reminders and holidays, in a browser of their own. */
async function shootInsightSections() {
  const temp = mkdtempSync(join(tmpdir(), 'unknot-screenshots-'));
  const { context, base } = await launchWithExtension({ profile: join(temp, 'profile'), home: temp });
  try {
    const file = join(temp, 'insights-history.json');
    writeFileSync(file, JSON.stringify(insightsDemoHistory()));
    const setup = await context.newPage();
    await setup.goto(`${base}options.html`);
    await importHistory(setup, file);
    await setup.close();
    mkdirSync(out, { recursive: true });
    return await shootInsights(context, base, { dir: resolve(out), size: { width: 1100, height: 760 } });
  } finally {
    await context.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * The report for 12 weeks of demo breaks with a week of holiday, printed to an A4 PDF as the print dialog would
 * (the page's window.print is replaced: the dialog would wait for a person), then one PNG at 80 dpi.
 */
async function shootReport() {
  const temp = mkdtempSync(join(tmpdir(), 'unknot-screenshots-report-'));
  const { context, base } = await launchWithExtension({ profile: join(temp, 'profile'), home: temp });
  try {
    const now = new Date();
    const history = syntheticHistory({ now, years: 0.25, target: 300 });
    const day = (daysAgo) => new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo).toLocaleDateString('sv');
    const file = join(temp, 'demo-history.json');
    writeFileSync(file, JSON.stringify({ ...history, version: 2, daysOff: [day(45)], dayOffRanges: [{ from: day(30), to: day(26), label: 'Holiday' }] }));
    await context.addInitScript(() => {
      window.print = () => void (window.__unknotPrinted = (window.__unknotPrinted ?? 0) + 1);
    });
    const page = await context.newPage();
    await page.goto(`${base}options.html`);
    await importHistory(page, file);
    await page.getByRole('button', { name: 'Print a report' }).click();
    await page.waitForFunction(() => window.__unknotPrinted > 0);
    const pdf = join(temp, 'report.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    mkdirSync(out, { recursive: true });
    const png = join(resolve(out), 'report');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', pdf, png]);
    return `${png}.png`;
  } finally {
    await context.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

for (const path of await shootSections()) console.log(path);
for (const path of await shootInsightSections()) console.log(path);
console.log(await shootReport());
