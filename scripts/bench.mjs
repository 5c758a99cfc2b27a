// `npm run bench`: builds the Chrome extension (skip with --no-build) and prints popup size and paint-speed figures.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD = join(ROOT, '.output/chrome-mv3');
const LOADS = 15;

/** Each figure: { name, value, unit, target?: { op: '<=', value } }. Add new measurements here. */
const figures = [];

function build() {
  // Build output goes to stderr so stdout holds only the figures.
  const run = spawnSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (run.status !== 0) throw new Error(`wxt build failed (exit ${run.status ?? run.signal})`);
}

/** Files the popup loads: <script src>, <link rel=stylesheet|modulepreload>, and static JS imports, recursively. */
function popupFiles(root) {
  const html = readFileSync(join(root, 'popup.html'), 'utf8');
  const refs = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*>/g)]
      .filter((m) => /\brel="(stylesheet|modulepreload)"/.test(m[0]))
      .map((m) => m[0].match(/\bhref="([^"]+)"/)?.[1])
      .filter(Boolean),
  ];
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    if (!existsSync(file)) throw new Error(`popup references a missing file: ${file}`);
    seen.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\b(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(resolve(dirname(file), m[1]));
  };
  for (const ref of refs) {
    if (/^[a-z]+:/i.test(ref)) continue; // external URL: not part of the bundle
    visit(ref.startsWith('/') ? join(root, ref) : resolve(root, ref));
  }
  return [...seen];
}

function measureSize() {
  const files = popupFiles(BUILD);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  console.error(`popup files: ${files.map((f) => f.slice(BUILD.length + 1)).join(', ')}`);
  figures.push({ name: 'popup JS+CSS gzipped', value: bytes / 1024, unit: 'KB', target: { op: '<=', value: 25 } });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Opens a fresh tab at url, returns its first-contentful-paint time in ms, closes the tab. */
async function fcp(context, url) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    return await page.evaluate(
      () =>
        new Promise((done, fail) => {
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0];
            if (entry) done(entry.startTime);
          }).observe({ type: 'paint', buffered: true });
          setTimeout(() => fail(new Error('no first-contentful-paint within 10 s')), 10_000);
        }),
    );
  } finally {
    await page.close();
  }
}

async function measurePaint() {
  const temp = mkdtempSync(join(tmpdir(), 'unknot-bench-'));
  const dir = join(temp, 'extension');
  const profile = join(temp, 'profile');
  cpSync(BUILD, dir, { recursive: true }); // the real build stays untouched
  writeFileSync(join(dir, 'blank.html'), '<!doctype html><html><body><p>.</p></body></html>');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    env: { ...process.env, HOME: temp },
    args: [
      `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu',
      '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}/`;
    await fcp(context, base + 'popup.html'); // one uncounted warm-up pair: first loads pay for cold caches
    await fcp(context, base + 'blank.html');
    const popup = [];
    const blank = [];
    for (let i = 0; i < LOADS; i++) {
      popup.push(await fcp(context, base + 'popup.html'));
      blank.push(await fcp(context, base + 'blank.html'));
    }
    console.error(`FCP samples (ms): popup ${popup.map(Math.round).join(' ')}; blank ${blank.map(Math.round).join(' ')}`);
    const [p, b] = [median(popup), median(blank)];
    figures.push({ name: `popup FCP (median of ${LOADS})`, value: p, unit: 'ms' });
    figures.push({ name: `blank page FCP (median of ${LOADS})`, value: b, unit: 'ms' });
    figures.push({ name: 'popup/blank FCP ratio', value: p / b, unit: '', target: { op: '<=', value: 1.3 } });
  } finally {
    await context.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

const meets = (f) => !f.target || (f.target.op === '<=' ? f.value <= f.target.value : f.value >= f.target.value);
const show = (value, unit) => `${value.toFixed(unit === 'KB' ? 1 : unit === 'ms' ? 0 : 2)}${unit ? ` ${unit}` : ''}`;

let failed = false;
try {
  if (!process.argv.includes('--no-build')) build();
  measureSize();
  await measurePaint();
} catch (error) {
  console.error(`bench failed: ${error.stack ?? error}`);
  failed = true;
}
for (const f of figures) {
  console.log(`${f.name}: ${show(f.value, f.unit)}${f.target ? ` (target ${f.target.op} ${show(f.target.value, f.unit)})` : ''}`);
}
const targeted = figures.filter((f) => f.target);
const missed = targeted.filter((f) => !meets(f));
console.log(
  failed
    ? 'targets: not judged, a measurement failed'
    : missed.length === 0
    ? `targets: all ${targeted.length} met`
    : `targets: ${missed.length} of ${targeted.length} missed (${missed.map((f) => f.name).join('; ')})`,
);
process.exit(failed ? 1 : 0);
