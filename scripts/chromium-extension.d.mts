// Types for chromium-extension.mjs, so the TypeScript e2e support can launch Chromium with the same flags.
import type { BrowserContext, Page } from 'playwright-core';

export declare const ROOT: string;
export declare const CHROME_BUILD: string;
export declare function buildChrome(): void;
export declare function chromiumArgs(dir: string): string[];
export declare function launchWithExtension(options: {
  dir?: string;
  profile: string;
  home: string;
  language?: string;
}): Promise<{ context: BrowserContext; base: string }>;
export declare function importHistory(page: Page, file: string, options?: { timeout?: number; label?: string }): Promise<void>;
