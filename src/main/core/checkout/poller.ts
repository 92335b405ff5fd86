export interface PollPolicy {
  /** First wait after a basket is tracked or after it changed. */
  initialMs: number;
  /** The longest wait while nothing changes. */
  maxMs: number;
  /** How much longer each wait gets while nothing changes. */
  factor: number;
}

export interface PollResult {
  final: boolean;
  changed: boolean;
  /** The next read comes no sooner than this: TokenX's Retry-After, or a long-open basket's slower pace. */
  notBeforeMs?: number;
}

interface Tracked {
  timer: NodeJS.Timeout | null;
  intervalMs: number;
}

/**
 * Asks TokenX about every unfinished basket until it is final: quickly at first and
 * after any change, more slowly while nothing happens, and never two reads of one
 * basket at once (the next wait starts when the last read is done).
 */
export class Poller {
  readonly #policy: () => PollPolicy;
  readonly #refresh: (basketId: string) => Promise<PollResult>;
  readonly #onError: (basketId: string, error: unknown) => void;
  readonly #tracked = new Map<string, Tracked>();

  constructor(
    policy: () => PollPolicy,
    refresh: (basketId: string) => Promise<PollResult>,
    onError: (basketId: string, error: unknown) => void,
  ) {
    this.#policy = policy;
    this.#refresh = refresh;
    this.#onError = onError;
  }

  track(basketId: string): void {
    if (this.#tracked.has(basketId)) return;
    const tracked: Tracked = { timer: null, intervalMs: this.#policy().initialMs };
    this.#tracked.set(basketId, tracked);
    this.#schedule(basketId, tracked);
  }

  untrack(basketId: string): void {
    const tracked = this.#tracked.get(basketId);
    if (tracked?.timer) clearTimeout(tracked.timer);
    this.#tracked.delete(basketId);
  }

  tracking(): string[] {
    return [...this.#tracked.keys()];
  }

  stopAll(): void {
    for (const basketId of [...this.#tracked.keys()]) this.untrack(basketId);
  }

  #schedule(basketId: string, tracked: Tracked, waitMs = tracked.intervalMs): void {
    tracked.timer = setTimeout(() => void this.#tick(basketId, tracked), waitMs);
  }

  async #tick(basketId: string, tracked: Tracked): Promise<void> {
    tracked.timer = null;
    let result: PollResult = { final: false, changed: false };
    try {
      result = await this.#refresh(basketId);
    } catch (error) {
      this.#onError(basketId, error);
    }
    // Untracked (or re-tracked afresh) while the read was running: this round is over.
    if (this.#tracked.get(basketId) !== tracked) return;
    if (result.final) {
      this.#tracked.delete(basketId);
      return;
    }
    const policy = this.#policy();
    tracked.intervalMs = result.changed
      ? policy.initialMs
      : Math.min(policy.maxMs, Math.round(tracked.intervalMs * policy.factor));
    this.#schedule(basketId, tracked, Math.max(tracked.intervalMs, result.notBeforeMs ?? 0));
  }
}
