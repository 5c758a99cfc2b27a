// The layers, top to bottom: entrypoints → pages → components → platform → core. An import only points down,
// and only platform/ (or an entrypoint's own wiring) reaches the browser, IndexedDB or WXT's runtime helpers.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'core/ is the pure model: no other layer, no browser API, no IndexedDB, no UI.',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: ['^(platform|components|pages|entrypoints)/', '(^|/)node_modules/(wxt|webextension-polyfill|idb|preact)/'] },
    },
    {
      name: 'core-no-browser-modules',
      severity: 'error',
      from: { path: '^core/' },
      to: { dependencyTypes: ['core', 'npm', 'npm-dev', 'unknown', 'undetermined'], pathNot: '(^|/)node_modules/date-fns/' },
    },
    {
      name: 'platform-below-ui',
      comment: 'platform/ adapts browser APIs for the layers above; it never imports them, nor Preact.',
      severity: 'error',
      from: { path: '^platform/' },
      to: { path: ['^(components|pages|entrypoints)/', '(^|/)node_modules/preact/'] },
    },
    {
      name: 'components-below-pages',
      comment: 'components/ get data and callbacks from pages; they never import a page or call the browser.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: ['^(pages|entrypoints)/', '(^|/)node_modules/(wxt|webextension-polyfill|idb)/'] },
    },
    {
      name: 'pages-below-entrypoints',
      severity: 'error',
      from: { path: '^pages/' },
      to: { path: ['^entrypoints/', '(^|/)node_modules/(wxt|webextension-polyfill|idb)/'] },
    },
    {
      name: 'wxt-runtime-only-in-platform',
      comment: "WXT's #imports (browser, storage, defineBackground) is for platform/ and the entrypoints alone.",
      severity: 'error',
      from: { path: '^(core|components|pages)/' },
      to: { path: '^#imports$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
