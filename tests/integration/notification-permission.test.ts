// notificationsBlocked: Chrome's permission level, and no answer where the browser has no such call.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { notificationsBlocked } from '../../platform/notification-permission';

function setPermissionLevel(impl: (() => Promise<string>) | undefined) {
  Object.assign(fakeBrowser.notifications, { getPermissionLevel: impl });
}

describe('notificationsBlocked', () => {
  it("is true when Chrome reports the extension's switch as denied", async () => {
    setPermissionLevel(vi.fn(async () => 'denied'));
    expect(await notificationsBlocked()).toBe(true);
  });

  it('is false when Chrome reports granted', async () => {
    setPermissionLevel(vi.fn(async () => 'granted'));
    expect(await notificationsBlocked()).toBe(false);
  });

  it('is undefined in a browser without getPermissionLevel (Firefox)', async () => {
    setPermissionLevel(undefined);
    expect(await notificationsBlocked()).toBeUndefined();
  });

  it('is undefined when the call fails', async () => {
    setPermissionLevel(vi.fn(async () => Promise.reject(new Error('no'))));
    expect(await notificationsBlocked()).toBeUndefined();
  });
});
