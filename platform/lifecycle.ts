// The extension's life events: installed or updated, and the browser starting.
import { browser } from '#imports';

export function onInstalledOrUpdated(listener: (firstInstall: boolean) => void): void {
  browser.runtime.onInstalled.addListener(({ reason }) => listener(reason === 'install'));
}

export function onBrowserStart(listener: () => void): void {
  browser.runtime.onStartup.addListener(listener);
}
