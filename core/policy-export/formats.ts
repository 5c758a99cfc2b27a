// The policy files the exporter offers: one per browser and platform, each from its own generator.
import { chromeLinuxJson } from './chrome-linux';
import { chromeMacosProfile, type ProfileUuids } from './chrome-macos';
import { chromeWindowsReg } from './chrome-windows';
import { edgeWindowsReg } from './edge-windows';
import type { BrowserFamily, ExtensionIds } from './extension-ids';
import { firefoxPoliciesJson } from './firefox';
import { googleAdminJson } from './google-admin';
import { policyObject, type PolicyChoice } from './policy-values';

export const POLICY_FORMATS = ['chrome-windows', 'chrome-macos', 'chrome-linux', 'google-admin', 'edge-windows', 'firefox'] as const;
export type PolicyFormat = (typeof POLICY_FORMATS)[number];

/** Where a file comes from: the ids it names Unknot by, and fresh UUIDs for a macOS profile. */
export interface ExportTarget {
  ids: ExtensionIds;
  uuids: ProfileUuids;
}

export interface PolicyFile {
  filename: string;
  type: string;
  text: string;
}

interface FormatInfo {
  filename: string;
  type: string;
  /** The browser whose id the file names; undefined: it names none (the Admin console asks for the id itself). */
  family?: BrowserFamily;
  generate: (policy: ReturnType<typeof policyObject>, target: ExportTarget) => string;
}

export const FORMAT_INFO: Readonly<Record<PolicyFormat, FormatInfo>> = {
  'chrome-windows': { filename: 'unknot-chrome-windows.reg', type: 'text/plain', family: 'chrome', generate: (p, t) => chromeWindowsReg(p, t.ids) },
  'chrome-macos': {
    filename: 'unknot-chrome-macos.mobileconfig',
    type: 'application/x-apple-aspen-config',
    family: 'chrome',
    generate: (p, t) => chromeMacosProfile(p, t.ids, t.uuids),
  },
  'chrome-linux': { filename: 'unknot-chrome-linux.json', type: 'application/json', family: 'chrome', generate: (p, t) => chromeLinuxJson(p, t.ids) },
  'google-admin': { filename: 'unknot-google-admin.json', type: 'application/json', generate: (p) => googleAdminJson(p) },
  'edge-windows': { filename: 'unknot-edge-windows.reg', type: 'text/plain', family: 'edge', generate: (p, t) => edgeWindowsReg(p, t.ids) },
  // Firefox reads this one name only.
  firefox: { filename: 'policies.json', type: 'application/json', family: 'firefox', generate: (p, t) => firefoxPoliciesJson(p, t.ids) },
};

export function policyFile(format: PolicyFormat, choice: PolicyChoice, target: ExportTarget): PolicyFile {
  const { filename, type, generate } = FORMAT_INFO[format];
  return { filename, type, text: generate(policyObject(choice), target) };
}
