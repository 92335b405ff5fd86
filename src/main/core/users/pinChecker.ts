import type { AuditSink } from '../auth/ports';
import type { Clock } from '../ports';
import { lockedOut, unknownUser, userInactive, wrongPin } from './authFailures';
import type { PinHasher } from './pinHasher';
import type { UserRecord, UserRepository } from './userRepository';

export interface LockoutPolicy {
  /** Wrong PINs in a row that lock the user out. */
  maxFailures: number;
  lockoutMs: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { maxFailures: 5, lockoutMs: 5 * 60_000 };

/** Why a PIN is being checked; recorded with every failure. */
export type PinPurpose = 'sign-in' | 'approval' | 'pin-change';

/**
 * The one place a PIN is compared. Checks for the same user run one after another, so
 * a burst of parallel guesses cannot all slip in before the first failure is counted.
 */
export class PinChecker {
  readonly #users: UserRepository;
  readonly #hasher: PinHasher;
  readonly #audit: AuditSink;
  readonly #clock: Clock;
  readonly #policy: LockoutPolicy;
  readonly #queues = new Map<string, Promise<unknown>>();

  constructor(deps: { users: UserRepository; hasher: PinHasher; audit: AuditSink; clock: Clock; policy: LockoutPolicy }) {
    this.#users = deps.users;
    this.#hasher = deps.hasher;
    this.#audit = deps.audit;
    this.#clock = deps.clock;
    this.#policy = deps.policy;
  }

  /** Resolves to the user when the PIN is theirs; otherwise throws the reason, after counting it. */
  check(userId: string, pin: string, purpose: PinPurpose, actorId: string | null): Promise<UserRecord> {
    const previous = this.#queues.get(userId) ?? Promise.resolve();
    const run = previous.then(
      () => this.#check(userId, pin, purpose, actorId),
      () => this.#check(userId, pin, purpose, actorId),
    );
    const settled = run.catch(() => undefined);
    this.#queues.set(userId, settled);
    void settled.then(() => {
      if (this.#queues.get(userId) === settled) this.#queues.delete(userId);
    });
    return run;
  }

  async #check(userId: string, pin: string, purpose: PinPurpose, actorId: string | null): Promise<UserRecord> {
    const user = this.#users.find(userId);
    if (user === null) throw unknownUser();
    if (!user.active) throw userInactive(user.displayName);
    const now = this.#clock.now();
    if (user.lockedUntilMs !== null && user.lockedUntilMs > now) {
      this.#audit.record({
        action: 'users.pin-refused-locked',
        actorId,
        approverId: null,
        subject: user.id,
        outcome: 'refused',
        details: { purpose, lockedUntil: new Date(user.lockedUntilMs).toISOString() },
      });
      throw lockedOut(user.displayName, user.lockedUntilMs, now);
    }
    if (await this.#hasher.verify(pin, user.pin)) {
      if (user.failedAttempts > 0 || user.lockedUntilMs !== null) this.#users.clearFailures(user.id);
      return user;
    }
    const failures = this.#users.addFailedAttempt(user.id);
    const remaining = this.#policy.maxFailures - failures;
    this.#audit.record({
      action: 'users.pin-failed',
      actorId,
      approverId: null,
      subject: user.id,
      outcome: 'rejected',
      details: { purpose, failures },
    });
    if (remaining > 0) throw wrongPin(remaining, this.#lockMinutes());
    const until = this.#clock.now() + this.#policy.lockoutMs;
    this.#users.lock(user.id, until);
    this.#audit.record({
      action: 'users.pin-lockout',
      actorId,
      approverId: null,
      subject: user.id,
      outcome: 'locked',
      details: { purpose, lockedUntil: new Date(until).toISOString() },
    });
    throw lockedOut(user.displayName, until, this.#clock.now());
  }

  #lockMinutes(): number {
    return Math.ceil(this.#policy.lockoutMs / 60_000);
  }
}
