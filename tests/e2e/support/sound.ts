// A tab that plays sound, as a call does: a generated looping WAV on a local file:// page (no network, no host
// permission), headful Chromium allowed to play it without a gesture, and the pointer moved so a real display
// never reports the person idle while a test waits.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium, type ChromiumRun } from './chromium';
import type { Evaluator } from './extension-api';

/** A sine tone as a WAV file: 8 kHz mono 16-bit PCM, `seconds` long (BROWSERS.md: enough for Chrome's audible). */
export function toneWav(seconds = 2, hertz = 440): Buffer {
  const rate = 8000;
  const samples = rate * seconds;
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16); // fmt chunk size
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28); // bytes per second
  wav.writeUInt16LE(2, 32); // bytes per frame
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) wav.writeInt16LE(Math.round(0.5 * 32767 * Math.sin((2 * Math.PI * hertz * i) / rate)), 44 + i * 2);
  return wav;
}

export interface TonePage {
  /** The file:// page: a looping `<audio autoplay>`, and a Play button for browsers that want a gesture (Firefox). */
  url: string;
  remove(): Promise<void>;
}

/** Writes the tone and its page into a temporary folder. */
export async function writeTonePage(): Promise<TonePage> {
  const dir = await mkdtemp(join(tmpdir(), 'unknot-tone-'));
  await writeFile(join(dir, 'tone.wav'), toneWav());
  await writeFile(
    join(dir, 'call.html'),
    '<!doctype html><title>A call</title>' +
      '<audio id="tone" src="tone.wav" loop autoplay></audio>' +
      // Play by hand goes through Web Audio: Firefox with no sound device fails an element's own output
      // (OnMediaSinkAudioError) but runs a Web Audio graph on its fallback clock, still reporting the tab audible.
      '<button id="play" onclick="const a = document.getElementById(\'tone\'); const c = new AudioContext(); ' +
      'c.createMediaElementSource(a).connect(c.destination); a.play(); c.resume()">Play</button>',
  );
  return { url: pathToFileURL(join(dir, 'call.html')).href, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** How many tabs the extension sees playing sound, asked as the worker asks (no tabs permission needed). */
export const audibleTabCount = (page: Evaluator): Promise<number> =>
  page.evaluate(async () => {
    const ext = (globalThis as any).browser ?? (globalThis as any).chrome; // eslint-disable-line @typescript-eslint/no-explicit-any
    return (await ext.tabs.query({ audible: true, muted: false })).length;
  }, undefined);

/**
 * Chromium in a real window on `display` (headless Chromium reports no tab audible), with the extension loaded as
 * launchChromium loads it, and allowed to play sound without a user gesture.
 */
export function launchChromiumWithSound(display: string): Promise<ChromiumRun> {
  return launchChromium({ display, args: ['--autoplay-policy=no-user-gesture-required'] });
}

let nudges = 0;
/**
 * Moves the pointer on `display`: with a real display the idle API reports "idle" after 60 s without input, and
 * the scheduler then takes the person for away (BROWSERS.md). A test that drives alarms nudges before each one.
 */
export function nudgePointer(display: string): void {
  nudges++;
  execFileSync('xdotool', ['mousemove', String(100 + (nudges % 2) * 50), '100'], { env: { ...process.env, DISPLAY: display } });
}
