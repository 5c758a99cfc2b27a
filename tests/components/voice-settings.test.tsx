// @vitest-environment jsdom
// The options page's voice guidance settings, by keyboard: on or off, the voice from those the browser lists, the rate,
// the preview, a chosen voice this browser lacks, and the chime offered when there is no voice at all.
import { screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SoundSettings } from '../../components/settings/SoundSettings';
import { DEFAULT_SETTINGS, type SettingName, type Settings } from '../../core/settings';
import type { VoiceInfo } from '../../core/voice';
import { AXE_TIMEOUT, axeViolations } from './charts/axe';
import { renderWithI18n } from './session-helpers';

const VOICES: VoiceInfo[] = [
  { name: 'English (Great Britain)', lang: 'en-GB', default: true },
  { name: 'English (America)', lang: 'en-US' },
];

function setup(options: { settings?: Partial<Settings>; voices?: VoiceInfo[]; locked?: SettingName[] } = {}) {
  const onSave = vi.fn(async () => []);
  const onPreview = vi.fn(async () => undefined);
  const view = renderWithI18n(
    <SoundSettings
      settings={{ ...DEFAULT_SETTINGS, ...options.settings }}
      locked={new Set(options.locked ?? [])}
      onSave={onSave}
      voice={{ voices: 'voices' in options ? options.voices : VOICES, onPreview }}
    />,
  );
  return { onSave, onPreview, container: view.container };
}

describe('voice guidance on the options page', () => {
  it('turns it on, chooses a voice and a rate, and previews', async () => {
    const user = userEvent.setup();
    const { onSave, onPreview, container } = setup();
    const toggle = screen.getByRole('checkbox', { name: 'Read the steps aloud in routines' });
    toggle.focus();
    await user.keyboard(' ');
    expect(onSave).toHaveBeenLastCalledWith({ voiceGuidance: true });

    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Voice' });
    expect([...select.options].map((o) => o.textContent)).toEqual([
      "The browser's voice for this language",
      'English (Great Britain) (en-GB)',
      'English (America) (en-US)',
    ]);
    // jsdom's select does not move with arrow keys: the option is chosen as a keyboard user's Enter would leave it.
    await user.selectOptions(select, '2');
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith({ voiceName: 'English (America)' }));

    const rate = screen.getByRole('spinbutton', { name: /Speaking rate/ });
    await user.clear(rate);
    await user.type(rate, '120');
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith({ voiceRate: 120 }));

    screen.getByRole('button', { name: 'Try the voice' }).focus();
    await user.keyboard('{Enter}');
    expect(onPreview).toHaveBeenCalledTimes(1);
    expect(await axeViolations(container)).toEqual([]);
  }, AXE_TIMEOUT);

  it('a rate outside 50–200 % is not saved, and the field says why', async () => {
    const user = userEvent.setup();
    const { onSave } = setup();
    const rate = screen.getByRole('spinbutton', { name: /Speaking rate/ });
    await user.clear(rate);
    await user.type(rate, '300');
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', expect.stringContaining('50–200'));
    expect(onSave).not.toHaveBeenCalledWith({ voiceRate: 300 });
  });

  it('a chosen voice this browser lacks is shown as chosen, with what reads instead', () => {
    setup({ settings: { voiceName: 'Anna' } });
    const select = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Voice' });
    expect(select.selectedOptions[0]!.textContent).toBe("Anna (not on this computer: the browser's voice reads instead)");
  });

  it('no voice for the language: says so, offers the chime, and the chime is turned on by one key', async () => {
    const user = userEvent.setup();
    const { onSave, container } = setup({ voices: [] });
    expect(screen.getByTestId('no-voice').textContent).toContain('This browser has no voice for your language');
    expect(screen.queryByRole('button', { name: 'Try the voice' })).toBeNull();
    screen.getByRole('button', { name: 'Use the chime instead' }).focus();
    await user.keyboard('{Enter}');
    expect(onSave).toHaveBeenLastCalledWith({ sound: true });
    expect(await axeViolations(container)).toEqual([]);
  }, AXE_TIMEOUT);

  it('locked by policy: the voice fields are disabled like every locked setting', () => {
    setup({ locked: ['voiceGuidance', 'voiceName', 'voiceRate'] });
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Read the steps aloud in routines' }).disabled).toBe(true);
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Voice' }).disabled).toBe(true);
    expect(screen.getByRole<HTMLInputElement>('spinbutton', { name: /Speaking rate/ }).disabled).toBe(true);
  });
});
