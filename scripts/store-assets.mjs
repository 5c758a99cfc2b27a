// `npm run store-assets`: the store screenshots (1280×800, light and dark: the popup, the player and each of the
// options page's sections) from the real build in headless Chromium with demo history, and the store description
// files per language, into store/.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildChrome, importHistory, launchWithExtension, ROOT } from './chromium-extension.mjs';
import { shootOptionsSections } from './options-screenshots.mjs';
import { syntheticHistory } from './synthetic-history.mjs';

const argument = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const OUT = argument('out') ?? join(ROOT, 'store');
const SIZE = { width: 1280, height: 800 };

if (!process.argv.includes('--no-build')) {
  try {
    buildChrome();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

/** Store texts per language, straight from the translations the extension ships. */
function writeDescriptions() {
  for (const locale of readdirSync(join(ROOT, 'public/_locales'))) {
    const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8'));
    const dir = join(OUT, locale);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'name.txt'), `${messages.ext_name.message}\n`);
    writeFileSync(join(dir, 'summary.txt'), `${messages.store_summary.message}\n`);
    // The call and video check, and that nothing about it is recorded (issue 11), as its own bullet.
    writeFileSync(join(dir, 'description.txt'), `${messages.store_description.message}\n${messages.store_description_calls.message}\n`);
  }
}

/** A small popup shown in the middle of a calm backdrop, as the stores frame it. */
async function framePopup(page) {
  await page.evaluate(() => {
    document.documentElement.style.background = 'linear-gradient(135deg, #1f6f5c22, #f2b23322)';
    document.documentElement.style.minHeight = '100%';
    Object.assign(document.body.style, { margin: '48px auto', borderRadius: '14px', boxShadow: '0 12px 40px #0004', overflow: 'hidden' });
  });
}

async function shoot(context, base, scheme, shots) {
  const page = await context.newPage();
  await page.setViewportSize(SIZE);
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  const save = async (name) => {
    const path = join(OUT, 'screenshots', `${name}-${scheme}.png`);
    await page.screenshot({ path });
    shots.push(path);
  };

  await page.goto(`${base}popup.html`);
  await page.getByTestId('routine-list').waitFor();
  await framePopup(page);
  await save('popup');

  await page.goto(`${base}break.html`);
  await page.getByTestId('routine-list').getByRole('button', { name: /Wall-ball between the shoulder blades/ }).click();
  // The safety note shows before the profile's first routine only; until the player's code has loaded
  // the page shows neither, so wait for one of the two before looking.
  const player = page.getByTestId('routine-player');
  const accept = page.getByRole('dialog').getByRole('button', { name: 'I understand' });
  await player.or(accept).waitFor();
  if (await accept.isVisible()) await accept.click();
  await player.getByRole('button', { name: 'Start the routine' }).click();
  await player.getByRole('button', { name: 'Next' }).click();
  await player.getByText(/^Step 2 of \d+$/).waitFor();
  await player.getByRole('button', { name: 'Pause' }).click();
  await save('player');
  await player.getByRole('button', { name: 'Stop', exact: true }).click();
  // The list comes back at once, while the stopped routine is still being saved and its break sent:
  // leaving earlier left the paused player stored, and the dark pass's popup then showed it, not its
  // list. The page removes the stored player once the break is in the history.
  await page.getByTestId('routine-list').waitFor();
  const playerStored = () => page.evaluate(() => chrome.storage.local.get('player').then((stored) => stored.player !== undefined));
  for (const deadline = Date.now() + 30_000; await playerStored(); ) {
    if (Date.now() > deadline) throw new Error('the stopped routine was not stored within 30 s');
    await new Promise((r) => setTimeout(r, 100));
  }

  await page.close();
  // The options page, each of its sections at its own address.
  shots.push(...(await shootOptionsSections(context, base, { dir: join(OUT, 'screenshots'), size: SIZE, schemes: [scheme] })));
}

const temp = mkdtempSync(join(tmpdir(), 'unknot-store-'));
mkdirSync(join(OUT, 'screenshots'), { recursive: true });
writeDescriptions();
const { context, base } = await launchWithExtension({ profile: join(temp, 'profile'), home: temp });
const shots = [];
try {
  // Demo history: three months of breaks, imported through the options page like a user would.
  const file = join(temp, 'demo-history.json');
  writeFileSync(file, JSON.stringify(syntheticHistory({ years: 0.25, target: 300 })));
  const setup = await context.newPage();
  await setup.goto(`${base}options.html`);
  await importHistory(setup, file);
  await setup.close();
  for (const scheme of ['light', 'dark']) await shoot(context, base, scheme, shots);
} finally {
  await context.close();
  rmSync(temp, { recursive: true, force: true });
}
for (const path of shots) console.log(path);
