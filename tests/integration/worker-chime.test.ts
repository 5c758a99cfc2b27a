// The chime request from the worker to Chrome's offscreen document: the same checked protocol as the page commands.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chimeFromBackground, playChimeOnRequest } from '../../platform/background-chime';
import { playChime } from '../../platform/chime';

// Web Audio is not there in Node; what matters here is whether, and how loud, the chime is asked for.
vi.mock('../../platform/chime', () => ({ playChime: vi.fn() }));

beforeEach(() => {
  vi.mocked(playChime).mockClear();
  Object.assign(fakeBrowser.runtime, { getContexts: vi.fn(async () => []) });
  Object.assign(fakeBrowser.offscreen, { createDocument: vi.fn(async () => undefined) });
});

describe('the chime request', () => {
  it('opens the offscreen document once and plays at the volume asked for', async () => {
    playChimeOnRequest();
    await chimeFromBackground(40);
    expect(fakeBrowser.offscreen.createDocument).toHaveBeenCalledTimes(1);
    expect(playChime).toHaveBeenCalledWith(40);
  });

  it.each([
    ['a volume above 100', { type: 'play-chime', volume: 500 }],
    ['a volume as text', { type: 'play-chime', volume: '60' }],
    ['a field it does not have', { type: 'play-chime', volume: 60, loop: true }],
    ['a page command', { type: 'snooze' }],
  ])('the offscreen page refuses %s', async (_name, message) => {
    playChimeOnRequest();
    await fakeBrowser.runtime.sendMessage(message).catch(() => undefined);
    expect(playChime).not.toHaveBeenCalled();
  });
});
