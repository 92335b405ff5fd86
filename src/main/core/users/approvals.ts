import { randomBytes } from 'node:crypto';
import type { Approval } from '../../../shared/contract/users';
import type { ApprovalVerifier, Approver, AuditSink, PrivilegedAction } from '../auth/ports';
import type { Clock } from '../ports';
import { approvalExpired, approvalInvalid, notPermitted, userInactive } from './authFailures';
import { effectivePermissions } from './permissions';
import type { PinChecker } from './pinChecker';
import type { UserRepository } from './userRepository';

export const DEFAULT_APPROVAL_TTL_MS = 90_000;

interface Pending {
  action: PrivilegedAction;
  approverId: string;
  requestedBy: string | null;
  expiresAtMs: number;
}

/**
 * The manager override: a PIN typed on the cashier's screen yields a token good for one
 * action, once, for a short while. Tokens live in memory only, so a restart voids them.
 */
export class ApprovalService implements ApprovalVerifier {
  readonly #users: UserRepository;
  readonly #pins: PinChecker;
  readonly #audit: AuditSink;
  readonly #clock: Clock;
  readonly #ttlMs: number;
  readonly #pending = new Map<string, Pending>();

  constructor(deps: { users: UserRepository; pins: PinChecker; audit: AuditSink; clock: Clock; ttlMs: number }) {
    this.#users = deps.users;
    this.#pins = deps.pins;
    this.#audit = deps.audit;
    this.#clock = deps.clock;
    this.#ttlMs = deps.ttlMs;
  }

  async request(approverId: string, pin: string, action: PrivilegedAction, requestedBy: string | null): Promise<Approval> {
    const approver = await this.#pins.check(approverId, pin, 'approval', requestedBy);
    if (!effectivePermissions(approver.role, approver.permissions).includes(action) || approver.role === 'cashier') {
      this.#audit.record({
        action: 'auth.approval-refused',
        actorId: requestedBy,
        approverId: approver.id,
        subject: action,
        outcome: 'not-permitted',
      });
      throw notPermitted(approver.displayName, action);
    }
    this.#forgetExpired();
    const token = randomBytes(32).toString('base64url');
    const expiresAtMs = this.#clock.now() + this.#ttlMs;
    this.#pending.set(token, { action, approverId: approver.id, requestedBy, expiresAtMs });
    this.#audit.record({
      action: 'auth.approval-granted',
      actorId: requestedBy,
      approverId: approver.id,
      subject: action,
      outcome: 'granted',
      details: { expiresAt: new Date(expiresAtMs).toISOString() },
    });
    return {
      token,
      action,
      approverId: approver.id,
      approverName: approver.displayName,
      expiresAt: new Date(expiresAtMs).toISOString(),
    };
  }

  /** Spends the token whatever the answer: a token tried for the wrong action is gone too. */
  consume(token: string, action: PrivilegedAction): Approver {
    const pending = this.#pending.get(token);
    this.#pending.delete(token);
    if (pending === undefined || pending.action !== action) {
      this.#audit.record({
        action: 'auth.approval-rejected',
        actorId: pending?.requestedBy ?? null,
        approverId: pending?.approverId ?? null,
        subject: action,
        outcome: pending === undefined ? 'unknown-token' : 'wrong-action',
        details: pending === undefined ? {} : { grantedFor: pending.action },
      });
      throw approvalInvalid();
    }
    if (pending.expiresAtMs <= this.#clock.now()) {
      this.#audit.record({
        action: 'auth.approval-rejected',
        actorId: pending.requestedBy,
        approverId: pending.approverId,
        subject: action,
        outcome: 'expired',
      });
      throw approvalExpired(Math.round(this.#ttlMs / 1000));
    }
    const approver = this.#users.find(pending.approverId);
    if (approver === null || !approver.active) throw userInactive(approver?.displayName ?? pending.approverId);
    if (!effectivePermissions(approver.role, approver.permissions).includes(action)) {
      throw notPermitted(approver.displayName, action);
    }
    return { userId: approver.id, displayName: approver.displayName, role: approver.role };
  }

  /** Voids every outstanding token: an approval given at one cashier's screen is not for the next one. */
  revokeAll(): void {
    this.#pending.clear();
  }

  #forgetExpired(): void {
    const now = this.#clock.now();
    for (const [token, pending] of this.#pending) {
      if (pending.expiresAtMs <= now) this.#pending.delete(token);
    }
  }
}
