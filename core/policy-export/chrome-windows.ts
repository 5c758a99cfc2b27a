// Chrome on Windows: one .reg file that installs Unknot from the Chrome Web Store and sets its policy.
import { CHROME_WEB_STORE_UPDATE_URL, type ExtensionIds } from './extension-ids';
import type { PolicyObject } from './policy-values';
import { registryFile } from './registry';

export function chromeWindowsReg(policy: PolicyObject, ids: ExtensionIds): string {
  const { id, placeholder } = ids.chrome;
  return registryFile({
    browserKey: 'Google\\Chrome',
    extensionId: id,
    updateUrl: CHROME_WEB_STORE_UPDATE_URL,
    header: [
      'Unknot for Google Chrome: install it from the Chrome Web Store and set its policy.',
      ...(placeholder ? [`Replace ${id} with the id on the Chrome Web Store listing (it appears twice below).`] : []),
    ],
    policy,
  });
}
