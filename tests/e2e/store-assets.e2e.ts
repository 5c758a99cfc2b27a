// `npm run store-assets` makes the store texts in every shipped language, and the eight 1280×800 screenshots light
// and dark in English, German, Japanese and Arabic.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localeMessages } from '../../scripts/locale-messages.mjs';

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(path: string) {
  const head = (await readFile(path)).subarray(0, 24);
  expect(head.subarray(1, 4).toString()).toBe('PNG');
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

describe('store assets', () => {
  let out: string | undefined;
  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('produces the screenshots from the real build and the listing per language', async () => {
    out = await mkdtemp(join(tmpdir(), 'unknot-store-'));
    const run = spawnSync('node', ['scripts/store-assets.mjs', '--no-build', `--out=${out}`], { encoding: 'utf8', timeout: 300_000 });
    expect(run.status, run.stderr).toBe(0);
    expect((await readdir(join(out, 'screenshots'))).sort()).toEqual(['ar', 'de', 'en', 'ja']);
    const popups: Buffer[] = [];
    for (const language of ['ar', 'de', 'en', 'ja']) {
      const dir = join(out, 'screenshots', language);
      const shots = (await readdir(dir)).sort();
      expect(shots).toEqual(
        // Each of the options page's six sections (at its own address), the player and the popup, light and dark.
        ['options-admin', 'options-breaks', 'options-data', 'options-routines', 'options-schedule', 'options-sound', 'player', 'popup'].flatMap(
          (n) => [`${n}-dark.png`, `${n}-light.png`],
        ),
      );
      for (const shot of shots) expect(await pngSize(join(dir, shot))).toEqual({ width: 1280, height: 800 });
      popups.push(await readFile(join(dir, 'popup-light.png')));
    }
    // Four languages, four different pictures.
    expect(new Set(popups.map((p) => p.toString('base64'))).size).toBe(4);

    const languages = (await readdir(out)).filter((d) => d !== 'screenshots').sort();
    expect(languages).toEqual(readdirSync(new URL('../../public/_locales/', import.meta.url)).sort());
    for (const language of languages) {
      const t = localeMessages(language);
      const summary = await readFile(join(out, language, 'summary.txt'), 'utf8');
      expect(summary.trim().length).toBeGreaterThan(20);
      expect(summary.trim().length).toBeLessThanOrEqual(132);
      expect(summary.trim()).toBe(t('store_summary'));
      expect((await readFile(join(out, language, 'name.txt'), 'utf8')).trim()).toBe('Unknot');
      // What each of the five permissions is for, in the description and on its own.
      const permissions = ['alarms', 'notifications', 'storage', 'idle', 'offscreen'].map((p) => t(`store_permission_${p}`));
      const listed = (await readFile(join(out, language, 'permissions.txt'), 'utf8')).trim().split('\n');
      expect(listed.map((line) => line.replace(/^• /, ''))).toEqual(permissions);
      const description = await readFile(join(out, language, 'description.txt'), 'utf8');
      expect(description.length).toBeGreaterThan(200);
      expect(description).toContain(t('store_permissions_heading'));
      for (const permission of permissions) expect(description).toContain(permission);
    }
    expect(await readFile(join(out, 'de', 'summary.txt'), 'utf8')).not.toBe(await readFile(join(out, 'en', 'summary.txt'), 'utf8'));
  }, 320_000);
});
