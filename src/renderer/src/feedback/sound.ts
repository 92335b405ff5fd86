/**
 * The till's warning sound, made with Web Audio so it needs no file and plays at the
 * volume set in Settings: two falling square-wave tones, unlike any scanner's beep.
 */
let context: AudioContext | null = null;

const TONES = [
  { hz: 880, seconds: 0.12 },
  { hz: 440, seconds: 0.22 },
] as const;

/** `volume` 0–100; 0 is silent. Does nothing where the browser has no Web Audio. */
export function playWarning(volume: number): void {
  if (volume <= 0 || typeof AudioContext === 'undefined') return;
  context ??= new AudioContext();
  void context.resume();
  const gain = context.createGain();
  // Square waves are loud: full volume is a third of the output's range.
  gain.gain.value = (Math.min(100, volume) / 100) * 0.33;
  gain.connect(context.destination);
  let at = context.currentTime;
  for (const tone of TONES) {
    const oscillator = context.createOscillator();
    oscillator.type = 'square';
    oscillator.frequency.value = tone.hz;
    oscillator.connect(gain);
    oscillator.start(at);
    oscillator.stop(at + tone.seconds);
    at += tone.seconds + 0.03;
  }
}
