// The administrator's guide cannot drift: every example file carries the same valid Unknot policy, in its format.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { effectiveSettings, parsePolicy } from '../../core/policy';
import { organizationRoutines, packOf } from '../../core/policy-routines';
import { ROUTINE_IDS } from '../../core/routines';
import { BREAK_STYLES, SETTING_NAMES } from '../../core/settings';
import { ILLUSTRATION_IDS } from '../../core/illustrations';
import { DAY_NAMES, hoursOn } from '../../core/work-time';
import { GUIDE_LOCKED, GUIDE_ORGANIZATION, GUIDE_SETTINGS } from '../support/guide-policy';
import { asObject, expectSchemaValid, fromRegistry, parsePlist, parseReg, schema, type Json } from '../support/policy-files';

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const read = (path: string) => readFileSync(root(path), 'utf8');
const readJson = (path: string) => JSON.parse(read(path)) as unknown;

const EXAMPLES = 'docs/examples';
const ID = 'EXTENSION_ID';
const CHROME_WEB_STORE = 'https://clients2.google.com/service/update2/crx';
const EDGE_ADD_ONS = 'https://edge.microsoft.com/extensionwebstorebase/v1/crx';
const GECKO_ID = /GECKO_ID = '([^']+)'/.exec(read('wxt.config.ts'))?.[1];

/** The one policy every example sets (the -with-error file differs on purpose). */
const POLICY = {
  ...GUIDE_SETTINGS,
  organizationName: GUIDE_ORGANIZATION,
  locked: [...GUIDE_LOCKED],
};
/** The settings in POLICY, as parsed: all but organizationName and locked. */
const POLICY_VALUES = GUIDE_SETTINGS;
/** The -with-error files: the changed policy has breaks at :50 of every hour, and two invalid values. */
const CHANGED = { intervalMinutes: 30, breakAtMinute: 50, dailyGoal: 50, maxWaitMinutes: 90 };
const CHANGED_PROBLEMS = [
  { name: 'dailyGoal', reason: 'out-of-range', detail: '1–12' },
  { name: 'maxWaitMinutes', reason: 'out-of-range', detail: '5–60' },
];
/** Locking the interval locks breakAtMinute too: the cadence is one choice. */
const LOCKED = ['intervalMinutes', 'workDays', 'breakAtMinute'];

function expectValidPolicy(policy: unknown) {
  for (const name of Object.keys(asObject(policy))) expect(schema.properties, `"${name}" is in the schema`).toHaveProperty(name);
  const parsed = parsePolicy(policy);
  expect(parsed.problems).toEqual([]);
  expect(parsed.values).toEqual(POLICY_VALUES);
  expect(parsed.organizationName).toBe('Example Corp');
  expect([...parsed.locked]).toEqual(LOCKED);
}

// ---- One case per example file.

const linuxPolicy = () => asObject(asObject(asObject(readJson(`${EXAMPLES}/chrome-linux-settings.json`))['3rdparty'])['extensions'])[ID];

function expectRegFile(file: string, browserKey: string, updateUrl: string) {
  const keys = parseReg(read(`${EXAMPLES}/${file}`));
  const base = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${browserKey}`;
  expect([...keys.keys()]).toEqual([`${base}\\ExtensionInstallForcelist`, `${base}\\3rdparty\\extensions\\${ID}\\policy`]);
  expect(keys.get(`${base}\\ExtensionInstallForcelist`)).toEqual({ '1': `${ID};${updateUrl}` });
  const policy = fromRegistry(keys.get(`${base}\\3rdparty\\extensions\\${ID}\\policy`)!);
  expect(policy).toEqual(linuxPolicy());
  expectValidPolicy(policy);
}

const chromeRangesPolicy = () => asObject(asObject(asObject(readJson(`${EXAMPLES}/chrome-linux-settings-ranges.json`))['3rdparty'])['extensions'])[ID];

/** The ranges example: bounds instead of locks, and what staff then get for values inside and outside them. */
function expectRangesExample(policy: unknown) {
  // Chrome would pass every value on: each fits the schema's types.
  expectSchemaValid(policy);
  const parsed = parsePolicy(policy);
  expect(parsed.problems).toEqual([]);
  expect(parsed.ranges).toEqual({ intervalMinutes: { min: 45, max: 90 }, dailyGoal: { min: 2 }, maxWaitMinutes: { max: 20 } });
  // Presets inside the bounds apply as they are; the default 30-minute wait is above its bound of 20.
  expect(effectiveSettings(parsed, {})).toMatchObject({ intervalMinutes: 60, dailyGoal: 5, maxWaitMinutes: 20 });
  // A person's own choice within the bounds wins; outside them it is used clipped.
  expect(effectiveSettings(parsed, { intervalMinutes: 75, dailyGoal: 1, maxWaitMinutes: 60 })).toMatchObject({ intervalMinutes: 75, dailyGoal: 2, maxWaitMinutes: 20 });
  expect(effectiveSettings(parsed, { intervalMinutes: 120 })).toMatchObject({ intervalMinutes: 90 });
  expect([...parsed.locked]).toEqual([]);
}

const chromePackPolicy = () => asObject(asObject(asObject(readJson(`${EXAMPLES}/chrome-linux-routine-pack.json`))['3rdparty'])['extensions'])[ID];

/** The routine pack example: two routines, in English, German and (one of them) Brazilian Portuguese, with bounds. */
function expectRoutinePackExample(policy: unknown) {
  // Chrome would pass every value on: each fits the schema's types.
  expectSchemaValid(policy);
  const parsed = parsePolicy(policy);
  expect(parsed.problems).toEqual([]);
  expect(parsed.organizationName).toBe('Example Corp');
  expect(parsed.ranges).toEqual({ intervalMinutes: { min: 45, max: 90 }, dailyGoal: { min: 2 } });
  const pack = packOf(parsed.customRoutines);
  expect(pack.problems).toEqual([]);
  const names = (locale: string) => organizationRoutines(pack.routines, locale).map((r) => r.name);
  expect(names('de')).toEqual(['Schreibtisch-Pause', 'Schulter-Ball-Lockerung']);
  // Without Portuguese, the second falls back to English; Japanese is not given at all.
  expect(names('pt-BR')).toEqual(['Pausa na mesa', 'Shoulder ball release']);
  expect(names('ja')).toEqual(['Desk reset', 'Shoulder ball release']);
  const [desk, ball] = organizationRoutines(pack.routines, 'en');
  expect(desk).toMatchObject({ id: 'acme-desk-reset', source: 'organization', massage: false });
  expect(desk!.steps.map((s) => [s.seconds, s.illustration, s.side])).toEqual([
    [15, 'sit-tall', undefined],
    [20, 'shoulder-rolls', undefined],
    [20, 'ear-to-shoulder', 'left'],
    [20, 'ear-to-shoulder', 'right'],
  ]);
  // A pressure step: the intensity check, the gate at 7 and the stop signs.
  expect(ball).toMatchObject({ id: 'acme-shoulder-ball', source: 'organization', massage: true });
}

const CASES: Record<string, () => void> = {
  'chrome-linux-install.json': () => {
    expect(readJson(`${EXAMPLES}/chrome-linux-install.json`)).toEqual({
      ExtensionSettings: { [ID]: { installation_mode: 'force_installed', update_url: CHROME_WEB_STORE } },
    });
  },
  'chrome-linux-settings.json': () => {
    const file = asObject(readJson(`${EXAMPLES}/chrome-linux-settings.json`));
    // Only the extension's policy: installing is the other file's job, and Chrome merges the folder.
    expect(Object.keys(file)).toEqual(['3rdparty']);
    expect(Object.keys(asObject(file['3rdparty']))).toEqual(['extensions']);
    expect(Object.keys(asObject(asObject(file['3rdparty'])['extensions']))).toEqual([ID]);
    expect(linuxPolicy()).toEqual(POLICY);
    expectValidPolicy(linuxPolicy());
  },
  'chrome-linux-settings-per-day.json': () => {
    const policy = asObject(asObject(asObject(readJson(`${EXAMPLES}/chrome-linux-settings-per-day.json`))['3rdparty'])['extensions'])[ID];
    for (const name of Object.keys(asObject(policy))) expect(schema.properties).toHaveProperty(name);
    const parsed = parsePolicy(policy);
    expect(parsed.problems).toEqual([]);
    // A late Tuesday and a short Friday; the other days keep the lunch gap. Locking workHours locks the per-day hours too.
    const hours = effectiveSettings(parsed, { workHours: [{ start: '07:00', end: '15:00' }], workHoursByDay: {} });
    expect(DAY_NAMES.map((day) => [day, hoursOn(hours, day)])).toEqual([
      ['sun', POLICY.workHours],
      ['mon', POLICY.workHours],
      ['tue', [{ start: '11:00', end: '19:30' }]],
      ['wed', POLICY.workHours],
      ['thu', POLICY.workHours],
      ['fri', [{ start: '08:30', end: '13:00' }]],
      ['sat', POLICY.workHours],
    ]);
    expect([...parsed.locked].sort()).toEqual(['workHours', 'workHoursByDay']);
  },
  'chrome-linux-settings-voice.json': () => {
    const policy = asObject(asObject(asObject(readJson(`${EXAMPLES}/chrome-linux-settings-voice.json`))['3rdparty'])['extensions'])[ID];
    for (const name of Object.keys(asObject(policy))) expect(schema.properties).toHaveProperty(name);
    const parsed = parsePolicy(policy);
    expect(parsed.problems).toEqual([]);
    // Voice on for everyone as a starting value, the browser's voice, a locked rate a little slower than normal.
    const staff = effectiveSettings(parsed, { voiceGuidance: false, voiceRate: 150 });
    expect([staff.voiceGuidance, staff.voiceName, staff.voiceRate]).toEqual([false, '', 90]);
    expect(effectiveSettings(parsed, {})).toMatchObject({ voiceGuidance: true, voiceName: '', voiceRate: 90 });
    expect([...parsed.locked]).toEqual(['voiceRate']);
  },
  'chrome-linux-settings-with-error.json': () => {
    const file = asObject(readJson(`${EXAMPLES}/chrome-linux-settings-with-error.json`));
    const policy = asObject(asObject(file['3rdparty'])['extensions'])[ID];
    expect(policy).toEqual({ ...POLICY, ...CHANGED });
    for (const name of Object.keys(asObject(policy))) expect(schema.properties).toHaveProperty(name);
    const parsed = parsePolicy(policy);
    expect(parsed.problems).toEqual(CHANGED_PROBLEMS);
    // Each invalid value is ignored alone: the rest, the changed interval and minute too, still applies.
    const { dailyGoal: _goal, maxWaitMinutes: _wait, ...kept } = POLICY_VALUES;
    expect(parsed.values).toEqual({ ...kept, intervalMinutes: 30, breakAtMinute: 50 });
    expect(parsed.organizationName).toBe('Example Corp');
    expect([...parsed.locked]).toEqual(LOCKED);
  },
  'chrome-linux-settings-ranges.json': () => expectRangesExample(chromeRangesPolicy()),
  'firefox-policies-ranges.json': () => {
    const policies = asObject(asObject(readJson(`${EXAMPLES}/firefox-policies-ranges.json`))['policies']);
    expect(policies['ExtensionSettings']).toEqual(asObject(asObject(readJson(`${EXAMPLES}/firefox-policies.json`))['policies'])['ExtensionSettings']);
    const policy = asObject(asObject(policies['3rdparty'])['Extensions'])[GECKO_ID!];
    // The same policy as Chrome's file, in Firefox's place.
    expect(policy).toEqual(chromeRangesPolicy());
    expectRangesExample(policy);
  },
  'chrome-linux-routine-pack.json': () => expectRoutinePackExample(chromePackPolicy()),
  'firefox-policies-routine-pack.json': () => {
    const policies = asObject(asObject(readJson(`${EXAMPLES}/firefox-policies-routine-pack.json`))['policies']);
    expect(policies['ExtensionSettings']).toEqual(asObject(asObject(readJson(`${EXAMPLES}/firefox-policies.json`))['policies'])['ExtensionSettings']);
    const policy = asObject(asObject(policies['3rdparty'])['Extensions'])[GECKO_ID!];
    expect(policy).toEqual(chromePackPolicy());
    expectRoutinePackExample(policy);
  },
  'windows-chrome.reg': () => expectRegFile('windows-chrome.reg', 'Google\\Chrome', CHROME_WEB_STORE),
  'windows-edge.reg': () => expectRegFile('windows-edge.reg', 'Microsoft\\Edge', EDGE_ADD_ONS),
  'macos-chrome.mobileconfig': () => {
    const profile = asObject(parsePlist(read(`${EXAMPLES}/macos-chrome.mobileconfig`)));
    expect(profile['PayloadType']).toBe('Configuration');
    const payloads = profile['PayloadContent'] as Record<string, Json>[];
    const chrome = payloads.find((p) => p['PayloadType'] === 'com.google.Chrome');
    expect(chrome?.['ExtensionSettings']).toEqual({ [ID]: { installation_mode: 'force_installed', update_url: CHROME_WEB_STORE } });
    const extension = payloads.find((p) => p['PayloadType'] === `com.google.Chrome.extensions.${ID}`);
    expect(extension).toBeDefined();
    const policy = Object.fromEntries(Object.entries(extension!).filter(([key]) => !key.startsWith('Payload')));
    expect(policy).toEqual(linuxPolicy());
    expectValidPolicy(policy);
    const uuids = [profile, ...payloads].map((p) => p['PayloadUUID']);
    expect(new Set(uuids).size).toBe(uuids.length);
    for (const uuid of uuids) expect(uuid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  },
  'google-admin-policy.json': () => {
    const file = asObject(readJson(`${EXAMPLES}/google-admin-policy.json`));
    for (const entry of Object.values(file)) expect(Object.keys(asObject(entry))).toEqual(['Value']);
    const policy = Object.fromEntries(Object.entries(file).map(([name, entry]) => [name, asObject(entry)['Value']]));
    expect(policy).toEqual(linuxPolicy());
    expectValidPolicy(policy);
  },
  'firefox-policies-with-error.json': () => {
    const policies = asObject(asObject(readJson(`${EXAMPLES}/firefox-policies-with-error.json`))['policies']);
    const policy = asObject(asObject(policies['3rdparty'])['Extensions'])[GECKO_ID!];
    expect(policy).toEqual({ ...asObject(linuxPolicy()), ...CHANGED });
    expect(parsePolicy(policy).problems).toEqual(CHANGED_PROBLEMS);
    expect(parsePolicy(policy).values).toMatchObject({ intervalMinutes: 30, breakAtMinute: 50 });
  },
  'firefox-policies.json': () => {
    expect(GECKO_ID).toBe('unknot@unknot.app');
    const policies = asObject(asObject(readJson(`${EXAMPLES}/firefox-policies.json`))['policies']);
    expect(Object.keys(policies)).toEqual(['ExtensionSettings', '3rdparty']);
    expect(policies['ExtensionSettings']).toEqual({
      [GECKO_ID!]: {
        installation_mode: 'force_installed',
        install_url: 'https://addons.mozilla.org/firefox/downloads/latest/unknot/latest.xpi',
      },
    });
    const extensions = asObject(asObject(policies['3rdparty'])['Extensions']);
    expect(Object.keys(extensions)).toEqual([GECKO_ID]);
    expect(extensions[GECKO_ID!]).toEqual(linuxPolicy());
    expectValidPolicy(extensions[GECKO_ID!]);
  },
};

describe('docs/examples: every deployment example carries the same valid policy', () => {
  it('every example file has a case here, and every case a file', () => {
    expect(readdirSync(root(EXAMPLES)).sort()).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.keys(CASES))('%s', (file) => CASES[file]!());
});

describe('the documentation covers the schema', () => {
  it('the schema declares exactly the settings, organizationName and locked, with the code’s choices', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...SETTING_NAMES, 'organizationName', 'locked', 'ranges', 'customRoutines'].sort());
    expect(schema.properties['workDays']!.items!.enum!.sort()).toEqual([...DAY_NAMES].sort());
    // Any id: the pack's (customRoutines) too. An enum would make Chrome withhold the whole list for one of them.
    expect(schema.properties['enabledRoutines']!.items).toEqual({ type: 'string' });
    for (const id of ROUTINE_IDS) expect(schema.properties['enabledRoutines']!.description).toContain(id);
    expect(schema.properties['locked']!.items!.enum).toEqual(SETTING_NAMES);
    expect(schema.properties['breakStyle']!.enum).toEqual([...BREAK_STYLES]);
  });

  it('every key in the schema appears in an example', () => {
    const examples = readdirSync(root(EXAMPLES)).map((file) => read(`${EXAMPLES}/${file}`));
    for (const name of Object.keys(schema.properties)) {
      expect(examples.some((text) => text.includes(`${name}"`) || text.includes(`<key>${name}</key>`)), name).toBe(true);
    }
  });

  it('docs/policy.md has a table row for every schema property', () => {
    const rows = new Set([...read('docs/policy.md').matchAll(/^\|\s*`(\w+)`\s*\|/gm)].map((m) => m[1]));
    for (const name of Object.keys(schema.properties)) expect(rows, `policy.md documents ${name}`).toContain(name);
  });

  it('docs/policy.md names exactly the figures a routine pack’s step may have', () => {
    const row = /^\| step `illustration` \|(.*)$/m.exec(read('docs/policy.md'))?.[1] ?? '';
    expect([...row.matchAll(/`"([\w-]+)"`/g)].map((m) => m[1])).toEqual([...ILLUSTRATION_IDS]);
  });

  it('docs/deploying.md links every example file', () => {
    const guide = read('docs/deploying.md');
    for (const file of readdirSync(root(EXAMPLES))) expect(guide, `deploying.md links ${file}`).toContain(`](examples/${file})`);
  });

  it('an example shown inline in deploying.md is its file, copied exactly', () => {
    const shown = [...read('docs/deploying.md').matchAll(/<!-- example: ([\w.-]+) -->\n```\w*\n([\s\S]*?)\n```/g)];
    expect(shown.length).toBeGreaterThan(0);
    for (const [, file, text] of shown) {
      expect(text, `the copy of ${file}`).toBe(read(`${EXAMPLES}/${file}`).replace(/\r\n/g, '\n').trimEnd());
    }
  });
});
