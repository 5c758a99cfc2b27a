// Unit, integration and component tests: WXT's fake browser stands in for the extension APIs.
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/property/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // A test waits for what a page shows (findBy… up to 10 s, tests/setup.ts), not for a time: on a busy 2-core machine
    // a page that loads IndexedDB data takes longer than Vitest's default 5 s for the whole test.
    testTimeout: 30_000,
  },
});
