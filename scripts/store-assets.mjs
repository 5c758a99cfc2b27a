// `npm run store-assets`: the store listing's texts in every shipped language (name, summary, description and what
// each permission is for) and its screenshots (1280×800, light and dark: the popup, the player and each of the
// options page's sections) in English, German, Japanese and Arabic, from the real build in headless Chromium with
// demo history, into store/<language>/ and store/screenshots/<language>/. --languages=en,ar shoots only those.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildChrome, importHistory, launchWithExtension, ROOT } from './chromium-extension.mjs';
import { shootOptionsSections } from './options-screenshots.mjs';
import { localeMessages } from './locale-messages.mjs';
import { syntheticHistory } from './synthetic-history.mjs';

const argument = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const OUT = argument('out') ?? join(ROOT, 'store');
const SIZE = { width: 1280, height: 800 };
/** The languages the stores show screenshots in: the largest audiences, and one written right to left. */
const SHOT_LANGUAGES = argument('languages')?.split(',') ?? ['en', 'de', 'ja', 'ar'];
/** The manifest's permissions, each with the message saying what it is for (docs/store-review.md says more). */
const PERMISSIONS = ['alarms', 'notifications', 'storage', 'idle', 'offscreen'];

if (!process.argv.includes('--no-build')) {
  try {
    buildChrome();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

/** Store texts per language, straight from the translations the extension ships. */
function writeListings() {
  for (const locale of readdirSync(join(ROOT, 'public/_locales'))) {
    const t = localeMessages(locale);
    const dir = join(OUT, locale);
    mkdirSync(dir, { recursive: true });
    const permissions = PERMISSIONS.map((p) => `• ${t(`store_permission_${p}`)}`).join('\n');
    writeFileSync(join(dir, 'name.txt'), `${t('ext_name')}\n`);
    writeFileSync(join(dir, 'summary.txt'), `${t('store_summary')}\n`);
    // The permissions once more on their own, for the stores' fields that ask why each one is needed.
    writeFileSync(join(dir, 'permissions.txt'), `${permissions}\n`);
    // The call and video check, and that nothing about it is recorded (issue 11), as its own bullet.
    writeFileSync(
      join(dir, 'description.txt'),
      `${t('store_description')}\n${t('store_description_calls')}\n\n${t('store_permissions_heading')}\n${permissions}\n\n${t('store_no_network')}\n`,
    );
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

async function shoot(context, base, { scheme, t, dir }, shots) {
  const page = await context.newPage();
  await page.setViewportSize(SIZE);
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  const save = async (name) => {
    const path = join(dir, `${name}-${scheme}.png`);
    await page.screenshot({ path });
    shots.push(path);
  };

  await page.goto(`${base}popup.html`);
  await page.getByTestId('routine-list').waitFor();
  await framePopup(page);
  await save('popup');

  await page.goto(`${base}break.html`);
  await page
    .getByTestId('routine-list')
    .getByRole('button', { name: new RegExp(`^${escape(t('routine_wall_ball_shoulder_blades_title'))}`) })
    .click();
  // The safety note shows before the profile's first routine only; until the player's code has loaded
  // the page shows neither, so wait for one of the two before looking.
  const player = page.getByTestId('routine-player');
  const accept = page.getByRole('dialog').getByRole('button', { name: t('disclaimer_accept') });
  await player.or(accept).waitFor();
  if (await accept.isVisible()) await accept.click();
  await player.getByRole('button', { name: t('player_start') }).click();
  // The second step, once its text has replaced the first's.
  const first = await player.innerText();
  await player.getByRole('button', { name: t('player_next'), exact: true }).click();
  await waitUntil(async () => (await player.innerText()) !== first, 'the player did not move to the second step');
  await player.getByRole('button', { name: t('player_pause'), exact: true }).click();
  await save('player');
  await player.getByRole('button', { name: t('player_stop'), exact: true }).click();
  // The list comes back at once, while the stopped routine is still being saved and its break sent:
  // leaving earlier left the paused player stored, and the dark pass's popup then showed it, not its
  // list. The page removes the stored player once the break is in the history.
  await page.getByTestId('routine-list').waitFor();
  const playerStored = () => page.evaluate(() => chrome.storage.local.get('player').then((stored) => stored.player !== undefined));
  await waitUntil(async () => !(await playerStored()), 'the stopped routine was not stored within 30 s');

  await page.close();
  // The options page, each of its sections at its own address.
  shots.push(...(await shootOptionsSections(context, base, { dir, size: SIZE, schemes: [scheme] })));
}

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function waitUntil(check, failure, timeout = 30_000) {
  for (const deadline = Date.now() + timeout; !(await check()); ) {
    if (Date.now() > deadline) throw new Error(failure);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One language's screenshots, in a fresh profile with Chromium's interface in that language. */
async function shootLanguage(language, temp, shots) {
  const t = localeMessages(language);
  const dir = join(OUT, 'screenshots', language);
  mkdirSync(dir, { recursive: true });
  const { context, base } = await launchWithExtension({ profile: join(temp, `profile-${language}`), home: temp, language });
  try {
    // Demo history: three months of breaks, imported through the options page like a user would.
    const file = join(temp, 'demo-history.json');
    writeFileSync(file, JSON.stringify(syntheticHistory({ years: 0.25, target: 300 })));
    const setup = await context.newPage();
    await setup.goto(`${base}options.html`);
    await importHistory(setup, file, { label: t('import_label') });
    await setup.close();
    for (const scheme of ['light', 'dark']) await shoot(context, base, { scheme, t, dir }, shots);
  } finally {
    await context.close();
  }
}

const temp = mkdtempSync(join(tmpdir(), 'unknot-store-'));
writeListings();
const shots = [];
try {
  for (const language of SHOT_LANGUAGES) await shootLanguage(language, temp, shots);
} finally {
  rmSync(temp, { recursive: true, force: true });
}
for (const path of shots) console.log(path);
