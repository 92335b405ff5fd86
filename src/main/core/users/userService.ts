import { settingsApproval } from '../../../shared/approvals';
import type { CurrentUser, PublicUser, Role, RosterEntry } from '../../../shared/contract/users';
import type { ApprovalRequest, AuditSink, PrivilegedAction } from '../auth/ports';
import { AppFailure } from '../failure';
import type { Clock } from '../ports';
import type { DiscountLimits } from './approvalPolicy';
import { mayApprove } from './approvalPolicy';
import { lastAdmin, notSignedIn, outranked, recoveryCodeWrong, unknownUser } from './authFailures';
import type { Authority, Authorizer } from './authorizer';
import type { FailureTally } from './failureTally';
import { defaultPermissions, outranks } from './permissions';
import type { PinChecker } from './pinChecker';
import type { PinHasher } from './pinHasher';
import type { PinThrottle } from './pinThrottle';
import { assertPinStrongEnough, isElevated } from './pinPolicy';
import type { RecoveryCodes } from './recoveryCode';
import type { TillSession } from './tillSession';
import type { UserRecord, UserRepository } from './userRepository';
import { toPublicUser } from './userRepository';

export type WithRecoveryCode = CurrentUser & { recoveryCode: string };

export interface UserChange {
  displayName?: string | undefined;
  role?: Role | undefined;
  permissions?: PrivilegedAction[] | undefined;
}

/**
 * Creating and managing users. Every change needs the `settings` permission (from the
 * signed-in user or a manager's approval), may only touch users at or below the
 * authoriser's role, may only hand out permissions the authoriser has, and never
 * leaves the shop without an active admin.
 */
export class UserService {
  readonly #users: UserRepository;
  readonly #hasher: PinHasher;
  readonly #pins: PinChecker;
  readonly #session: TillSession;
  readonly #authorizer: Authorizer;
  readonly #audit: AuditSink;
  readonly #clock: Clock;
  readonly #recovery: RecoveryCodes;
  readonly #throttle: PinThrottle;
  readonly #tally: FailureTally;
  readonly #limits: () => DiscountLimits;

  constructor(deps: {
    users: UserRepository;
    hasher: PinHasher;
    pins: PinChecker;
    session: TillSession;
    authorizer: Authorizer;
    audit: AuditSink;
    clock: Clock;
    recovery: RecoveryCodes;
    throttle: PinThrottle;
    tally: FailureTally;
    limits: () => DiscountLimits;
  }) {
    this.#users = deps.users;
    this.#hasher = deps.hasher;
    this.#pins = deps.pins;
    this.#session = deps.session;
    this.#authorizer = deps.authorizer;
    this.#audit = deps.audit;
    this.#clock = deps.clock;
    this.#recovery = deps.recovery;
    this.#throttle = deps.throttle;
    this.#tally = deps.tally;
    this.#limits = deps.limits;
  }

  /**
   * The onboarding wizard's first user; refused once any user exists. Answers with the
   * installation's recovery code, shown this once.
   */
  async bootstrapAdmin(displayName: string, pin: string): Promise<WithRecoveryCode> {
    this.#assertNoUsers();
    assertPinStrongEnough(pin, 'admin');
    const stored = await this.#hasher.hash(pin);
    // Checked again after the await: a second wizard window may have finished first.
    this.#assertNoUsers();
    const admin = this.#users.insert({ displayName, role: 'admin', permissions: defaultPermissions('admin'), pin: stored, at: this.#now() });
    this.#audit.record({
      action: 'users.bootstrap-admin',
      actorId: null,
      approverId: null,
      subject: admin.id,
      outcome: 'created',
      details: { displayName },
    });
    const recoveryCode = await this.#issueRecoveryCode(admin.id, 'setup');
    return { ...this.#session.adopt(admin), recoveryCode };
  }

  /**
   * The recovery code sets a new PIN for an admin, whatever lockout or throttle is on,
   * signs them in, and is replaced by a new code (the old one is spent).
   */
  async recover(adminId: string, code: string, pin: string): Promise<WithRecoveryCode> {
    const admin = this.#users.find(adminId);
    if (admin === null || !admin.active || admin.role !== 'admin') {
      throw new AppFailure(
        'users.recover-not-admin',
        'Choose an active admin: the recovery code restores an admin’s access.',
        'Etkin bir admin seçin: kurtarma kodu bir adminin erişimini geri getirir.',
        'adminId',
      );
    }
    assertPinStrongEnough(pin, 'admin');
    if (!(await this.#recovery.matches(code))) {
      this.#tally.count('recovery-code-wrong');
      throw recoveryCodeWrong();
    }
    this.#throttle.release();
    const updated = this.#users.replacePin(admin.id, await this.#hasher.hash(pin), this.#now());
    this.#audit.record({
      action: 'users.recover',
      actorId: null,
      approverId: null,
      subject: admin.id,
      outcome: 'recovered',
      details: { by: 'recovery-code' },
    });
    const recoveryCode = await this.#issueRecoveryCode(admin.id, 'recovery');
    return { ...this.#session.adopt(updated), recoveryCode };
  }

  /** A new recovery code for the signed-in admin, who confirms with their PIN; the old code stops working. */
  async newRecoveryCode(pin: string): Promise<{ recoveryCode: string }> {
    const admin = await this.confirmPin('settings', pin);
    if (admin.role !== 'admin') {
      throw new AppFailure(
        'auth.not-permitted',
        'Only an admin can make a new recovery code.',
        'Yeni kurtarma kodunu yalnızca bir admin oluşturabilir.',
      );
    }
    return { recoveryCode: await this.#issueRecoveryCode(admin.id, 'renewed') };
  }

  /**
   * The signed-in user, holding `action`, types their PIN again: for changes that decide
   * what the till runs or where credentials go, being signed in is not enough.
   */
  async confirmPin(action: PrivilegedAction, pin: string): Promise<UserRecord> {
    const { actorId } = this.#authorizer.require(action);
    if (actorId === null) throw notSignedIn();
    return this.#pins.check(actorId, pin, 'confirm', actorId);
  }

  list(includeInactive: boolean): PublicUser[] {
    const viewer = this.#session.user();
    if (viewer === null) throw notSignedIn();
    if (viewer.role === 'cashier') {
      throw new AppFailure(
        'auth.not-permitted',
        'Only managers and admins can see the user list.',
        'Kullanıcı listesini yalnızca yöneticiler ve adminler görebilir.',
      );
    }
    return this.#users.list(includeInactive).map((user) => this.#public(user));
  }

  /** The sign-in picker: names and roles of users who can sign in, nothing more. */
  roster(): RosterEntry[] {
    return this.#users.list(false).map((user) => this.#rosterEntry(user));
  }

  /** Who may approve exactly this request: the approver picker never offers someone main would refuse. */
  approvers(request: ApprovalRequest): RosterEntry[] {
    const limits = this.#limits();
    return this.#users
      .list(false)
      .filter((user) => mayApprove(user, request, limits))
      .map((user) => this.#rosterEntry(user));
  }

  async create(
    input: { displayName: string; role: Role; permissions?: PrivilegedAction[] | undefined; pin: string },
    approvalToken: string | undefined,
  ): Promise<PublicUser> {
    assertPinStrongEnough(input.pin, input.role);
    const authority = this.#authorizer.authorize(settingsApproval('users.create', input.displayName), approvalToken);
    const permissions = input.permissions ?? defaultPermissions(input.role);
    assertWithinAuthority(authority, input.role, permissions);
    const stored = await this.#hasher.hash(input.pin);
    const user = this.#users.insert({ displayName: input.displayName, role: input.role, permissions, pin: stored, at: this.#now() });
    this.#audit.record({
      action: 'users.create',
      actorId: authority.actorId,
      approverId: authority.approverId,
      subject: user.id,
      outcome: 'created',
      details: { displayName: user.displayName, role: user.role, permissions },
    });
    return this.#public(user);
  }

  update(id: string, change: UserChange, approvalToken: string | undefined): PublicUser {
    const authority = this.#authorizer.authorize(settingsApproval('users.update', id), approvalToken);
    const target = this.#target(id, authority);
    const role = change.role ?? target.role;
    const permissions = change.permissions ?? (change.role === undefined ? target.permissions : defaultPermissions(role));
    assertWithinAuthority(
      authority,
      role,
      permissions.filter((action) => !target.permissions.includes(action)),
    );
    if (target.role === 'admin' && role !== 'admin') this.#assertNotLastAdmin(target);
    const updated = this.#users.updateProfile(id, {
      displayName: change.displayName ?? target.displayName,
      role,
      permissions,
      active: target.active,
      // A cashier's PIN was chosen under a cashier's rules: a promoted user picks a new one at next sign-in.
      pinChangeRequired: target.pinChangeRequired || (isElevated(role) && !isElevated(target.role)),
      at: this.#now(),
    });
    this.#audit.record({
      action: 'users.update',
      actorId: authority.actorId,
      approverId: authority.approverId,
      subject: id,
      outcome: 'updated',
      details: {
        before: { displayName: target.displayName, role: target.role, permissions: target.permissions },
        after: { displayName: updated.displayName, role: updated.role, permissions: updated.permissions },
      },
    });
    this.#session.refresh();
    return this.#public(updated);
  }

  deactivate(id: string, approvalToken: string | undefined): PublicUser {
    const authority = this.#authorizer.authorize(settingsApproval('users.deactivate', id), approvalToken);
    const target = this.#target(id, authority);
    if (target.role === 'admin') this.#assertNotLastAdmin(target);
    const updated = this.#users.updateProfile(id, {
      displayName: target.displayName,
      role: target.role,
      permissions: target.permissions,
      active: false,
      pinChangeRequired: target.pinChangeRequired,
      at: this.#now(),
    });
    this.#audit.record({
      action: 'users.deactivate',
      actorId: authority.actorId,
      approverId: authority.approverId,
      subject: id,
      outcome: 'deactivated',
    });
    this.#session.refresh();
    return this.#public(updated);
  }

  /**
   * With `currentPin`, the signed-in user changes their own PIN; without it, someone
   * allowed to manage users sets it, which also lifts a lockout.
   */
  async setPin(
    input: { id: string; pin: string; currentPin?: string | undefined },
    approvalToken: string | undefined,
  ): Promise<PublicUser> {
    const subject = this.#users.find(input.id);
    if (subject === null) throw unknownUser();
    assertPinStrongEnough(input.pin, subject.role);
    let actorId: string | null;
    let approverId: string | null = null;
    if (input.currentPin !== undefined) {
      const self = this.#session.user();
      if (self === null) throw notSignedIn();
      if (self.id !== input.id) {
        throw new AppFailure(
          'auth.not-permitted',
          'You can change only your own PIN this way. To reset someone else’s, leave the current PIN empty and have it approved.',
          'Bu yolla yalnızca kendi PIN’inizi değiştirebilirsiniz. Başkasınınkini sıfırlamak için mevcut PIN’i boş bırakıp onaylatın.',
        );
      }
      await this.#pins.check(self.id, input.currentPin, 'pin-change', self.id);
      actorId = self.id;
    } else {
      const authority = this.#authorizer.authorize(settingsApproval('users.setPin', input.id), approvalToken);
      this.#target(input.id, authority);
      actorId = authority.actorId;
      approverId = authority.approverId;
    }
    const stored = await this.#hasher.hash(input.pin);
    const updated = this.#users.replacePin(input.id, stored, this.#now());
    this.#audit.record({
      action: 'users.set-pin',
      actorId,
      approverId,
      subject: input.id,
      outcome: 'changed',
      details: { by: input.currentPin === undefined ? 'manager' : 'self' },
    });
    if (input.currentPin !== undefined) this.#session.pinChanged();
    return this.#public(updated);
  }

  #target(id: string, authority: Authority): UserRecord {
    const target = this.#users.find(id);
    if (target === null) throw unknownUser();
    if (outranks(target.role, authority.role)) throw outranked();
    return target;
  }

  #assertNotLastAdmin(target: UserRecord): void {
    if (target.active && this.#users.countActiveAdmins() <= 1) throw lastAdmin();
  }

  #assertNoUsers(): void {
    if (this.#users.count() > 0) {
      throw new AppFailure(
        'users.already-set-up',
        'The first admin already exists. Sign in, and add users from the manager screen.',
        'İlk admin zaten oluşturulmuş. Oturum açın ve kullanıcıları yönetici ekranından ekleyin.',
      );
    }
  }

  #public(user: UserRecord): PublicUser {
    return toPublicUser(user, this.#clock.now());
  }

  #rosterEntry(user: UserRecord): RosterEntry {
    const { id, displayName, role, lockedUntil } = this.#public(user);
    return { id, displayName, role, lockedUntil };
  }

  async #issueRecoveryCode(adminId: string, reason: 'setup' | 'recovery' | 'renewed'): Promise<string> {
    const code = await this.#recovery.issue(this.#now());
    this.#audit.record({
      action: 'users.recovery-code',
      actorId: adminId,
      approverId: null,
      subject: adminId,
      outcome: 'issued',
      details: { reason },
    });
    return code;
  }

  #now(): string {
    return new Date(this.#clock.now()).toISOString();
  }
}

function assertWithinAuthority(authority: Authority, role: Role, granted: readonly PrivilegedAction[]): void {
  if (outranks(role, authority.role)) throw outranked();
  if (granted.some((action) => !authority.permissions.includes(action))) throw outranked();
}
