// Every test starts with a clean fake browser, English messages, a triggerable idle API and a fresh IndexedDB.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { configure } from '@testing-library/dom';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeHistory } from '../platform/history-db';
import { getMessage } from './support/messages';
import packageJson from '../package.json';

const PACKAGE_VERSION = packageJson.version;

// findBy… and waitFor wait for what a page shows, not for a time: on a busy 2-core machine a page that loads
// its IndexedDB data can take more than the library's default second, so they wait up to 10 s.
configure({ asyncUtilTimeout: 10_000 });

type Listener = (...args: unknown[]) => unknown;

/** An extension event that tests can fire, like the fake browser's own. */
export function triggerableEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: (l: Listener) => void listeners.splice(listeners.indexOf(l), 1),
    hasListener: (l: Listener) => listeners.includes(l),
    trigger: (...args: unknown[]) => Promise.all(listeners.map((l) => l(...args))),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  // The fake browser leaves i18n, commands, idle and the manifest unimplemented.
  Object.assign(fakeBrowser.i18n, { getMessage: vi.fn(getMessage), getUILanguage: () => 'en' });
  Object.assign(fakeBrowser.commands, {
    onCommand: triggerableEvent(),
    getAll: vi.fn(async () => [{ name: 'take-break', description: 'Take a break now', shortcut: 'Alt+Shift+B' }]),
  });
  // The version from package.json, as the built manifest has it.
  Object.assign(fakeBrowser.runtime, { getManifest: () => ({ manifest_version: 3, name: 'Unknot', version: PACKAGE_VERSION }) });
  Object.assign(fakeBrowser.idle, {
    setDetectionInterval: vi.fn(),
    queryState: vi.fn(async () => 'active'),
    onStateChanged: triggerableEvent(),
  });
});

afterEach(async () => {
  await closeHistory();
});
