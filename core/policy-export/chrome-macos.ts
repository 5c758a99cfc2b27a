// Chrome on macOS: a configuration profile with two payloads, ExtensionSettings to install Unknot and its policy
// in Chrome's extension domain, com.google.Chrome.extensions.<id> (macOS has no 3rdparty key).
import { CHROME_WEB_STORE_UPDATE_URL, type ExtensionIds } from './extension-ids';
import { PLIST_HEADER, plistEntries } from './plist';
import type { Json, PolicyObject } from './policy-values';

/** Three distinct UUIDs, upper-case as profiles write them: the profile's and its two payloads'. */
export type ProfileUuids = readonly [string, string, string];

const IDENTIFIER = 'app.unknot.policy';

export function chromeMacosProfile(policy: PolicyObject, ids: ExtensionIds, uuids: ProfileUuids): string {
  const { id, placeholder } = ids.chrome;
  const [profileUuid, installUuid, policyUuid] = uuids.map((u) => u.toUpperCase());
  const payload = (type: string, identifier: string, uuid: string, name: string, rest: [string, Json][]): Json => ({
    PayloadType: type,
    PayloadVersion: 1,
    PayloadIdentifier: `${IDENTIFIER}.${identifier}`,
    PayloadUUID: uuid!,
    PayloadEnabled: true,
    PayloadDisplayName: name,
    ...Object.fromEntries(rest),
  });
  const organization = typeof policy['organizationName'] === 'string' ? policy['organizationName'] : undefined;
  const profile: [string, Json][] = [
    [
      'PayloadContent',
      [
        payload('com.google.Chrome', 'chrome-install', installUuid!, 'Google Chrome: install Unknot', [
          ['ExtensionSettings', { [id]: { installation_mode: 'force_installed', update_url: CHROME_WEB_STORE_UPDATE_URL } }],
        ]),
        payload(`com.google.Chrome.extensions.${id}`, 'chrome-policy', policyUuid!, 'Unknot settings', Object.entries(policy)),
      ],
    ],
    ['PayloadDisplayName', 'Unknot for Google Chrome'],
    ['PayloadDescription', 'Installs the Unknot extension in Google Chrome and sets its break schedule.'],
    ['PayloadIdentifier', IDENTIFIER],
    ...(organization ? [['PayloadOrganization', organization] as [string, Json]] : []),
    ['PayloadScope', 'System'],
    ['PayloadType', 'Configuration'],
    ['PayloadUUID', profileUuid!],
    ['PayloadVersion', 1],
  ];
  return [
    ...PLIST_HEADER,
    '<!--',
    '  Unknot for Google Chrome on macOS: install it from the Chrome Web Store and set its policy.',
    ...(placeholder ? [`  Replace ${id} with the id on the Chrome Web Store listing (it appears twice below).`] : []),
    '-->',
    '<plist version="1.0">',
    '<dict>',
    ...plistEntries(profile, 2),
    '</dict>',
    '</plist>',
    '',
  ].join('\n');
}
