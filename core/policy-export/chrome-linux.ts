// Chrome and Chromium on Linux: one JSON file for the managed policy folder (/etc/opt/chrome/policies/managed/,
// Chromium's /etc/chromium/policies/managed/) with both parts: ExtensionSettings installs, 3rdparty configures.
import { CHROME_WEB_STORE_UPDATE_URL, type ExtensionIds } from './extension-ids';
import { jsonText } from './json-text';
import type { PolicyObject } from './policy-values';

export function chromeLinuxJson(policy: PolicyObject, ids: ExtensionIds): string {
  const { id } = ids.chrome;
  return jsonText({
    ExtensionSettings: { [id]: { installation_mode: 'force_installed', update_url: CHROME_WEB_STORE_UPDATE_URL } },
    '3rdparty': { extensions: { [id]: policy } },
  });
}
