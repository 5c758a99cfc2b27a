// WXT build configuration: one source, a Manifest V3 build for Chrome and for Firefox.
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import type { ChunkingContext } from 'rolldown';
import { defineConfig } from 'wxt';

export const GECKO_ID = 'unknot@unknot.app';

/**
 * Every module the popup imports statically (its first view), found from its entry in the build's
 * module graph: one chunk for them all. Left to the automatic splitting, the modules the popup
 * shares with the other pages fell into seven chunks, and their glue cost 2.4 KB gzipped of its 25 KB
 * budget. The other pages load this chunk too, for what they share with the popup.
 */
const POPUP_ENTRY = resolve(import.meta.dirname, 'entrypoints/popup/main.tsx');
const firstViews = new WeakMap<ChunkingContext, Set<string>>();
function popupFirstView(id: string, ctx: ChunkingContext): string | null {
  let modules = firstViews.get(ctx);
  if (!modules) {
    const found = new Set<string>();
    const visit = (m: string) => {
      if (found.has(m)) return;
      found.add(m);
      for (const dep of ctx.getModuleInfo(m)?.importedIds ?? []) visit(dep);
    };
    // A build without the popup (the background's) finds nothing here but the entry's own name.
    visit(POPUP_ENTRY);
    modules = found;
    firstViews.set(ctx, modules);
  }
  // The entry itself stays out: the other pages load this chunk, and must not mount the popup.
  return modules.has(id) && id !== POPUP_ENTRY ? 'popup-view' : null;
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_ext_name__',
    short_name: 'Unknot',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // Least privilege: each permission backs one feature, and there are no host permissions.
    // Chrome plays the optional chime from an offscreen document; Firefox from its background page.
    permissions: ['alarms', 'notifications', 'storage', 'idle', ...(browser === 'firefox' ? [] : ['offscreen'])],
    action: { default_title: '__MSG_ext_name__' },
    commands: {
      'take-break': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_command_take_break__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140 is the first ESR that reads data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          minimum_chrome_version: '116',
          // Only Chrome reads a schema for managed storage; Firefox takes policy from policies.json.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
  hooks: {
    // Firefox has no use for the Chrome policy schema: keep it out of the Firefox package.
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser === 'firefox') {
        const keep = files.filter((f) => !('relativeDest' in f && f.relativeDest === 'managed_schema.json'));
        files.splice(0, files.length, ...keep);
      }
    },
  },
  vite: () => ({
    plugins: [preact()],
    build: {
      // The popup paints first from its HTML: no preloading competes with its stylesheet. Each page
      // loads only its own CSS: the popup's JS+CSS went from 27.2 KB to 24.6 KB gzipped (measured by
      // the popup helper) when the options page's rules left its stylesheet.
      modulePreload: false,
      cssCodeSplit: true,
      rolldownOptions: { output: { codeSplitting: { groups: [{ name: popupFirstView }] } } },
    },
  }),
});
