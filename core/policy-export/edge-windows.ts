// Microsoft Edge on Windows: one .reg file that installs Unknot from Edge Add-ons and sets its policy.
import { EDGE_ADD_ONS_UPDATE_URL, type ExtensionIds } from './extension-ids';
import type { PolicyObject } from './policy-values';
import { registryFile } from './registry';

export function edgeWindowsReg(policy: PolicyObject, ids: ExtensionIds): string {
  const { id, placeholder } = ids.edge;
  return registryFile({
    browserKey: 'Microsoft\\Edge',
    extensionId: id,
    updateUrl: EDGE_ADD_ONS_UPDATE_URL,
    header: [
      'Unknot for Microsoft Edge: install it from Microsoft Edge Add-ons and set its policy.',
      ...(placeholder ? [`Replace ${id} with the id on the Edge Add-ons listing (it appears twice below).`] : []),
    ],
    policy,
  });
}
