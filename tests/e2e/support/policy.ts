// Puts the administrator's guide's own example policy files where Debian's browsers read them, and takes them away.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { firstBreakAfter } from './expected-break';
import { GECKO_ID } from './firefox';

export const EXAMPLES = resolve('docs/examples');
const CHROMIUM_POLICY = '/etc/chromium/policies/managed/unknot-e2e.json';
// Debian's Firefox ESR reads /etc/firefox/policies/policies.json and, when that is missing, the
// distribution folder beside its binary (checked with about:policies). The test uses the second so
// it never touches a machine-wide /etc policy someone may rely on.
const FIREFOX_POLICY = '/usr/lib/firefox-esr/distribution/policies.json';

/** Working hours the tests store (they are not locked): all day, so the plan does not depend on when a test runs. */
export const ALL_DAY_HOURS = { workHours: [{ start: '00:00', end: '23:59' }] };

/** The numbers an example file gives the extension, read from the file itself. */
export interface ExamplePolicy {
  intervalMinutes: number;
  breakAtMinute?: number;
  workDays: string[];
  dailyGoal: unknown;
  locked: string[];
}

/** The Unknot policy in one of docs/examples' files, Chrome's (3rdparty.extensions) or Firefox's (policies.3rdparty.Extensions). */
export async function examplePolicy(name: string): Promise<ExamplePolicy> {
  const file = JSON.parse(await readFile(join(EXAMPLES, name), 'utf8'));
  return file.policies ? file.policies['3rdparty'].Extensions[GECKO_ID] : file['3rdparty'].extensions.EXTENSION_ID;
}

/**
 * Where break-due must be under an example policy, counting from `anchor`: the file's cadence (its interval, or
 * its minute of the hour) on the file's (locked) working days, with the tests' all-day hours.
 */
export const policyBreakAt = (policy: ExamplePolicy, anchor: number): number =>
  firstBreakAfter(
    { intervalMinutes: policy.intervalMinutes, breakAtMinute: policy.breakAtMinute, workDays: policy.workDays, ...ALL_DAY_HOURS.workHours[0]! },
    anchor,
  );

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

/**
 * A policy the test writes itself (not one of the guide's examples): `values` as Unknot's managed settings, in
 * Chromium's managed folder for the extension `extensionId`, or in Firefox's policies.json for its gecko id.
 */
export async function installPolicyValues(browser: 'chromium' | 'firefox', values: Record<string, unknown>, extensionId = ''): Promise<void> {
  const [path, file] =
    browser === 'chromium'
      ? [CHROMIUM_POLICY, { '3rdparty': { extensions: { [extensionId]: values } } }]
      : [FIREFOX_POLICY, { policies: { '3rdparty': { Extensions: { [GECKO_ID]: values } } } }];
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(file, null, 2) + '\n');
}

/** A policy file exactly as given (the exporter's download): Chromium's managed folder, or Firefox's policies.json. */
export async function installPolicyText(browser: 'chromium' | 'firefox', text: string): Promise<void> {
  const path = browser === 'chromium' ? CHROMIUM_POLICY : FIREFOX_POLICY;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
