/**
 * "max 1 saat farka izin verilmektedir" (vendor-docs "Zorunlu Parametreler", timeSpan):
 * a stamp is accepted while it is at most the window away from the service's clock, in
 * either direction, counted in whole minutes as the 998 text reports them ("mevcut
 * dakika fark: 240").
 */
export class TimeSpanWindow {
  constructor(readonly minutes: number) {}

  /** Whole minutes between the stamp and now, as the 998 text gives them. */
  minutesApart(stampMs: number, now: number): number {
    return Math.round(Math.abs(now - stampMs) / 60_000);
  }

  accepts(stampMs: number, now: number): boolean {
    return this.minutesApart(stampMs, now) <= this.minutes;
  }

  /** Whether a stamp can never be accepted again: outside the window and in the past. */
  expired(stampMs: number, now: number): boolean {
    return stampMs < now && !this.accepts(stampMs, now);
  }
}

/**
 * Hashes already used ("her hash sadece bir kez kullanılacaktır", "Zorunlu Parametreler").
 * A hash is only kept while its timeSpan could still be accepted: once the stamp has left
 * the window, a replay is refused for its stamp anyway, so memory stays bounded by the
 * calls of one window.
 */
export class SeenHashes {
  readonly #window: TimeSpanWindow;
  readonly #seen = new Map<string, number>();
  #sweptAt = Number.NEGATIVE_INFINITY;

  constructor(window: TimeSpanWindow) {
    this.#window = window;
  }

  get size(): number {
    return this.#seen.size;
  }

  /** Records the hash signed with the stamp `stampMs`; false when it was already used. */
  use(key: string, stampMs: number, now: number): boolean {
    this.#sweep(now);
    if (this.#seen.has(key)) return false;
    this.#seen.set(key, stampMs);
    return true;
  }

  clear(): void {
    this.#seen.clear();
  }

  /** At most once a minute of the service's clock, so a busy window costs one pass per minute. */
  #sweep(now: number): void {
    if (Math.abs(now - this.#sweptAt) < 60_000) return;
    this.#sweptAt = now;
    for (const [key, stamp] of this.#seen) if (this.#window.expired(stamp, now)) this.#seen.delete(key);
  }
}
