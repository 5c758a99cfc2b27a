// @vitest-environment jsdom
// Voice guidance in the player, with a fake speech that records what it is asked to say: the switch, reading as
// the player moves, pause and Previous/Next, "Start with voice" when the page has had no click, no voice, a failure.
import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nContext } from '../../components/i18n';
import type { VoiceSetup } from '../../components/player-voice';
import { RoutineSession } from '../../components/RoutineSession';
import { beginSteps, startPlayer } from '../../core/player';
import { routineById, ROUTINES } from '../../core/routines';
import { DEFAULT_SETTINGS, type SettingName } from '../../core/settings';
import type { Speech, SpeechProblem } from '../../core/voice';
import { AXE_TIMEOUT, axeViolations } from './charts/axe';
import { t } from '../support/messages';
import { memoryPorts, renderWithI18n } from './session-helpers';

const noop = () => undefined;

/** A speech that records each line and each cancel; `allowed` turns true at the first click, as Chrome's rule has it. */
function fakeSpeech(options: { allowed?: boolean; hasVoice?: boolean } = {}) {
  let allowed = options.allowed ?? true;
  const events: string[] = [];
  const pending: (() => void)[] = [];
  const listeners = new Set<(p: SpeechProblem) => void>();
  document.addEventListener('click', () => (allowed = true), { capture: true });
  const speech: Speech = {
    allowed: () => allowed,
    hasVoice: async () => options.hasVoice ?? true,
    say: (text, done) => {
      events.push(`say ${text}`);
      pending.push(() => done?.());
    },
    cancel: () => {
      events.push('cancel');
      pending.length = 0;
    },
    onProblem: (l) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
  };
  return {
    speech,
    events,
    said: () => events.filter((e) => e.startsWith('say ')).map((e) => e.slice(4)),
    /** The voice reaches the end of everything queued. */
    finishAll: () => pending.splice(0).forEach((done) => done()),
    fail: (problem: SpeechProblem) => listeners.forEach((l) => l(problem)),
  };
}

function setup(options: { on?: boolean; locked?: SettingName[]; allowed?: boolean; hasVoice?: boolean; routine?: string; playing?: boolean } = {}) {
  const routine = routineById(options.routine ?? 'desk-movement')!;
  const player = options.playing ? beginSteps(startPlayer(routine, Date.now()), routine, Date.now()) : undefined;
  const mem = memoryPorts({ player });
  const fake = fakeSpeech(options);
  const saveSettings = vi.fn(async () => []);
  const ports = { ...mem.ports, speech: async () => fake.speech, saveSettings };
  const voice = (on: boolean): VoiceSetup => ({
    settings: { ...DEFAULT_SETTINGS, voiceGuidance: on },
    policy: { locked: new Set(options.locked ?? []) },
  });
  const ui = (on: boolean) => <RoutineSession ports={ports} routines={ROUTINES} size="small" onError={noop} voice={voice(on)} />;
  const view = renderWithI18n(ui(options.on ?? true));
  // A rerender replaces the whole tree: the translations go with it.
  const rerender = (on: boolean) => view.rerender(<I18nContext.Provider value={{ t, locale: 'en' }}>{ui(on)}</I18nContext.Provider>);
  return { fake, saveSettings, rerender, container: view.container };
}

const user = () => userEvent.setup();
const instruction = () => document.querySelector('.player__instruction')!;

async function startDesk(u: ReturnType<typeof user>) {
  const button = await screen.findByRole('button', { name: /Desk movement/ });
  button.focus();
  await u.keyboard('{Enter}');
  await screen.findByTestId('routine-player');
}

describe('voice guidance in the player', () => {
  it('the compact switch, by keyboard: Space turns voice guidance on, and it is saved', async () => {
    const u = user();
    const { saveSettings, fake, rerender } = setup({ on: false });
    await startDesk(u);
    const toggle = screen.getByRole('checkbox', { name: 'Read aloud' });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    toggle.focus();
    await u.keyboard(' ');
    expect(saveSettings).toHaveBeenCalledWith({ voiceGuidance: true });
    expect(fake.said()).toEqual([]);
    // The stored setting comes back on: the guide reads the step it is at.
    rerender(true);
    await waitFor(() => expect(fake.said()).toEqual(['Stand up slowly and let your arms hang loosely at your sides.']));
  });

  it('reads each step as it starts; Next and Previous cancel what is said; pause stops it and resume says it again', async () => {
    const u = user();
    const { fake } = setup();
    await startDesk(u);
    const first = 'Stand up slowly and let your arms hang loosely at your sides.';
    await waitFor(() => expect(fake.said()).toEqual([first]));
    // The voice reads the step: the live region does not announce it a second time.
    await waitFor(() => expect(instruction().getAttribute('aria-live')).toBe('off'));

    const player = screen.getByTestId('routine-player');
    player.focus();
    await u.keyboard('{ArrowRight}');
    await waitFor(() => expect(fake.events.slice(-2)).toEqual(['cancel', 'say Walk at an easy pace for a minute or so, to a window or down the corridor and back.']));
    await u.keyboard('{ArrowLeft}');
    await waitFor(() => expect(fake.events.slice(-2)).toEqual(['cancel', `say ${first}`]));

    // Paused before the line was said to its end: it stops, and is said again on resume.
    await u.keyboard(' ');
    await screen.findByText('Paused');
    await waitFor(() => expect(fake.events.at(-1)).toBe('cancel'));
    await u.keyboard(' ');
    await waitFor(() => expect(fake.events.slice(-2)).toEqual(['cancel', `say ${first}`]));

    // Said to its end, a line is not said again after a pause.
    fake.finishAll();
    const count = fake.events.length;
    await u.keyboard(' ');
    await u.keyboard(' ');
    await screen.findByRole('button', { name: 'Pause' });
    expect(fake.events.slice(count)).toEqual(['cancel']);
  });

  it('a page opened mid-routine with no click yet: "Start with voice", by keyboard, reads from there; the live region speaks until then', async () => {
    const u = user();
    const { fake, container } = setup({ allowed: false, playing: true });
    const start = await screen.findByRole('button', { name: 'Start with voice' });
    expect(fake.said()).toEqual([]);
    expect(instruction().getAttribute('aria-live')).toBe('polite');
    expect(start.getAttribute('aria-describedby')).toBe('voice-start-why');
    expect(screen.getByText('The browser reads aloud only after a click on this page.')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);

    start.focus();
    await u.keyboard('{Enter}');
    expect(fake.said()).toEqual(['Stand up slowly and let your arms hang loosely at your sides.']);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Start with voice' })).toBeNull());
    await waitFor(() => expect(instruction().getAttribute('aria-live')).toBe('off'));
  }, AXE_TIMEOUT);

  it('the browser refuses (no click) or fails: it says so, never silently, and tries again from a click', async () => {
    const u = user();
    const { fake } = setup();
    await startDesk(u);
    await waitFor(() => expect(fake.said()).toHaveLength(1));
    fake.fail('failed');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The browser could not read the step aloud.');
    await waitFor(() => expect(instruction().getAttribute('aria-live')).toBe('polite'));
    screen.getByRole('button', { name: 'Try the voice again' }).focus();
    await u.keyboard('{Enter}');
    expect(fake.said()).toEqual(Array(2).fill('Stand up slowly and let your arms hang loosely at your sides.'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());

    fake.fail('needs-click');
    expect(await screen.findByRole('button', { name: 'Start with voice' })).toBeTruthy();
  });

  it('no voice for the language: says so and offers the chime, which one key turns on', async () => {
    const u = user();
    const { fake, saveSettings, container } = setup({ hasVoice: false });
    await startDesk(u);
    const note = await screen.findByText(/This browser has no voice for your language/);
    expect(note.closest('[role="status"]')).toBeTruthy();
    expect(fake.said()).toEqual([]);
    expect(instruction().getAttribute('aria-live')).toBe('polite');
    screen.getByRole('button', { name: 'Use the chime instead' }).focus();
    await u.keyboard('{Enter}');
    expect(saveSettings).toHaveBeenCalledWith({ sound: true });
    expect(await axeViolations(container)).toEqual([]);
  }, AXE_TIMEOUT);

  it('locked by policy: the switch is disabled and says why', async () => {
    const u = user();
    setup({ on: false, locked: ['voiceGuidance'] });
    await startDesk(u);
    const toggle = screen.getByRole('checkbox', { name: 'Read aloud' });
    expect((toggle as HTMLInputElement).disabled).toBe(true);
    expect(toggle.getAttribute('aria-describedby')).toBe('voice-toggle-locked');
    expect(document.getElementById('voice-toggle-locked')!.textContent).toContain('Set by your organization');
  });
});
