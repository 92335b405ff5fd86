import type { CurrentUser } from '../../../shared/contract/users';
import type { AuditSink } from '../auth/ports';
import type { Clock } from '../ports';
import type { PinChecker } from './pinChecker';
import { isElevated, tooShortFor } from './pinPolicy';
import type { RecoveryCodes } from './recoveryCode';
import type { UserRecord, UserRepository } from './userRepository';
import { toPublicUser } from './userRepository';

/**
 * Who is signed in at this till. Held in memory only: a restart signs everybody out,
 * which is what a till left unattended through a restart should do. A manager or admin
 * who leaves the till signed in is signed out after the configured minutes without
 * activity, so the till does not stay privileged for whoever comes next.
 */
export class TillSession {
  readonly #users: UserRepository;
  readonly #pins: PinChecker;
  readonly #audit: AuditSink;
  readonly #clock: Clock;
  readonly #idleMinutes: () => number;
  readonly #recovery: RecoveryCodes;
  readonly #listeners = new Set<(current: CurrentUser) => void>();
  #userId: string | null = null;
  #pinChangeRequired = false;
  #lastActivityMs = 0;
  #idleTimer: NodeJS.Timeout | null = null;

  constructor(deps: {
    users: UserRepository;
    pins: PinChecker;
    audit: AuditSink;
    clock: Clock;
    idleMinutes: () => number;
    recovery: RecoveryCodes;
  }) {
    this.#users = deps.users;
    this.#pins = deps.pins;
    this.#audit = deps.audit;
    this.#clock = deps.clock;
    this.#idleMinutes = deps.idleMinutes;
    this.#recovery = deps.recovery;
  }

  /**
   * The signed-in user, re-read so a deactivation takes effect at once; an elevated user
   * idle for too long is signed out here, whether or not the timer has fired yet.
   */
  user(): UserRecord | null {
    if (this.#userId === null) return null;
    const user = this.#users.find(this.#userId);
    if (user === null || !user.active) {
      this.#end();
      return null;
    }
    if (isElevated(user.role) && this.#clock.now() - this.#lastActivityMs >= this.#idleMs()) {
      this.#idleOut(user);
      return null;
    }
    return user;
  }

  /** True while the signed-in manager or admin must choose a longer PIN before anything else. */
  pinChangeRequired(): boolean {
    return this.user() !== null && this.#pinChangeRequired;
  }

  current(): CurrentUser {
    const user = this.user();
    return {
      user: user === null ? null : toPublicUser(user, this.#clock.now()),
      needsBootstrap: this.#users.count() === 0,
      pinChangeRequired: user !== null && this.#pinChangeRequired,
      idleSignOutMinutes: user !== null && isElevated(user.role) ? this.#idleMinutes() : null,
      recoveryCodeSet: this.#recovery.isSet(),
    };
  }

  async signIn(userId: string, pin: string): Promise<CurrentUser> {
    const previous = this.user();
    const user = await this.#pins.check(userId, pin, 'sign-in', previous?.id ?? null);
    return this.adopt(user, tooShortFor(user.role, pin) || (isElevated(user.role) && user.pinChangeRequired));
  }

  /** Signs in a user who has just proved themselves (a PIN, the recovery code, creating the first admin). */
  adopt(user: UserRecord, pinChangeRequired = false): CurrentUser {
    this.#userId = user.id;
    this.#pinChangeRequired = pinChangeRequired;
    this.#lastActivityMs = this.#clock.now();
    this.#audit.record({
      action: 'users.sign-in',
      actorId: user.id,
      approverId: null,
      subject: user.id,
      outcome: 'signed-in',
      ...(pinChangeRequired ? { details: { pinChangeRequired: true } } : {}),
    });
    this.touch();
    return this.#changed();
  }

  /** The signed-in user just chose a PIN that fits their role. */
  pinChanged(): void {
    if (!this.#pinChangeRequired) return;
    this.#pinChangeRequired = false;
    this.#changed();
  }

  signOut(): CurrentUser {
    const user = this.user();
    if (user === null) return this.current();
    this.#end();
    this.#audit.record({ action: 'users.sign-out', actorId: user.id, approverId: null, subject: user.id, outcome: 'signed-out' });
    return this.#changed();
  }

  /** Someone is working at the till: the idle clock of an elevated session starts again. */
  touch(): void {
    if (this.#userId === null) return;
    if (this.user() === null) return;
    this.#lastActivityMs = this.#clock.now();
    this.#arm();
  }

  /** For changes made elsewhere (a rename, a role change) that the signed-in view should show. */
  refresh(): void {
    this.#changed();
  }

  onChange(listener: (current: CurrentUser) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  close(): void {
    if (this.#idleTimer !== null) clearTimeout(this.#idleTimer);
    this.#idleTimer = null;
  }

  #idleMs(): number {
    return this.#idleMinutes() * 60_000;
  }

  /** A real-time timer so the screen changes even when nobody calls; `user()` decides by the clock. */
  #arm(): void {
    if (this.#idleTimer !== null) clearTimeout(this.#idleTimer);
    this.#idleTimer = null;
    const user = this.#userId === null ? null : this.#users.find(this.#userId);
    if (user === null || !isElevated(user.role)) return;
    const remaining = this.#lastActivityMs + this.#idleMs() - this.#clock.now();
    this.#idleTimer = setTimeout(() => {
      this.#idleTimer = null;
      if (this.user() !== null) this.#arm();
    }, Math.max(1000, remaining));
    this.#idleTimer.unref();
  }

  #idleOut(user: UserRecord): void {
    this.#end();
    this.#audit.record({
      action: 'users.idle-sign-out',
      actorId: user.id,
      approverId: null,
      subject: user.id,
      outcome: 'signed-out',
      details: { idleMinutes: this.#idleMinutes(), lastActivity: new Date(this.#lastActivityMs).toISOString() },
    });
    this.#changed();
  }

  #end(): void {
    this.#userId = null;
    this.#pinChangeRequired = false;
    this.close();
  }

  #changed(): CurrentUser {
    const current = this.current();
    for (const listener of this.#listeners) listener(current);
    return current;
  }
}
