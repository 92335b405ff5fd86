import type { AuditSink } from '../auth/ports';
import type { Clock } from '../ports';
import { lockedOut, unknownUser, userInactive, wrongPin } from './authFailures';
import type { FailureTally } from './failureTally';
import type { PinHasher } from './pinHasher';
import type { PinThrottle } from './pinThrottle';
import type { UserRecord, UserRepository } from './userRepository';

export interface LockoutPolicy {
  /** Wrong PINs in a row that lock the user out. */
  maxFailures: number;
  /** The first lockout; each further one without a correct PIN between doubles it. */
  lockoutMs: number;
  maxLockoutMs: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { maxFailures: 5, lockoutMs: 5 * 60_000, maxLockoutMs: 24 * 60 * 60_000 };

/** Why a PIN is being checked; recorded with every failure. */
export type PinPurpose = 'sign-in' | 'approval' | 'pin-change' | 'confirm';

/**
 * The one place a PIN is compared. Checks run one after another, whoever they are for,
 * so a burst of parallel guesses can neither slip past one user's failure count nor
 * past the workstation's throttle. Failures with nobody signed in are counted, not
 * written one audit row each; failures of a signed-in user's request are written, since
 * someone can be named for them.
 */
export class PinChecker {
  readonly #users: UserRepository;
  readonly #hasher: PinHasher;
  readonly #audit: AuditSink;
  readonly #clock: Clock;
  readonly #policy: LockoutPolicy;
  readonly #throttle: PinThrottle;
  readonly #tally: FailureTally;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(deps: {
    users: UserRepository;
    hasher: PinHasher;
    audit: AuditSink;
    clock: Clock;
    policy: LockoutPolicy;
    throttle: PinThrottle;
    tally: FailureTally;
  }) {
    this.#users = deps.users;
    this.#hasher = deps.hasher;
    this.#audit = deps.audit;
    this.#clock = deps.clock;
    this.#policy = deps.policy;
    this.#throttle = deps.throttle;
    this.#tally = deps.tally;
  }

  /** Resolves to the user when the PIN is theirs; otherwise throws the reason, after counting it. */
  check(userId: string, pin: string, purpose: PinPurpose, actorId: string | null): Promise<UserRecord> {
    const run = this.#queue.then(() => this.#check(userId, pin, purpose, actorId));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #check(userId: string, pin: string, purpose: PinPurpose, actorId: string | null): Promise<UserRecord> {
    const user = this.#users.find(userId);
    if (user === null) throw unknownUser();
    if (!user.active) throw userInactive(user.displayName);
    try {
      this.#throttle.assertOpen();
    } catch (error) {
      this.#tally.count('pin-throttled');
      throw error;
    }
    const now = this.#clock.now();
    if (user.lockedUntilMs !== null && user.lockedUntilMs > now) {
      if (actorId === null) this.#tally.count('pin-refused-locked');
      else {
        this.#audit.record({
          action: 'users.pin-refused-locked',
          actorId,
          approverId: null,
          subject: user.id,
          outcome: 'refused',
          details: { purpose, lockedUntil: new Date(user.lockedUntilMs).toISOString() },
        });
      }
      throw lockedOut(user.displayName, user.lockedUntilMs, now);
    }
    if (await this.#hasher.verify(pin, user.pin)) {
      if (user.failedAttempts > 0 || user.lockedUntilMs !== null || user.lockoutCount > 0) this.#users.clearFailures(user.id);
      return user;
    }
    const failures = this.#users.addFailedAttempt(user.id);
    this.#throttle.failed();
    const remaining = this.#policy.maxFailures - failures;
    if (actorId === null) this.#tally.count('pin-wrong');
    else {
      this.#audit.record({
        action: 'users.pin-failed',
        actorId,
        approverId: null,
        subject: user.id,
        outcome: 'rejected',
        details: { purpose, failures },
      });
    }
    if (remaining > 0) throw wrongPin(remaining, this.#lockMinutes(user.lockoutCount));
    const until = this.#clock.now() + this.#lockoutMs(user.lockoutCount);
    this.#users.lock(user.id, until);
    this.#audit.record({
      action: 'users.pin-lockout',
      actorId,
      approverId: null,
      subject: user.id,
      outcome: 'locked',
      details: { purpose, lockedUntil: new Date(until).toISOString(), lockout: user.lockoutCount + 1 },
    });
    throw lockedOut(user.displayName, until, this.#clock.now());
  }

  #lockoutMs(previousLockouts: number): number {
    return Math.min(this.#policy.maxLockoutMs, this.#policy.lockoutMs * 2 ** Math.min(previousLockouts, 30));
  }

  #lockMinutes(previousLockouts: number): number {
    return Math.ceil(this.#lockoutMs(previousLockouts) / 60_000);
  }
}
