// A soft two-note chime made with Web Audio: no sound file to ship or fetch.

/** The chime at `volume` 0–100; even full volume stays soft. */
export function playChime(volume = 60): void {
  const peak = (Math.min(100, Math.max(0, volume)) / 100) * 0.3;
  if (peak === 0) return;
  const audio = new AudioContext();
  const start = audio.currentTime;
  [523.25, 659.25].forEach((frequency, i) => {
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.type = 'sine';
    tone.frequency.value = frequency;
    const at = start + i * 0.18;
    gain.gain.setValueAtTime(0, at);
    gain.gain.linearRampToValueAtTime(peak, at + 0.04);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.6);
    tone.connect(gain).connect(audio.destination);
    tone.start(at);
    tone.stop(at + 0.65);
  });
  setTimeout(() => void audio.close(), 1200);
}
