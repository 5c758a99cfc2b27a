// `npm run store-assets` makes the eight 1280×800 screenshots and the store texts in every language.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

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

  it('produces the screenshots from the real build and the descriptions per language', async () => {
    out = await mkdtemp(join(tmpdir(), 'unknot-store-'));
    const run = spawnSync('node', ['scripts/store-assets.mjs', '--no-build', `--out=${out}`], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    const shots = (await readdir(join(out, 'screenshots'))).sort();
    expect(shots).toEqual(
      // Each of the options page's six sections (at its own address), the player and the popup, light and dark.
      ['options-admin', 'options-breaks', 'options-data', 'options-routines', 'options-schedule', 'options-sound', 'player', 'popup'].flatMap(
        (n) => [`${n}-dark.png`, `${n}-light.png`],
      ),
    );
    for (const shot of shots) expect(await pngSize(join(out, 'screenshots', shot))).toEqual({ width: 1280, height: 800 });
    const languages = (await readdir(out)).filter((d) => d !== 'screenshots').sort();
    expect(languages).toEqual(readdirSync(new URL('../../public/_locales/', import.meta.url)).sort());
    for (const language of languages) {
      const summary = await readFile(join(out, language, 'summary.txt'), 'utf8');
      expect(summary.trim().length).toBeGreaterThan(20);
      expect(summary.trim().length).toBeLessThanOrEqual(132);
      expect((await readFile(join(out, language, 'description.txt'), 'utf8')).length).toBeGreaterThan(200);
    }
    expect(await readFile(join(out, 'de', 'summary.txt'), 'utf8')).not.toBe(await readFile(join(out, 'en', 'summary.txt'), 'utf8'));
  });
});
