// A page's first read of the player and the safety note: the common answers at once, the rest through the store's checks.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PlayerState } from '../../core/player';

const NOW = Date.UTC(2026, 10, 30, 10, 0);
const STATE: PlayerState = { routineId: 'neck-rolls', phase: 'step', step: 1, stepStartedAt: NOW - 10_000, startedAt: NOW - 60_000, pausedMs: 0 };

async function freshPorts() {
  vi.resetModules();
  const { sessionPorts } = await import('../../platform/session-ports');
  return sessionPorts({ sound: () => undefined, onRecorded: () => undefined });
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('the first read of a page', () => {
  it('nothing stored: no routine playing and the safety note not yet accepted', async () => {
    const ports = await freshPorts();
    expect(await ports.loadPlayer()).toBeUndefined();
    expect(await ports.loadSafetyAccepted()).toBe(false);
  });

  it('a routine another page left playing resumes, and an accepted note stays accepted', async () => {
    await fakeBrowser.storage.local.set({ player: { writer: 'another-page', state: STATE }, safetyAccepted: true });
    const ports = await freshPorts();
    expect(await ports.loadPlayer()).toEqual(STATE);
    expect(await ports.loadSafetyAccepted()).toBe(true);
  });

  it('what is stored but not a player or a yes goes through the checks: not resumed, asked again, and said', async () => {
    await fakeBrowser.storage.local.set({ player: { writer: 'x', state: { routineId: 'nope' } }, safetyAccepted: 'yes' });
    const ports = await freshPorts();
    expect(await ports.loadPlayer()).toBeUndefined();
    expect(await ports.loadSafetyAccepted()).toBe(false);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('routine player is unreadable'), expect.anything());
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('safety acknowledgement is unreadable'), 'yes');
  });
});
