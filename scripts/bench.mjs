// `npm run bench`: builds the Chrome extension (skip with --no-build) and prints figures: popup size, paint
// and ready times, import, dashboard and printed report times with five years of history, and the streak computation.
// `--popup-only` measures the popup alone (size, paint, ready). Last, the worker's wake-ups (about 5 minutes, in a
// real window on an Xvfb display of its own, with xdotool): asleep share of a quiet minute, and wake-ups while a
// break waits for a call against the re-check alarms; `--no-wakeups` skips them, `--wakeups-only` runs them alone.
import { execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';
import {
  buildChrome,
  CHROME_BUILD as BUILD,
  importHistory,
  launchOverPipe,
  launchWithExtension,
  ROOT,
  unpackedExtensionId,
} from './chromium-extension.mjs';
import { syntheticHistory } from './synthetic-history.mjs';

const LOADS = 15;

/** Each figure: { name, value, unit, target?: { op: '<=' | '>=', value } }. Add new measurements here. */
const figures = [];

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

/**
 * Runs in every page before its scripts: notes when the popup is ready for use, that is when the element
 * `next-break` has its text and the routine list its buttons (the DOM is watched, so no polling delay counts).
 */
function watchReady() {
  const ready = () =>
    document.querySelector('[data-testid="next-break"]')?.textContent?.trim() &&
    document.querySelector('[data-testid="routine-list"] button');
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    window.__unknotReady = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** Opens a fresh tab at url and returns its first-contentful-paint time in ms and, with `ready`, when it was ready. */
async function load(context, url, { ready = false } = {}) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const paint = await page.evaluate(
      () =>
        new Promise((done, fail) => {
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0];
            if (entry) done(entry.startTime);
          }).observe({ type: 'paint', buffered: true });
          setTimeout(() => fail(new Error('no first-contentful-paint within 10 s')), 10_000);
        }),
    );
    if (!ready) return { paint };
    const handle = await page.waitForFunction(() => window.__unknotReady, undefined, { timeout: 10_000 });
    return { paint, ready: await handle.jsonValue() };
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
  const { context, base } = await launchWithExtension({ dir, profile, home: temp });
  try {
    await context.addInitScript(watchReady);
    await load(context, base + 'popup.html', { ready: true }); // one uncounted warm-up pair: first loads pay for cold caches
    await load(context, base + 'blank.html');
    const popup = [];
    const blank = [];
    // Alternately, in one browser: whatever slows the machine down slows both alike.
    for (let i = 0; i < LOADS; i++) {
      popup.push(await load(context, base + 'popup.html', { ready: true }));
      blank.push((await load(context, base + 'blank.html')).paint);
    }
    const paints = popup.map((p) => p.paint);
    const readies = popup.map((p) => p.ready);
    console.error(`samples (ms): popup FCP ${paints.map(Math.round).join(' ')}; popup ready ${readies.map(Math.round).join(' ')}; blank FCP ${blank.map(Math.round).join(' ')}`);
    const [p, r, b] = [median(paints), median(readies), median(blank)];
    figures.push({ name: `popup FCP (median of ${LOADS})`, value: p, unit: 'ms' });
    figures.push({ name: `popup ready: next break and routines shown (median of ${LOADS})`, value: r, unit: 'ms' });
    figures.push({ name: `blank page FCP (median of ${LOADS})`, value: b, unit: 'ms' });
    figures.push({ name: 'popup/blank FCP ratio', value: p / b, unit: '', target: { op: '<=', value: 1.3 } });
    figures.push({ name: 'popup ready/blank FCP ratio', value: r / b, unit: '', target: { op: '<=', value: 2.0 } });
  } finally {
    await context.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

const DASHBOARD_LOADS = 7;

/** Milliseconds from navigation until the dashboard shows all its numbers, the insights included. */
async function dashboardTime(context, url) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const handle = await page.waitForFunction(
      () => {
        // The insights (when you move, which routines help) come last on the page.
        const cards = ['streak-current', 'streak-best', 'consistency', 'dashboard-today', 'insights-when', 'insights-routines'];
        const shown = cards.every((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent);
        return shown && document.querySelector('[data-testid="calendar"]') ? performance.now() : false;
      },
      undefined,
      { polling: 'raf', timeout: 30_000 },
    );
    return await handle.jsonValue();
  } finally {
    await page.close();
  }
}

/**
 * Milliseconds from a click on "Print a report" (12 months) until the page asks for the print dialog, the report
 * drawn: window.print is the bench's own (the dialog would wait for a person), set by `stubPrint`.
 */
async function reportTime(context, url) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.getByTestId('insights-routines').waitFor({ timeout: 30_000 });
    await page.locator('.report-panel input[value="12m"]').check();
    return await page.evaluate(
      () =>
        new Promise((done, fail) => {
          const started = performance.now();
          window.__unknotPrinted = () => {
            if (!document.querySelector('[data-testid="printed-report"]')) fail(new Error('print was asked for before the report was drawn'));
            done(performance.now() - started);
          };
          document.querySelector('.report-panel button').click();
          setTimeout(() => fail(new Error('no print within 30 s')), 30_000);
        }),
    );
  } finally {
    await page.close();
  }
}

function stubPrint() {
  window.print = () => window.__unknotPrinted?.();
}

async function measureHistory() {
  const temp = mkdtempSync(join(tmpdir(), 'unknot-bench-history-'));
  const file = join(temp, 'history.json');
  const history = syntheticHistory();
  writeFileSync(file, JSON.stringify(history));
  const { context, base } = await launchWithExtension({ profile: join(temp, 'profile'), home: temp });
  try {
    const options = base + 'options.html';
    await dashboardTime(context, options); // warm-up
    const empty = [];
    for (let i = 0; i < DASHBOARD_LOADS; i++) empty.push(await dashboardTime(context, options));

    const page = await context.newPage();
    await page.goto(options);
    await page.getByTestId('streak-best').waitFor();
    const started = performance.now();
    await importHistory(page, file, { timeout: 60_000 });
    const importMs = performance.now() - started;
    await page.close();

    await dashboardTime(context, options);
    const full = [];
    for (let i = 0; i < DASHBOARD_LOADS; i++) full.push(await dashboardTime(context, options));
    console.error(`dashboard samples (ms): empty ${empty.map(Math.round).join(' ')}; full ${full.map(Math.round).join(' ')}`);
    await context.addInitScript(stubPrint);
    await reportTime(context, options); // warm-up
    const report = [];
    for (let i = 0; i < DASHBOARD_LOADS; i++) report.push(await reportTime(context, options));
    console.error(`report samples (ms): ${report.map(Math.round).join(' ')}`);
    figures.push({ name: `import of ${history.breaks.length} breaks`, value: importMs, unit: 'ms', target: { op: '<=', value: 3000 } });
    figures.push({ name: `dashboard shown, empty history (median of ${DASHBOARD_LOADS})`, value: median(empty), unit: 'ms' });
    figures.push({ name: `dashboard shown, ${history.breaks.length} breaks (median of ${DASHBOARD_LOADS})`, value: median(full), unit: 'ms' });
    figures.push({ name: 'dashboard extra time with 5 years of history', value: median(full) - median(empty), unit: 'ms', target: { op: '<=', value: 300 } });
    figures.push({ name: `report drawn for print, 12 months of ${history.breaks.length} breaks (median of ${DASHBOARD_LOADS})`, value: median(report), unit: 'ms' });
  } finally {
    await context.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The pure streak computation, bundled from core/ so it runs as it does in the extension, with the default settings. */
async function measureStreaks() {
  const temp = mkdtempSync(join(tmpdir(), 'unknot-bench-core-'));
  try {
    const bundle = await rolldown({
      input: { streaks: join(ROOT, 'core/streaks.ts'), settings: join(ROOT, 'core/settings.ts') },
      logLevel: 'silent',
    });
    await bundle.write({ dir: temp, format: 'esm', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' });
    const { countByDay, streakSummary } = await import(join(temp, 'streaks.mjs'));
    const { DEFAULT_SETTINGS } = await import(join(temp, 'settings.mjs'));
    const { breaks } = syntheticHistory();
    const rules = { workDays: DEFAULT_SETTINGS.workDays, dailyGoal: DEFAULT_SETTINGS.dailyGoal, daysOff: new Set() };
    const today = breaks.at(-1).at.slice(0, 10);
    const times = [];
    for (let i = 0; i < 21; i++) {
      const t0 = performance.now();
      streakSummary(countByDay(breaks), rules, today);
      times.push(performance.now() - t0);
    }
    figures.push({ name: `streak computation on ${breaks.length} breaks (median of 21)`, value: median(times), unit: 'ms', target: { op: '<=', value: 10 } });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

const WAKE_QUIET_MS = 60_000;
const WAIT_MINUTES = 3;

/**
 * The bench's extension page (bench.html, added to a copy of the build): runs what the bench asks through the
 * extension's own APIs, fetched from and answered to the bench's local server. It uses no timers (a background
 * tab's are throttled) and talks to the worker only through storage and alarms, as the extension's pages do.
 */
function benchPage() {
  const server = new URLSearchParams(location.search).get('server');
  const ops = {
    now: () => Date.now(),
    alarms: () => chrome.alarms.getAll(),
    alarm: () => chrome.alarms.get('break-due').then((a) => a ?? null),
    /** break-due's time (null when there is none) and the moment it was read. */
    alarmAt: () => chrome.alarms.get('break-due').then((a) => ({ scheduledTime: a?.scheduledTime ?? null, now: Date.now() })),
    /** The user's settings, as tests/e2e/support/extension-api.ts writes them (the object and one item each). */
    setSettings: async (settings) => {
      const entries = Object.entries(settings).map(([name, value]) => [`settings.${name}`, value]);
      await chrome.storage.sync.set({ settings, ...Object.fromEntries(entries) });
    },
    /** A break due at `at`: the plan first (the worker takes an earlier alarm for a stale one), then the alarm. */
    breakDueAt: async (at) => {
      const { schedule } = await chrome.storage.local.get('schedule');
      await chrome.storage.local.set({ schedule: { anchor: Date.now(), snoozes: 0, ...schedule, snoozedUntil: at } });
      await chrome.alarms.create('break-due', { when: at });
    },
    plan: () => chrome.storage.local.get('schedule').then((r) => r.schedule ?? null),
    // In front: Chromium holds back the media of a tab opened in the background until it is first shown.
    openTab: (url) => chrome.tabs.create({ url, active: true }).then((tab) => tab.id),
    audibleTabs: () => chrome.tabs.query({ audible: true, muted: false }).then((tabs) => tabs.length),
  };
  (async () => {
    for (;;) {
      const command = await (await fetch(`${server}/next`)).json();
      if (!command.op) continue;
      let reply;
      try {
        reply = { id: command.id, value: (await ops[command.op](...command.args)) ?? null };
      } catch (error) {
        reply = { id: command.id, error: String(error) };
      }
      await fetch(`${server}/reply`, { method: 'POST', body: JSON.stringify(reply) }); // text/plain: no preflight
    }
  })();
}

/** A sine tone as a WAV file, as tests/e2e/support/sound.ts makes it: 8 kHz mono 16-bit PCM. */
function toneWav(seconds = 2, hertz = 440) {
  const rate = 8000;
  const samples = rate * seconds;
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVEfmt ', 8, 'ascii');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) wav.writeInt16LE(Math.round(0.5 * 32767 * Math.sin((2 * Math.PI * hertz * i) / rate)), 44 + i * 2);
  return wav;
}

/**
 * The local server the bench page works for: GET /next hands it the next command (held up to 20 s, then an
 * empty one), POST /reply takes the answer; /call.html and /tone.wav are the call, a looping tone. /start.html,
 * the page Chromium opens first, goes on to the bench page once `extensionLoaded()` is called (a chrome-extension
 * address opened before the extension has loaded stays an error page). `call(op, ...args)` runs an op of
 * benchPage and returns its value.
 */
async function startBenchServer(benchPageUrl) {
  const queue = [];
  const waiting = [];
  const replies = new Map();
  let nextId = 1;
  let connected;
  const pageConnected = new Promise((done) => (connected = done));
  let loaded;
  const extensionLoaded = new Promise((done) => (loaded = done));
  const wav = toneWav();
  const server = createServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    if (request.url === '/start.html') {
      response.setHeader('Content-Type', 'text/html');
      response.end('<!doctype html><title>start</title><script src="start.js"></script>');
    } else if (request.url === '/start.js') {
      response.setHeader('Content-Type', 'text/javascript');
      response.end(`fetch('/ready').then(() => location.assign(${JSON.stringify(benchPageUrl(address))}));`);
    } else if (request.url === '/ready') {
      void extensionLoaded.then(() => response.end());
    } else if (request.url === '/call.html') {
      response.setHeader('Content-Type', 'text/html');
      response.end('<!doctype html><title>A call</title><audio src="tone.wav" loop autoplay></audio>');
    } else if (request.url === '/tone.wav') {
      response.setHeader('Content-Type', 'audio/wav');
      response.end(wav);
    } else if (request.url === '/next') {
      connected();
      const hand = (command) => {
        clearTimeout(timer);
        response.setHeader('Content-Type', 'application/json');
        response.end(JSON.stringify(command));
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(hand), 1);
        hand({});
      }, 20_000);
      if (queue.length > 0) hand(queue.shift());
      else waiting.push(hand);
    } else if (request.url === '/reply' && request.method === 'POST') {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        const reply = JSON.parse(body);
        replies.get(reply.id)?.(reply);
        replies.delete(reply.id);
        response.end();
      });
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
  let address;
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  address = `http://127.0.0.1:${server.address().port}`;
  return {
    url: address,
    extensionLoaded: loaded,
    pageConnected,
    call(op, ...args) {
      const id = nextId++;
      return new Promise((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`bench page: no answer to ${op} within 30 s`)), 30_000);
        replies.set(id, (reply) => {
          clearTimeout(timer);
          if (reply.error) fail(new Error(`bench page: ${op}: ${reply.error}`));
          else done(reply.value);
        });
        const command = { id, op, args };
        if (waiting.length > 0) waiting.shift()(command);
        else queue.push(command);
      });
    },
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
  };
}

/** An X display of the bench's own, for a real window (headless Chromium reports no tab audible). */
async function startXvfb() {
  const number = 500 + Math.floor(Math.random() * 400);
  const server = spawn('Xvfb', [`:${number}`, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const deadline = Date.now() + 10_000;
  while (!existsSync(`/tmp/.X11-unix/X${number}`)) {
    if (Date.now() > deadline) throw new Error(`Xvfb did not start on :${number}`);
    await sleep(50);
  }
  return { name: `:${number}`, close: () => server.kill() };
}

/**
 * The worker's life as DevTools target discovery sees it (nothing attached): `intervals` of [start, end] in ms on
 * performance.now()'s clock, end undefined while it runs.
 */
function watchWorker(browser, extensionId) {
  const ids = new Set();
  const intervals = [];
  const worker = (info) => info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${extensionId}/`);
  browser.on(({ method, params }) => {
    if (method === 'Target.targetCreated' && worker(params.targetInfo) && !ids.has(params.targetInfo.targetId)) {
      ids.add(params.targetInfo.targetId);
      intervals.push({ id: params.targetInfo.targetId, start: performance.now() });
    } else if (method === 'Target.targetDestroyed' && ids.has(params.targetId)) {
      ids.delete(params.targetId);
      const interval = intervals.find((i) => i.id === params.targetId && i.end === undefined);
      if (interval) interval.end = performance.now();
    }
  });
  return {
    intervals,
    running: () => intervals.some((i) => i.end === undefined),
    /** Wake-ups (starts) within [from, to], and the milliseconds it ran then. */
    between(from, to) {
      const inside = intervals.filter((i) => i.start < to && (i.end ?? Infinity) > from);
      return {
        wakeUps: inside.filter((i) => i.start >= from).length,
        aliveMs: inside.reduce((sum, i) => sum + Math.min(i.end ?? to, to) - Math.max(i.start, from), 0),
      };
    },
  };
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

async function waitFor(probe, what, timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(500);
  }
}

/**
 * Wake-ups, in a real window with the pointer moved every 20 s (the idle API would otherwise report the person
 * idle after 60 s, an event that wakes the worker). (1) A quiet minute: from the worker's first stop after the
 * install (and the settings written then), 60 s with no call and no break due. (2) A break due while a tab plays
 * sound: for WAIT_MINUTES, the worker's wake-ups against the break-due alarms that fired (read by the bench page:
 * an extension page's chrome.alarms.get does not start the worker).
 */
async function measureWakeups() {
  const temp = mkdtempSync(join(tmpdir(), 'unknot-bench-wake-'));
  const dir = join(temp, 'extension');
  cpSync(BUILD, dir, { recursive: true });
  writeFileSync(join(dir, 'bench.html'), '<!doctype html><title>bench</title><script src="bench.js"></script>');
  writeFileSync(join(dir, 'bench.js'), `(${benchPage})();\n`);
  // Reachable from the local start page: a web page may open an extension's web-accessible page, nothing else.
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.web_accessible_resources = [{ resources: ['bench.html'], matches: ['http://127.0.0.1/*'] }];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  const extensionId = unpackedExtensionId(dir);
  const server = await startBenchServer((address) => `chrome-extension://${extensionId}/bench.html?server=${encodeURIComponent(address)}`);
  const display = await startXvfb();
  let nudges = 0;
  const nudge = () => execFile('xdotool', ['mousemove', String(100 + (nudges++ % 2) * 50), '100'], { env: { ...process.env, DISPLAY: display.name } }, () => {});
  const nudger = setInterval(nudge, 20_000);
  const browser = launchOverPipe({
    dir,
    profile: join(temp, 'profile'),
    home: temp,
    display: display.name,
    args: ['--autoplay-policy=no-user-gesture-required'],
    urls: [`${server.url}/start.html`],
  });
  try {
    const worker = watchWorker(browser, extensionId);
    const launched = performance.now();
    await browser.send('Target.setDiscoverTargets', { discover: true });
    nudge();
    await waitFor(async () => worker.intervals.length > 0, `the worker of extension ${extensionId} to start`, 30_000);
    server.extensionLoaded();
    await Promise.race([server.pageConnected, sleep(30_000).then(() => Promise.reject(new Error(`the bench page (extension ${extensionId}) did not load`)))]);
    const page = server.call;
    // Working time all day, so that the break below counts; the longest wait well past the bench's minutes.
    await page('setSettings', { workDays: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'], workHours: [{ start: '00:00', end: '24:00' }], maxWaitMinutes: 30 });
    // Chromium stops an idle worker after 30 s; one that never stops is measured from 90 s on, and shows in the figure.
    await waitFor(async () => !worker.running(), 'the worker to stop after the install', 90_000).catch(() =>
      console.error('wake-ups: the worker did not stop within 90 s of the install; the quiet minute starts anyway'),
    );
    const quietStart = performance.now();
    const nextBreak = await page('alarm');
    const now = await page('now');
    if (!nextBreak || nextBreak.scheduledTime < now + 5 * 60_000) throw new Error(`a break is due within 5 minutes (${JSON.stringify(await page('alarms'))}): not a quiet minute`);
    console.error(`wake-ups: the quiet minute starts ${((quietStart - launched) / 1000).toFixed(1)} s after launch; the next break is ${Math.round((nextBreak.scheduledTime - now) / 60_000)} min away`);
    await sleep(WAKE_QUIET_MS);
    const quietEnd = performance.now();
    const quiet = worker.between(quietStart, quietEnd);
    figures.push({ name: 'worker asleep in a quiet minute', value: 100 * (1 - quiet.aliveMs / (quietEnd - quietStart)), unit: '%', target: { op: '>=', value: 95 } });
    figures.push({ name: 'worker wake-ups in a quiet minute', value: quiet.wakeUps, unit: 'count' });

    // The call: a tab that plays a looping tone, then a break due in 2 s.
    await page('openTab', `${server.url}/call.html`);
    await waitFor(async () => (await page('audibleTabs')) > 0, 'the call tab to be audible', 30_000);
    const waitStart = performance.now();
    const dueAt = (await page('now')) + 2000;
    await page('breakDueAt', dueAt);
    // The bench page reads break-due once a second. An alarm that fires is gone once its time has come (the worker
    // sets the next); one the worker moves (every start of the worker plans the re-check a minute ahead) is gone
    // before its time, and did not fire.
    const fired = [];
    let moved = 0;
    let current = dueAt;
    const waitEnd = waitStart + 2000 + WAIT_MINUTES * 60_000 + 10_000;
    let waited = false;
    while (performance.now() < waitEnd) {
      await sleep(1000);
      const { scheduledTime, now } = await page('alarmAt');
      if (scheduledTime !== current) {
        if (current !== null && now >= current) fired.push(current);
        else if (current !== null) moved++;
        current = scheduledTime;
      }
      if (!waited) waited = (await page('plan'))?.deferredSince !== undefined;
    }
    const plan = await page('plan');
    if (!waited || plan?.dueSince !== undefined) throw new Error(`the break did not wait for the call (plan ${JSON.stringify(plan)})`);
    const rechecks = fired.length - 1; // the first is the break coming due
    const waitStop = performance.now();
    const waiting = worker.between(waitStart, waitStop);
    const minutes = (waitStop - waitStart) / 60_000;
    const starts = worker.intervals.filter((i) => i.start >= waitStart && i.start < waitStop).map((i) => (i.start - waitStart) / 1000 - 2);
    console.error(
      `wake-ups while waiting, in s from the break's due time: alarms fired at ${fired.map((t) => ((t - dueAt) / 1000).toFixed(0)).join(', ')}` +
        ` (${moved} moved before their time); the worker started at ${starts.map((t) => t.toFixed(0)).join(', ')};` +
        ` awake ${(waiting.aliveMs / 1000).toFixed(0)} s of ${(minutes * 60).toFixed(0)} s`,
    );
    figures.push({ name: `worker wake-ups per minute while a break waits for a call (${WAIT_MINUTES} min)`, value: waiting.wakeUps / minutes, unit: '/min' });
    figures.push({ name: 're-check alarms per minute while a break waits', value: rechecks / minutes, unit: '/min' });
    figures.push({ name: 'worker wake-ups beyond the re-check alarms while a break waits', value: waiting.wakeUps - rechecks, unit: 'count', target: { op: '<=', value: 1 } });
  } finally {
    clearInterval(nudger);
    await browser.close();
    display.close();
    await server.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

const meets = (f) => !f.target || (f.target.op === '<=' ? f.value <= f.target.value : f.value >= f.target.value);
const DIGITS = { KB: 1, '%': 1, count: 0 };
const digits = (value, unit) => DIGITS[unit] ?? (unit === 'ms' ? (value < 10 ? 1 : 0) : 2);
const suffix = (unit) => (unit === '%' ? '%' : unit && unit !== 'count' ? ` ${unit}` : '');
const show = (value, unit) => `${value.toFixed(digits(value, unit))}${suffix(unit)}`;

let failed = false;
try {
  const flag = (name) => process.argv.includes(`--${name}`);
  if (!flag('no-build')) buildChrome();
  if (!flag('wakeups-only')) {
    measureSize();
    await measurePaint();
  }
  if (!flag('popup-only') && !flag('wakeups-only')) {
    await measureHistory();
    await measureStreaks();
  }
  if (flag('wakeups-only') || (!flag('popup-only') && !flag('no-wakeups'))) await measureWakeups();
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
