// Voice guidance in the real Chrome build: the break page reads a routine's steps aloud through the real speechSynthesis
// (Debian's speech-dispatcher with espeak-ng), observed by wrapping speak() and cancel(), which still do their work.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { launchChromium, type ChromiumRun } from '../support/chromium';
import { ALL_DAY, api } from '../support/extension-api';
import { openRoutine } from '../support/routine-player';

/**
 * What the page asked the browser to say (in order, with each cancel), what the browser really started saying,
 * and one log of it all in order ("ask X", "cancel", "start X", "end X").
 */
interface Heard {
  asked: string[];
  started: string[];
  errors: string[];
  log: string[];
}

// Runs in every page before its own scripts: wraps speak() and cancel(), recording, then calling the originals.
function recordSpeech() {
  const heard = { asked: [] as string[], started: [] as string[], errors: [] as string[], log: [] as string[] };
  (globalThis as unknown as { __heard: typeof heard }).__heard = heard;
  if (typeof speechSynthesis === 'undefined') return;
  const speak = speechSynthesis.speak.bind(speechSynthesis);
  const cancel = speechSynthesis.cancel.bind(speechSynthesis);
  speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
    heard.asked.push(utterance.text);
    heard.log.push(`ask ${utterance.text}`);
    utterance.addEventListener('start', () => {
      heard.started.push(utterance.text);
      heard.log.push(`start ${utterance.text}`);
    });
    utterance.addEventListener('end', () => heard.log.push(`end ${utterance.text}`));
    utterance.addEventListener('error', (e) => heard.errors.push(`${e.error}: ${utterance.text}`));
    speak(utterance);
  };
  speechSynthesis.cancel = () => {
    heard.asked.push('(cancel)');
    heard.log.push('cancel');
    cancel();
  };
}

const heard = (page: Page): Promise<Heard> => page.evaluate(() => (globalThis as unknown as { __heard: Heard }).__heard);
const speaking = (page: Page): Promise<boolean> => page.evaluate(() => speechSynthesis.speaking || speechSynthesis.pending);

/**
 * A profile whose speech-dispatcher plays into ALSA's null device: this machine has no sound server, and with
 * Debian's default (PulseAudio) every utterance stalls at its start. The rest of the system configuration is kept.
 */
async function speakingProfile(): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'unknot-voice-'));
  await mkdir(join(profile, '.config/speech-dispatcher'), { recursive: true });
  const system = await readFile('/etc/speech-dispatcher/speechd.conf', 'utf8');
  await writeFile(join(profile, '.config/speech-dispatcher/speechd.conf'), `${system}\nAudioOutputMethod "alsa"\nAudioALSADevice "null"\n`);
  return profile;
}

/** Chromium starts speech-dispatcher for the profile, which outlives the browser: it is stopped by its own pid file. */
async function stopSpeechDispatcher(profile: string) {
  const pid = await readFile(join(profile, '.cache/speech-dispatcher/pid/speech-dispatcher.pid'), 'utf8').catch(() => '');
  if (/^\d+\s*$/.test(pid)) {
    try {
      process.kill(Number(pid), 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}

// The wall-ball routine's lines, in English, as a person reads them in the routine: written out, not computed.
const BEFORE = [
  'Before you start: how strong is the tension or soreness? 0 is none, 10 the worst.',
  'Stop straight away if you feel sharp or shooting pain, numbness or tingling, dizziness, or a headache that gets worse, and ask a clinician before you try again.',
];
const READY = 'Stand with your back to a wall, feet a small step in front of you and knees soft, with the ball in one hand.';
const PLACE_RIGHT = 'Rest the ball between your spine and your right shoulder blade, then lean back into the wall.';
const ROLL_RIGHT = 'Bend and straighten your knees a little so the ball rolls slowly up and down beside your right shoulder blade, always off your spine.';
const HOLD_RIGHT = 'Stop on a tender spot beside your right shoulder blade and breathe out slowly while the ball rests there.';
const DURING = 'How strong is the pressure right now? 0 is none, 10 the worst.';
const SWITCH = 'Switch sides.';
const PLACE_LEFT = 'Rest the ball between your spine and your left shoulder blade, then lean back into the wall.';
const ROLL_LEFT = 'Bend and straighten your knees a little so the ball rolls slowly up and down beside your left shoulder blade, always off your spine.';
const HOLD_LEFT = 'Stop on a tender spot beside your left shoulder blade and breathe out slowly while the ball rests there.';
const SHOULDER_ROLLS = 'Roll your shoulders slowly up, back and down in large, easy circles.';
const END = ['Routine complete. Well done.', 'And now, after the routine? 0 is none, 10 the worst.'];

/** The lines asked for, without the cancels. */
const lines = (h: Heard) => h.asked.filter((l) => l !== '(cancel)');

describe('voice guidance in Chromium', () => {
  let run: ChromiumRun;
  let profile: string;
  beforeAll(async () => {
    profile = await speakingProfile();
    // Chromium on Linux speaks only through speech-dispatcher, and only when asked to.
    run = await launchChromium({ profile, args: ['--enable-speech-dispatcher'] });
    await run.context.addInitScript(recordSpeech);
  });
  afterAll(async () => {
    await run?.close();
    await stopSpeechDispatcher(profile);
    await rm(profile, { recursive: true, force: true });
  });

  it('the break page reads the routine in order; Next cancels, pause stops speech and resume says the cut line again', async () => {
    const page = await run.open('break.html');
    await api(page).setSettings({ ...ALL_DAY, voiceGuidance: true });
    // This browser has voices (espeak-ng's), so the test is about the extension, not a silent machine.
    await expect
      .poll(() => page.evaluate(() => speechSynthesis.getVoices().filter((v) => v.lang.startsWith('en')).length), { timeout: 20_000 })
      .toBeGreaterThan(0);

    await openRoutine(page, /Wall-ball between the shoulder blades/);
    const player = page.getByTestId('routine-player');
    // The click that chose the routine lets the page speak: the question and the stop signs, and they really start.
    await expect.poll(async () => lines(await heard(page)), { timeout: 20_000 }).toEqual(BEFORE);
    await expect.poll(async () => (await heard(page)).started[0], { timeout: 20_000 }).toBe(BEFORE[0]);
    expect(await player.getByRole('checkbox', { name: 'Read aloud' }).isChecked()).toBe(true);

    await player.getByRole('button', { name: 'Start the routine' }).click();
    await player.getByText('Step 1 of 8').waitFor();
    await expect.poll(async () => lines(await heard(page)).at(-1)).toBe(READY);
    // The voice reads the step: the live region stays quiet.
    expect(await player.locator('.player__instruction').getAttribute('aria-live')).toBe('off');

    // Next cancels what is being said (or queued), and the next step's instruction is said.
    let before = (await heard(page)).asked.length;
    await player.getByRole('button', { name: 'Next' }).click();
    await player.getByText('Step 2 of 8').waitFor();
    await expect.poll(async () => (await heard(page)).asked.slice(before)).toEqual(['(cancel)', PLACE_RIGHT]);

    // Pause stops the voice; resume says the instruction again unless it had been said to its end before the pause.
    before = (await heard(page)).asked.length;
    const logAt = (await heard(page)).log.length;
    await player.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(async () => (await heard(page)).asked.slice(before)).toEqual(['(cancel)']);
    await expect.poll(() => speaking(page)).toBe(false);
    const log = (await heard(page)).log;
    const cut = !log.slice(0, log.indexOf('cancel', logAt)).includes(`end ${PLACE_RIGHT}`);
    await player.getByRole('button', { name: 'Resume' }).click();
    const again = cut ? [PLACE_RIGHT] : [];
    await expect.poll(async () => (await heard(page)).asked.slice(before)).toEqual(['(cancel)', ...again]);

    // Every step in order: "switch sides" where the side changes, the question on each pressure step.
    for (let step = 3; step <= 8; step++) {
      await player.getByRole('button', { name: 'Next' }).click();
      await player.getByText(`Step ${step} of 8`, { exact: true }).waitFor();
    }
    await player.getByRole('button', { name: 'Next' }).click();
    await player.getByRole('heading', { name: 'Routine complete' }).waitFor();
    await expect
      .poll(async () => lines(await heard(page)))
      .toEqual([
        ...BEFORE,
        READY,
        PLACE_RIGHT,
        ...again,
        ROLL_RIGHT,
        HOLD_RIGHT,
        DURING,
        SWITCH,
        PLACE_LEFT,
        ROLL_LEFT,
        HOLD_LEFT,
        DURING,
        SHOULDER_ROLLS,
        ...END,
      ]);
    expect((await heard(page)).errors.filter((e) => !/^(interrupted|canceled):/.test(e))).toEqual([]);
    await player.getByRole('button', { name: 'Finish' }).click();
    // Recorded before the page closes: the next test opens the break page afresh.
    await page.getByTestId('breaks-today').filter({ hasText: '1 of 4 breaks today' }).waitFor();
    await page.close();
  });

  it('a break page opened with a routine playing says nothing until "Start with voice", then reads from its click', async () => {
    let page = await run.open('break.html');
    // Also when this test runs alone.
    await api(page).setSettings({ ...ALL_DAY, voiceGuidance: true });
    await openRoutine(page, /Desk movement/);
    await expect.poll(async () => lines(await heard(page)).length, { timeout: 20_000 }).toBe(1);
    // Opened anew (as the notification, the shortcut or a break-style tab opens it): no click in this page yet.
    await page.close();
    page = await run.open('break.html');
    // Playwright's own evaluate and locators count as a user gesture in the page: until the click, the page is
    // read over CDP alone, which does not.
    const cdp = await run.context.newCDPSession(page);
    const quiet = async <T>(fn: () => T): Promise<T> =>
      ((await cdp.send('Runtime.evaluate', { expression: `(${fn.toString()})()`, returnByValue: true })) as { result: { value: T } }).result.value;
    // Each function runs in the page alone, so each finds the button itself.
    await expect
      .poll(() => quiet(() => [...document.querySelectorAll('button')].some((b) => b.textContent === 'Start with voice')), { timeout: 20_000 })
      .toBe(true);
    expect(
      await quiet(() => ({
        activated: navigator.userActivation.hasBeenActive,
        asked: (globalThis as unknown as { __heard: Heard }).__heard.asked,
        live: document.querySelector('.player__instruction')?.getAttribute('aria-live'),
      })),
    ).toEqual({ activated: false, asked: [], live: 'polite' });
    const { x, y } = await quiet(() => {
      const r = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Start with voice')!.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.mouse.click(x, y);
    await expect.poll(async () => lines(await heard(page))).toEqual(['Stand up slowly and let your arms hang loosely at your sides.']);
    await expect.poll(async () => (await heard(page)).started.length, { timeout: 20_000 }).toBe(1);
    await page.getByRole('button', { name: 'Start with voice' }).waitFor({ state: 'detached' });
    expect(await page.locator('.player__instruction').getAttribute('aria-live')).toBe('off');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Stop', exact: true }).click();
    await page.getByTestId('routine-list').waitFor();
  });
});
