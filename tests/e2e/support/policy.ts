// Puts the administrator's guide's own example policy files where Debian's browsers read them, and takes them away.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { nextBreakAt } from '../../../core/schedule';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings';

export const EXAMPLES = resolve('docs/examples');
const CHROMIUM_POLICY = '/etc/chromium/policies/managed/unknot-e2e.json';
// Debian's Firefox ESR reads /etc/firefox/policies/policies.json and, when that is missing, the
// distribution folder beside its binary (checked with about:policies). The test uses the second so
// it never touches a machine-wide /etc policy someone may rely on.
const FIREFOX_POLICY = '/usr/lib/firefox-esr/distribution/policies.json';

/** Working hours the tests store (they are not locked): all day, so the plan does not depend on when a test runs. */
export const ALL_DAY_HOURS: Pick<Settings, 'workHours'> = { workHours: [{ start: '00:00', end: '23:59' }] };

/**
 * Where break-due must be under the examples' policy, counting from `anchor`: the locked interval on the
 * locked working days (Monday to Friday), with the tests' all-day hours.
 */
export const policyBreakAt = (intervalMinutes: number, anchor: number): number =>
  nextBreakAt({ ...DEFAULT_SETTINGS, ...ALL_DAY_HOURS, intervalMinutes, workDays: ['mon', 'tue', 'wed', 'thu', 'fri'] }, anchor)!;

/** Chrome's id for an unpacked extension: the SHA-256 of its absolute path, in the letters a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** The Unknot policy inside an example file, with the guide's EXTENSION_ID placeholder filled in. */
export async function chromiumExample(name: string, extensionId: string): Promise<string> {
  return (await readFile(join(EXAMPLES, name), 'utf8')).replaceAll('EXTENSION_ID', extensionId);
}

export async function installChromiumPolicy(name: string, extensionId: string): Promise<void> {
  await mkdir(dirname(CHROMIUM_POLICY), { recursive: true });
  await writeFile(CHROMIUM_POLICY, await chromiumExample(name, extensionId));
}

export async function removeChromiumPolicy(): Promise<void> {
  await rm(CHROMIUM_POLICY, { force: true });
}

export async function installFirefoxPolicy(name: string): Promise<void> {
  await mkdir(dirname(FIREFOX_POLICY), { recursive: true });
  await writeFile(FIREFOX_POLICY, await readFile(join(EXAMPLES, name)));
}

export async function removeFirefoxPolicy(): Promise<void> {
  await rm(FIREFOX_POLICY, { force: true });
}
