import type { DatabaseSync } from 'node:sqlite';
import type { Clock } from '../ports';
import { throttled } from './authFailures';

export interface ThrottlePolicy {
  /** Wrong PINs counted together, whoever they were for. */
  windowMs: number;
  /** Wrong PINs in the window before the till starts pausing PIN entry. */
  freeFailures: number;
  /** The first pause; each further wrong PIN in the window doubles it. */
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * Six wrong PINs in ten minutes are typos; more are someone guessing. One user's lockout
 * needs five, so someone sending wrong PINs to every name in the roster locks one user
 * at most before the till pauses PIN entry for everybody: 30 s, then 1, 2, 4… minutes.
 */
export const DEFAULT_THROTTLE: ThrottlePolicy = {
  windowMs: 10 * 60_000,
  freeFailures: 6,
  baseDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
};

/**
 * The workstation-wide brake on PIN guessing. A refused attempt is not checked at all,
 * so it counts against no user: the brake slows the guesser without locking anyone
 * out. The failures are kept in the database, so a restart does not release it; the
 * admin recovery code is not subject to it.
 */
export class PinThrottle {
  readonly #db: DatabaseSync;
  readonly #clock: Clock;
  readonly #policy: ThrottlePolicy;

  constructor(deps: { db: DatabaseSync; clock: Clock; policy: ThrottlePolicy }) {
    this.#db = deps.db;
    this.#clock = deps.clock;
    this.#policy = deps.policy;
  }

  /** Throws `auth.throttled` while PIN entry is paused. */
  assertOpen(): void {
    const now = this.#clock.now();
    const until = this.pausedUntil();
    if (until !== null && until > now) throw throttled(until, now);
  }

  /** When PIN entry opens again; null when it is open. */
  pausedUntil(): number | null {
    const now = this.#clock.now();
    const failures = this.#db
      .prepare('SELECT at_ms FROM pin_failures WHERE at_ms > ? ORDER BY at_ms')
      .all(now - this.#policy.windowMs) as { at_ms: number }[];
    const over = failures.length - this.#policy.freeFailures;
    const last = failures.at(-1);
    if (over < 0 || last === undefined) return null;
    const delay = Math.min(this.#policy.maxDelayMs, this.#policy.baseDelayMs * 2 ** over);
    const until = Number(last.at_ms) + delay;
    return until > now ? until : null;
  }

  failed(): void {
    const now = this.#clock.now();
    this.#db.prepare('DELETE FROM pin_failures WHERE at_ms <= ?').run(now - this.#policy.windowMs);
    this.#db.prepare('INSERT INTO pin_failures (at_ms) VALUES (?)').run(now);
  }

  /** The recovery code proved an admin is at the till: guessing is over. */
  release(): void {
    this.#db.exec('DELETE FROM pin_failures');
  }
}
