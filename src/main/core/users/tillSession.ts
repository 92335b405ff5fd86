import type { CurrentUser } from '../../../shared/contract/users';
import type { AuditSink } from '../auth/ports';
import type { Clock } from '../ports';
import type { PinChecker } from './pinChecker';
import type { UserRecord, UserRepository } from './userRepository';
import { toPublicUser } from './userRepository';

/**
 * Who is signed in at this till. Held in memory only: a restart signs everybody out,
 * which is what a till left unattended through a restart should do.
 */
export class TillSession {
  readonly #users: UserRepository;
  readonly #pins: PinChecker;
  readonly #audit: AuditSink;
  readonly #clock: Clock;
  readonly #listeners = new Set<(current: CurrentUser) => void>();
  #userId: string | null = null;

  constructor(deps: { users: UserRepository; pins: PinChecker; audit: AuditSink; clock: Clock }) {
    this.#users = deps.users;
    this.#pins = deps.pins;
    this.#audit = deps.audit;
    this.#clock = deps.clock;
  }

  /** The signed-in user, re-read so a deactivation takes effect at once. */
  user(): UserRecord | null {
    if (this.#userId === null) return null;
    const user = this.#users.find(this.#userId);
    if (user === null || !user.active) {
      this.#userId = null;
      return null;
    }
    return user;
  }

  current(): CurrentUser {
    const user = this.user();
    return {
      user: user === null ? null : toPublicUser(user, this.#clock.now()),
      needsBootstrap: this.#users.count() === 0,
    };
  }

  async signIn(userId: string, pin: string): Promise<CurrentUser> {
    const previous = this.user();
    const user = await this.#pins.check(userId, pin, 'sign-in', previous?.id ?? null);
    this.#userId = user.id;
    this.#audit.record({ action: 'users.sign-in', actorId: user.id, approverId: null, subject: user.id, outcome: 'signed-in' });
    return this.#changed();
  }

  /** Signs in a user who has just proved themselves another way (the first admin, right after creating the PIN). */
  adopt(user: UserRecord): CurrentUser {
    this.#userId = user.id;
    this.#audit.record({ action: 'users.sign-in', actorId: user.id, approverId: null, subject: user.id, outcome: 'signed-in' });
    return this.#changed();
  }

  signOut(): CurrentUser {
    const user = this.user();
    if (user === null) return this.current();
    this.#userId = null;
    this.#audit.record({ action: 'users.sign-out', actorId: user.id, approverId: null, subject: user.id, outcome: 'signed-out' });
    return this.#changed();
  }

  /** For changes made elsewhere (a rename, a role change) that the signed-in view should show. */
  refresh(): void {
    this.#changed();
  }

  onChange(listener: (current: CurrentUser) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #changed(): CurrentUser {
    const current = this.current();
    for (const listener of this.#listeners) listener(current);
    return current;
  }
}
