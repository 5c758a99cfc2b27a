// The exporter's files, one case per format: for the guide's own policy each equals its reference file in
// docs/examples (parsed, where whitespace is free), is valid by the schema, and reads back as the settings exported.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extensionIds, type ExtensionIds } from '../../core/policy-export/extension-ids';
import { POLICY_FORMATS, policyFile, type ExportTarget, type PolicyFormat } from '../../core/policy-export/formats';
import type { PolicyChoice } from '../../core/policy-export/policy-values';
import { effectiveSettings, parsePolicy } from '../../core/policy';
import { DEFAULT_SETTINGS, SETTING_NAMES, type SettingName, type Settings } from '../../core/settings';
import { GUIDE_LOCKED, GUIDE_ORGANIZATION, GUIDE_SETTINGS } from '../support/guide-policy';
import { asObject, expectSchemaValid, fromRegistry, parsePlist, parseReg, type Json } from '../support/policy-files';

const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
const example = (file: string) => read(`docs/examples/${file}`);
const exampleJson = (file: string) => JSON.parse(example(file)) as Record<string, Json>;
const GECKO_ID = /GECKO_ID = '([^']+)'/.exec(read('wxt.config.ts'))![1]!;
const PLACEHOLDER = 'EXTENSION_ID';
const OWN_CHROME_ID = 'abcdefghijklmnopabcdefghijklmnop';

const GUIDE: PolicyChoice = { settings: GUIDE_SETTINGS, locked: [...GUIDE_LOCKED], organizationName: GUIDE_ORGANIZATION };
const UUIDS = ['1b4e28ba-2fa1-11d2-883f-0016d3cca427', '6fa459ea-ee8a-3ca4-894e-db77e160355e', '886313e1-3b8a-5372-9b90-0c9aee199e5d'] as const;
/** The guide's files name Chrome and Edge by the placeholder, as a copy running in Firefox does. */
const FROM_FIREFOX: ExportTarget = { ids: extensionIds('firefox', GECKO_ID), uuids: UUIDS };

const text = (format: PolicyFormat, choice = GUIDE, target = FROM_FIREFOX) => policyFile(format, choice, target).text;

// ---- Each format read back: the Unknot policy it carries, and the id and install entry it names.

interface ReadBack {
  policy: Record<string, Json>;
  /** The id the file names Unknot by (the Admin console's file names none). */
  id?: string;
  install?: Json;
}

function readReg(file: string, browserKey: string): ReadBack {
  const keys = parseReg(file);
  const base = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${browserKey}`;
  const policyKey = [...keys.keys()].find((k) => k.startsWith(`${base}\\3rdparty\\extensions\\`))!;
  const id = /3rdparty\\extensions\\([^\\]+)\\policy$/.exec(policyKey)![1]!;
  expect([...keys.keys()]).toEqual([`${base}\\ExtensionInstallForcelist`, `${base}\\3rdparty\\extensions\\${id}\\policy`]);
  return { policy: fromRegistry(keys.get(policyKey)!), id, install: keys.get(`${base}\\ExtensionInstallForcelist`)! };
}

function readProfile(file: string): ReadBack & { profile: Record<string, Json>; payloads: Record<string, Json>[] } {
  const profile = asObject(parsePlist(file));
  const payloads = profile['PayloadContent'] as Record<string, Json>[];
  const chrome = payloads.find((p) => p['PayloadType'] === 'com.google.Chrome')!;
  const extension = payloads.find((p) => String(p['PayloadType']).startsWith('com.google.Chrome.extensions.'))!;
  const policy = Object.fromEntries(Object.entries(extension).filter(([key]) => !key.startsWith('Payload')));
  return { policy, id: String(extension['PayloadType']).slice('com.google.Chrome.extensions.'.length), install: chrome['ExtensionSettings']!, profile, payloads };
}

const READERS: Record<PolicyFormat, (file: string) => ReadBack> = {
  'chrome-windows': (file) => readReg(file, 'Google\\Chrome'),
  'edge-windows': (file) => readReg(file, 'Microsoft\\Edge'),
  'chrome-macos': readProfile,
  'chrome-linux': (file) => {
    const json = JSON.parse(file) as Record<string, Json>;
    expect(Object.keys(json)).toEqual(['ExtensionSettings', '3rdparty']);
    const extensions = asObject(asObject(json['3rdparty'])['extensions']);
    const [id] = Object.keys(extensions);
    return { policy: asObject(extensions[id!]), id, install: json['ExtensionSettings']! };
  },
  'google-admin': (file) => {
    const json = JSON.parse(file) as Record<string, Json>;
    for (const entry of Object.values(json)) expect(Object.keys(asObject(entry))).toEqual(['Value']);
    return { policy: Object.fromEntries(Object.entries(json).map(([name, entry]) => [name, asObject(entry)['Value']!])) };
  },
  firefox: (file) => {
    const policies = asObject(asObject(JSON.parse(file))['policies']);
    expect(Object.keys(policies)).toEqual(['ExtensionSettings', '3rdparty']);
    const extensions = asObject(asObject(policies['3rdparty'])['Extensions']);
    const [id] = Object.keys(extensions);
    return { policy: asObject(extensions[id!]), id, install: policies['ExtensionSettings']! };
  },
};

/** The guide's Unknot policy, from its Linux settings file. */
const GUIDE_POLICY = asObject(asObject(asObject(exampleJson('chrome-linux-settings.json')['3rdparty'])['extensions'])[PLACEHOLDER]);

describe('each format, for the guide’s policy, equals its reference file in docs/examples', () => {
  it('Chrome on Windows: windows-chrome.reg, value by value and key by key', () => {
    expect(parseReg(text('chrome-windows'))).toEqual(parseReg(example('windows-chrome.reg')));
    // Regedit's own line ends.
    expect(text('chrome-windows')).toMatch(/^Windows Registry Editor Version 5\.00\r\n/);
    expect(text('chrome-windows').replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('Microsoft Edge: windows-edge.reg', () => {
    expect(parseReg(text('edge-windows'))).toEqual(parseReg(example('windows-edge.reg')));
  });

  it('Chrome on macOS: macos-chrome.mobileconfig, but for its own identifiers and UUIDs', () => {
    const mine = readProfile(text('chrome-macos'));
    const reference = readProfile(example('macos-chrome.mobileconfig'));
    expect(mine.policy).toEqual(reference.policy);
    expect(mine.install).toEqual(reference.install);
    expect(mine.id).toBe(PLACEHOLDER);
    const strip = (p: Record<string, Json>) => Object.fromEntries(Object.entries(p).filter(([k]) => !['PayloadUUID', 'PayloadIdentifier', 'PayloadContent'].includes(k)));
    expect(strip(mine.profile)).toEqual(strip(reference.profile));
    expect(mine.payloads.map(strip)).toEqual(reference.payloads.map(strip));
    expect([mine.profile, ...mine.payloads].map((p) => p['PayloadUUID'])).toEqual(UUIDS.map((u) => u.toUpperCase()));
    const identifiers = [mine.profile, ...mine.payloads].map((p) => p['PayloadIdentifier']);
    expect(new Set(identifiers).size).toBe(3);
  });

  it('Chrome and Chromium on Linux: chrome-linux-install.json and chrome-linux-settings.json in one file', () => {
    expect(JSON.parse(text('chrome-linux'))).toEqual({ ...exampleJson('chrome-linux-install.json'), ...exampleJson('chrome-linux-settings.json') });
  });

  it('Google Admin console: google-admin-policy.json', () => {
    expect(JSON.parse(text('google-admin'))).toEqual(exampleJson('google-admin-policy.json'));
  });

  it('Firefox: firefox-policies.json', () => {
    expect(JSON.parse(text('firefox'))).toEqual(exampleJson('firefox-policies.json'));
  });
});

describe.each(POLICY_FORMATS)('%s', (format) => {
  it('carries a policy valid by public/managed_schema.json that Unknot reads without a problem', () => {
    const { policy } = READERS[format](text(format));
    expect(policy).toEqual(GUIDE_POLICY);
    expectSchemaValid(policy);
    expect(parsePolicy(policy).problems).toEqual([]);
  });

  it('gives back every setting exported, the non-default ones and those without a policy "none" alike', () => {
    // Every setting the settings define (one added later too), each changed from its default where it can be.
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      intervalMinutes: 35,
      breakAtMinute: 50,
      workDays: ['mon', 'wed', 'sat'],
      workHoursByDay: { fri: [{ start: '08:00', end: '12:00' }], sun: [] },
      snoozeMinutes: 15,
      maxSnoozes: 0,
      enabledRoutines: ['neck-rolls', 'calves'],
      sound: true,
      volume: 0,
      waitForCalls: false,
      dailySkipLimit: 0,
      breakStyle: 'tab',
    };
    const locked: SettingName[] = ['breakAtMinute', 'sound', 'volume'];
    const file = text(format, { settings, locked, organizationName: '  Acme & Söhne <GmbH> "Ü"  ' });
    // regedit reads a .reg file by the Windows code page: only ASCII reads alike everywhere (the name goes as hex(1)).
    if (format.endsWith('-windows')) expect(file).toMatch(/^[\x00-\x7f]*$/);
    const { policy } = READERS[format](file);
    expectSchemaValid(policy);
    const parsed = parsePolicy(policy);
    expect(parsed.problems).toEqual([]);
    expect(parsed.organizationName).toBe('Acme & Söhne <GmbH> "Ü"');
    // Locking the minute of the hour locks the interval with it.
    expect([...parsed.locked].sort()).toEqual(['breakAtMinute', 'intervalMinutes', 'sound', 'volume']);
    // Someone who had chosen otherwise keeps their choices, but for the locked ones.
    const own: Partial<Settings> = { sound: false, volume: 100, breakAtMinute: null, dailyGoal: 9 };
    expect(effectiveSettings(parsed, own)).toEqual({ ...settings, dailyGoal: 9 });
    expect(effectiveSettings(parsed, {})).toEqual(settings);
    expect(Object.keys(settings).sort()).toEqual([...SETTING_NAMES].sort());
  });

  it('leaves out a setting whose value is "none" (no policy null) and a blank organization, and has no locked without locks', () => {
    const { policy } = READERS[format](text(format, { settings: { ...DEFAULT_SETTINGS }, locked: [], organizationName: '   ' }));
    expect(policy).not.toHaveProperty('breakAtMinute');
    expect(policy).not.toHaveProperty('dailySkipLimit');
    expect(policy).not.toHaveProperty('organizationName');
    expect(policy).not.toHaveProperty('locked');
    expect(effectiveSettings(parsePolicy(policy), {})).toEqual(DEFAULT_SETTINGS);
  });
});

describe('the id each file names Unknot by', () => {
  const idsIn = (ids: ExtensionIds) =>
    Object.fromEntries(POLICY_FORMATS.map((f) => [f, READERS[f](text(f, GUIDE, { ids, uuids: UUIDS })).id]));

  it('in Chrome, its own id for the Chrome files, the placeholder for Edge, the gecko id for Firefox', () => {
    expect(idsIn(extensionIds('chrome', OWN_CHROME_ID))).toEqual({
      'chrome-windows': OWN_CHROME_ID,
      'chrome-macos': OWN_CHROME_ID,
      'chrome-linux': OWN_CHROME_ID,
      'google-admin': undefined,
      'edge-windows': PLACEHOLDER,
      firefox: GECKO_ID,
    });
  });

  it('in Edge, its own id for the Edge file only', () => {
    const ids = idsIn(extensionIds('edge', OWN_CHROME_ID));
    expect(ids['edge-windows']).toBe(OWN_CHROME_ID);
    expect([ids['chrome-windows'], ids['chrome-macos'], ids['chrome-linux']]).toEqual([PLACEHOLDER, PLACEHOLDER, PLACEHOLDER]);
    expect(ids.firefox).toBe(GECKO_ID);
  });

  it('with the install entry of deploying.md for that id', () => {
    const target = { ids: extensionIds('chrome', OWN_CHROME_ID), uuids: UUIDS };
    const entry = { installation_mode: 'force_installed', update_url: 'https://clients2.google.com/service/update2/crx' };
    expect(READERS['chrome-linux'](text('chrome-linux', GUIDE, target)).install).toEqual({ [OWN_CHROME_ID]: entry });
    expect(READERS['chrome-macos'](text('chrome-macos', GUIDE, target)).install).toEqual({ [OWN_CHROME_ID]: entry });
    expect(READERS['chrome-windows'](text('chrome-windows', GUIDE, target)).install).toEqual({ '1': `${OWN_CHROME_ID};${entry.update_url}` });
    expect(READERS['edge-windows'](text('edge-windows', GUIDE, target)).install).toEqual({
      '1': `${PLACEHOLDER};https://edge.microsoft.com/extensionwebstorebase/v1/crx`,
    });
  });

  it('says to replace the placeholder where the file names it, and not where it names a real id', () => {
    const chrome = { ids: extensionIds('chrome', OWN_CHROME_ID), uuids: UUIDS };
    expect(text('chrome-windows', GUIDE, chrome)).not.toContain('Replace');
    expect(text('chrome-macos', GUIDE, chrome)).not.toContain('Replace');
    expect(text('edge-windows', GUIDE, chrome)).toContain(`; Replace ${PLACEHOLDER} with the id on the Edge Add-ons listing`);
    expect(text('chrome-windows')).toContain(`; Replace ${PLACEHOLDER} with the id on the Chrome Web Store listing`);
    expect(text('chrome-macos')).toContain(`Replace ${PLACEHOLDER} with the id on the Chrome Web Store listing`);
  });
});

describe('file names', () => {
  it('are one per format, and Firefox’s is the one name it reads', () => {
    const names = POLICY_FORMATS.map((f) => policyFile(f, GUIDE, FROM_FIREFOX).filename);
    expect(new Set(names).size).toBe(names.length);
    expect(policyFile('firefox', GUIDE, FROM_FIREFOX).filename).toBe('policies.json');
    expect(names.map((n) => n.split('.').pop())).toEqual(['reg', 'mobileconfig', 'json', 'json', 'reg', 'json']);
  });
});

describe('docs/deploying.md', () => {
  const guide = read('docs/deploying.md');
  it('shows the exporter first, then the files by hand', () => {
    const at = (heading: string) => guide.indexOf(`\n## ${heading}\n`);
    expect(at('The exporter: a policy from the options page')).toBeGreaterThan(0);
    expect(at('The exporter: a policy from the options page')).toBeLessThan(at('The files by hand'));
    expect(at('The files by hand')).toBeLessThan(at('Chrome on Windows'));
  });

  it('names every file the exporter writes', () => {
    for (const format of POLICY_FORMATS) expect(guide).toContain(`| \`${policyFile(format, GUIDE, FROM_FIREFOX).filename}\` |`);
  });
});
