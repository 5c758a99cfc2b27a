// The built manifests ask for exactly the permissions the features use, and nothing that widens them.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const manifest = async (dir: string) => JSON.parse(await readFile(`.output/${dir}/manifest.json`, 'utf8'));

describe.each(['chrome-mv3', 'firefox-mv3'])('%s manifest', (dir) => {
  it('is Manifest V3 named Unknot, with exactly the permissions it uses', async () => {
    const m = await manifest(dir);
    expect(m.manifest_version).toBe(3);
    expect(m.name).toBe('__MSG_ext_name__');
    expect([...m.permissions].sort()).toEqual(['alarms', 'idle', 'notifications', 'storage']);
    expect(m.optional_permissions).toBeUndefined();
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toBeUndefined();
    expect(m.content_scripts).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    // The default extension CSP: no remote code, no eval.
    expect(m.content_security_policy).toBeUndefined();
  });

  it('has every page it names', async () => {
    const m = await manifest(dir);
    for (const path of [m.action.default_popup, ...Object.values(m.icons as Record<string, string>)]) {
      await expect(readFile(`.output/${dir}/${path}`)).resolves.toBeTruthy();
    }
  });
});

describe('Firefox specifics', () => {
  it('has a fixed add-on id, a minimum version and declares that no data is collected', async () => {
    const m = await manifest('firefox-mv3');
    expect(m.browser_specific_settings.gecko).toEqual({
      id: 'unknot@unknot.app',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(m.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
    expect(m.background).toEqual({ scripts: ['background.js'] });
  });

  it('Chrome uses a service worker and carries no Firefox keys', async () => {
    const m = await manifest('chrome-mv3');
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.browser_specific_settings).toBeUndefined();
  });
});
