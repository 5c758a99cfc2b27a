// Firefox: policies.json with both parts, ExtensionSettings to install Unknot from addons.mozilla.org and
// 3rdparty.Extensions with its policy.
import { AMO_INSTALL_URL, type ExtensionIds } from './extension-ids';
import { jsonText } from './json-text';
import type { PolicyObject } from './policy-values';

export function firefoxPoliciesJson(policy: PolicyObject, ids: ExtensionIds): string {
  const { id } = ids.firefox;
  return jsonText({
    policies: {
      ExtensionSettings: { [id]: { installation_mode: 'force_installed', install_url: AMO_INSTALL_URL } },
      '3rdparty': { Extensions: { [id]: policy } },
    },
  });
}
