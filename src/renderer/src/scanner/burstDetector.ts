/**
 * Tells a keyboard-wedge scanner from a person by timing alone. A scanner types a
 * whole code in a few milliseconds per key and usually ends it with Enter or Tab; a
 * person needs far more than that between keys. Pure: the caller passes each key with
 * its time and calls `flush` at `deadline()` when no key came.
 */

export interface BurstOptions {
  /** Longest gap between two keys of one scan. Scanners send a key every 1–10 ms; people rarely go under 50 ms. */
  maxGapMs: number;
  /** Shortest code a scan can carry (EAN-8 is 8; some internal codes are shorter). */
  minLength: number;
  /** Keys the scanner sends after the code. */
  suffixes: readonly string[];
  /** Without a suffix a fast burst is reported as a partial scan; off for scanners programmed without one. */
  requireSuffix: boolean;
  /**
   * A fast run cut by a pause this short and then resumed is one scan broken in two
   * (a USB or radio hiccup): it must never become two codes or a shorter wrong one.
   */
  stutterMs: number;
}

export const DEFAULT_BURST_OPTIONS: BurstOptions = {
  maxGapMs: 35,
  minLength: 6,
  suffixes: ['Enter', 'Tab'],
  requireSuffix: true,
  stutterMs: 150,
};

export type BurstOutcome =
  | { kind: 'scan'; code: string; suffix: string | null }
  /** Fast like a scanner but incomplete: show an error row, never look it up as an item. */
  | { kind: 'partial'; chars: string; reason: 'no-suffix' | 'interrupted' }
  /** Keys a person typed; they went wherever focus was and need nothing more. */
  | { kind: 'typing'; text: string };

/** Keys scanners send alongside characters that neither add to nor break a burst. */
const NEUTRAL_KEYS = new Set(['Shift', 'CapsLock', 'NumLock']);

export class BurstDetector {
  readonly #options: BurstOptions;
  #chars = '';
  #last = 0;
  /** A fast run that stopped without a suffix, held for `stutterMs` in case the rest of the code follows. */
  #broken: { chars: string; until: number } | null = null;

  constructor(options: Partial<BurstOptions> = {}) {
    this.#options = { ...DEFAULT_BURST_OPTIONS, ...options };
  }

  /** True while nothing is held: the next key starts afresh. */
  idle(): boolean {
    return this.#chars === '' && this.#broken === null;
  }

  /** How many characters are held, counting a broken run waiting for its rest. */
  heldLength(): number {
    return this.#chars.length + (this.#broken?.chars.length ?? 0);
  }

  /** When `flush` should be called if no key arrives first; null when nothing is held. */
  deadline(): number | null {
    if (this.#chars !== '') return this.#last + this.#options.maxGapMs + 1;
    return this.#broken === null ? null : this.#broken.until + 1;
  }

  /** One keydown (`KeyboardEvent.key`) at time `at` in milliseconds. */
  key(key: string, at: number): BurstOutcome[] {
    if (NEUTRAL_KEYS.has(key)) return [];
    const outcomes = this.flush(at);
    if (this.#options.suffixes.includes(key)) return [...outcomes, ...this.#suffix(key)];
    if (key.length !== 1) return [...outcomes, ...this.#breakOff()];
    if (this.#chars === '') this.#chars = key;
    else this.#chars += key;
    this.#last = at;
    return outcomes;
  }

  /** Releases whatever has waited past its time. */
  flush(at: number): BurstOutcome[] {
    const outcomes: BurstOutcome[] = [];
    if (this.#chars !== '' && at - this.#last > this.#options.maxGapMs) {
      const chars = this.#chars;
      this.#chars = '';
      if (chars.length >= 2) {
        // Two or more keys at scanner speed: hold them, the rest of the code may follow.
        this.#broken = { chars: (this.#broken?.chars ?? '') + chars, until: this.#last + this.#options.stutterMs };
      } else {
        outcomes.push(...this.#releaseBroken(), ...this.#release(chars));
      }
    }
    if (this.#broken !== null && this.#chars === '' && at > this.#broken.until) outcomes.push(...this.#releaseBroken());
    return outcomes;
  }

  #suffix(key: string): BurstOutcome[] {
    if (this.#chars === '') return this.#releaseBroken();
    const chars = this.#chars;
    this.#chars = '';
    if (this.#broken !== null) {
      const joined = this.#broken.chars + chars;
      this.#broken = null;
      return [{ kind: 'partial', chars: joined, reason: 'interrupted' }];
    }
    if (chars.length >= this.#options.minLength) return [{ kind: 'scan', code: chars, suffix: key }];
    return [{ kind: 'typing', text: chars }];
  }

  /** A non-character key (arrow, Backspace, F-key…) ends any burst: what was held is released as it is. */
  #breakOff(): BurstOutcome[] {
    const chars = this.#chars;
    this.#chars = '';
    if (this.#broken !== null) {
      const joined = this.#broken.chars + chars;
      this.#broken = null;
      return this.#release(joined);
    }
    return chars === '' ? [] : this.#release(chars);
  }

  #releaseBroken(): BurstOutcome[] {
    if (this.#broken === null) return [];
    const { chars } = this.#broken;
    this.#broken = null;
    return this.#release(chars);
  }

  #release(chars: string): BurstOutcome[] {
    if (chars.length < this.#options.minLength) return [{ kind: 'typing', text: chars }];
    if (!this.#options.requireSuffix) return [{ kind: 'scan', code: chars, suffix: null }];
    return [{ kind: 'partial', chars, reason: 'no-suffix' }];
  }
}
