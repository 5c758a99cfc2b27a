// Windows registry (.reg) text for Chrome and Edge: how each policy value is written so the browser reads it back.
import type { Json, PolicyObject } from './policy-values';

/** Regedit's own exports end lines with CRLF. */
export const CRLF = '\r\n';

const quoted = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** JSON text with every character outside ASCII as \uXXXX: the same JSON, and a .reg file that any Windows code page reads alike. */
const asciiJson = (value: Json) => JSON.stringify(value).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** REG_SZ as its UTF-16LE bytes with the closing NUL (`hex(1):`), so a name such as "Müller" survives any code page. */
const utf16Hex = (text: string) => {
  const units = `${text}\0`;
  const bytes: number[] = [];
  for (let i = 0; i < units.length; i++) bytes.push(units.charCodeAt(i) & 0xff, units.charCodeAt(i) >> 8);
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(',');
};

/**
 * One value line. Chrome converts registry values to the schema's type (registry_dict.cc): whole numbers and
 * true/false as REG_DWORD, text as REG_SZ, lists and objects as REG_SZ holding JSON text.
 */
export function registryValue(name: string, value: Json): string {
  const key = quoted(name);
  if (typeof value === 'boolean') return `${key}=dword:${value ? '00000001' : '00000000'}`;
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) throw new RangeError(`${name}: a registry DWORD holds whole numbers only`);
    return `${key}=dword:${(value >>> 0).toString(16).padStart(8, '0')}`;
  }
  if (typeof value === 'string') return /^[\x20-\x7e]*$/.test(value) ? `${key}=${quoted(value)}` : `${key}=hex(1):${utf16Hex(value)}`;
  return `${key}=${quoted(asciiJson(value))}`;
}

export interface RegistryFile {
  /** The browser's policy key under HKEY_LOCAL_MACHINE\SOFTWARE\Policies, e.g. "Google\\Chrome". */
  browserKey: string;
  extensionId: string;
  updateUrl: string;
  /** Comment lines at the top (without the "; "). */
  header: readonly string[];
  policy: PolicyObject;
}

/** A complete .reg file: ExtensionInstallForcelist installs the extension, 3rdparty\extensions\<id>\policy configures it. */
export function registryFile({ browserKey, extensionId, updateUrl, header, policy }: RegistryFile): string {
  const base = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${browserKey}`;
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    ...header.map((line) => `; ${line}`),
    '; If ExtensionInstallForcelist already has an entry "1", use the next free number.',
    '',
    `[${base}\\ExtensionInstallForcelist]`,
    registryValue('1', `${extensionId};${updateUrl}`),
    '',
    '; Numbers and on/off values are DWORDs (0x2d = 45, 1 = true); lists are JSON text.',
    `[${base}\\3rdparty\\extensions\\${extensionId}\\policy]`,
    ...Object.entries(policy).map(([name, value]) => registryValue(name, value)),
  ];
  return lines.join(CRLF) + CRLF;
}
