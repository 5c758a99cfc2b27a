// The built manifests ask for exactly the permissions the features use, and nothing that widens them.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

const manifest = async (dir: string) => JSON.parse(await readFile(`.output/${dir}/manifest.json`, 'utf8'));

// Chrome alone needs `offscreen`: its worker has no audio for the optional chime.
describe.each([
  ['chrome-mv3', ['alarms', 'idle', 'notifications', 'offscreen', 'storage']],
  ['firefox-mv3', ['alarms', 'idle', 'notifications', 'storage']],
])('%s manifest', (dir, permissions) => {
  it('is Manifest V3 named Unknot, with exactly the permissions it uses', async () => {
    const m = await manifest(dir);
    expect(m.manifest_version).toBe(3);
    expect(m.name).toBe('__MSG_ext_name__');
    expect([...m.permissions].sort()).toEqual(permissions);
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
    expect(m.commands['take-break'].suggested_key.default).toBe('Alt+Shift+B');
    for (const path of [m.action.default_popup, m.options_ui.page, 'welcome.html', 'break.html', ...Object.values(m.icons as Record<string, string>)]) {
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
    expect(m.storage).toBeUndefined();
    await expect(readFile('.output/firefox-mv3/offscreen.html')).rejects.toThrow();
    await expect(readFile('.output/firefox-mv3/managed_schema.json')).rejects.toThrow();
  });

  it('Chrome uses a service worker and carries no Firefox keys', async () => {
    const m = await manifest('chrome-mv3');
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.storage).toEqual({ managed_schema: 'managed_schema.json' });
    await expect(readFile('.output/chrome-mv3/offscreen.html')).resolves.toBeTruthy();
  });
});
