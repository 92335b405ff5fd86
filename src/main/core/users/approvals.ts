import { randomBytes } from 'node:crypto';
import type { Approval } from '../../../shared/contract/users';
import type { ApprovalRequest, ApprovalVerifier, Approver, AuditSink } from '../auth/ports';
import type { Clock } from '../ports';
import type { DiscountLimits } from './approvalPolicy';
import { amountOf, mayApprove, requestKey, subjectOf } from './approvalPolicy';
import { approvalExpired, approvalInvalid, notPermitted, pinChangeRequired, userInactive } from './authFailures';
import type { FailureTally } from './failureTally';
import type { PinChecker } from './pinChecker';
import { tooShortFor } from './pinPolicy';
import type { UserRepository } from './userRepository';

export const DEFAULT_APPROVAL_TTL_MS = 90_000;

interface Pending {
  request: ApprovalRequest;
  key: string;
  approverId: string;
  requestedBy: string | null;
  expiresAtMs: number;
}

/**
 * The manager override: a PIN typed on the cashier's screen yields a token good for one
 * action on one subject (this order and amount, this basket and outcome, this line and
 * price), once, for a short while. Tokens live in memory only, so a restart voids them.
 */
export class ApprovalService implements ApprovalVerifier {
  readonly #users: UserRepository;
  readonly #pins: PinChecker;
  readonly #audit: AuditSink;
  readonly #clock: Clock;
  readonly #ttlMs: number;
  readonly #limits: () => DiscountLimits;
  readonly #tally: FailureTally;
  readonly #pending = new Map<string, Pending>();

  constructor(deps: {
    users: UserRepository;
    pins: PinChecker;
    audit: AuditSink;
    clock: Clock;
    ttlMs: number;
    limits: () => DiscountLimits;
    tally: FailureTally;
  }) {
    this.#users = deps.users;
    this.#pins = deps.pins;
    this.#audit = deps.audit;
    this.#clock = deps.clock;
    this.#ttlMs = deps.ttlMs;
    this.#limits = deps.limits;
    this.#tally = deps.tally;
  }

  async request(approverId: string, pin: string, request: ApprovalRequest, requestedBy: string | null): Promise<Approval> {
    const approver = await this.#pins.check(approverId, pin, 'approval', requestedBy);
    const people = { requestedBy, approverId: approver.id };
    const refusal = (outcome: string) => this.#record('auth.approval-refused', request, people, outcome, { requested: request.subject });
    if (approver.role !== 'cashier' && (tooShortFor(approver.role, pin) || approver.pinChangeRequired)) {
      refusal('pin-change-required');
      throw pinChangeRequired(approver.displayName);
    }
    if (!mayApprove(approver, request, this.#limits())) {
      refusal('not-permitted');
      throw notPermitted(approver.displayName, request.action);
    }
    this.#forgetExpired();
    const token = randomBytes(32).toString('base64url');
    const expiresAtMs = this.#clock.now() + this.#ttlMs;
    this.#pending.set(token, { request, key: requestKey(request), approverId: approver.id, requestedBy, expiresAtMs });
    this.#record('auth.approval-granted', request, people, 'granted', {
      approved: request.subject,
      expiresAt: new Date(expiresAtMs).toISOString(),
    });
    return {
      token,
      action: request.action,
      request,
      approverId: approver.id,
      approverName: approver.displayName,
      expiresAt: new Date(expiresAtMs).toISOString(),
    };
  }

  /** Every approval event names what was asked, who asked and who approved. */
  #record(
    action: string,
    request: ApprovalRequest,
    people: { requestedBy: string | null; approverId: string },
    outcome: string,
    details: Record<string, unknown>,
  ): void {
    this.#audit.record({
      action,
      actorId: people.requestedBy,
      approverId: people.approverId,
      subject: subjectOf(request),
      ...amount(request),
      outcome,
      details: { action: request.action, ...details },
    });
  }

  /** Spends the token whatever the answer: a token tried for anything else is gone too. */
  consume(token: string, request: ApprovalRequest): Approver {
    const pending = this.#pending.get(token);
    this.#pending.delete(token);
    if (pending === undefined) {
      // Nobody can be named for a token main never issued: counted, not logged one row each.
      this.#tally.count('approval-unknown-token');
      throw approvalInvalid();
    }
    if (pending.key !== requestKey(request)) {
      const mismatch = pending.request.action === request.action ? 'wrong-subject' : 'wrong-action';
      this.#record('auth.approval-rejected', request, pending, mismatch, {
        tried: request.subject,
        grantedAction: pending.request.action,
        granted: pending.request.subject,
      });
      throw approvalInvalid();
    }
    if (pending.expiresAtMs <= this.#clock.now()) {
      this.#record('auth.approval-rejected', request, pending, 'expired', { granted: pending.request.subject });
      throw approvalExpired(Math.round(this.#ttlMs / 1000));
    }
    const approver = this.#users.find(pending.approverId);
    if (approver === null || !approver.active) throw userInactive(approver?.displayName ?? pending.approverId);
    if (!mayApprove(approver, request, this.#limits())) throw notPermitted(approver.displayName, request.action);
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

function amount(request: ApprovalRequest): { amountKurus?: number } {
  const value = amountOf(request);
  return value === undefined ? {} : { amountKurus: value };
}
