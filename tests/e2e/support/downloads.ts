// A file a browser saved into a download folder, read once it is complete and has its final name.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { until } from './extension-api';

/**
 * The one file saved into `dir` whose name matches `named`. Firefox writes a download under a temporary name
 * (a .part file, or a random one such as "-SZYc_Wd.json") and then renames it: a name seen may be gone at the read,
 * so the name and the read are tried again together.
 */
export async function savedFile(dir: string, named: RegExp, what = 'the saved file'): Promise<{ name: string; text: string }> {
  return until(async () => {
    const names = await readdir(dir);
    const name = names.length === 1 && named.test(names[0]!) && !names[0]!.endsWith('.part') ? names[0]! : undefined;
    if (!name) return false;
    const text = await readFile(join(dir, name), 'utf8').catch(() => undefined);
    return text !== undefined && { name, text };
  }, `${what} in the download folder`);
}
