import type { Clock } from '../../core/ports';

/** The simulator's own time: the host clock plus an offset a test or trainer can move. */
export class SimClock implements Clock {
  readonly #base: Clock;
  #offsetMs = 0;

  constructor(base: Clock) {
    this.#base = base;
  }

  now(): number {
    return this.#base.now() + this.#offsetMs;
  }

  set(epochMs: number): void {
    this.#offsetMs = epochMs - this.#base.now();
  }

  shift(ms: number): void {
    this.#offsetMs += ms;
  }
}
