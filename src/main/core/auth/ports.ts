/**
 * What money-moving and privileged services need from users/roles/audit, declared
 * here so those services and the users module can be built and tested apart.
 */

import type { ApprovalRequest } from '../../../shared/approvals';

export { PRIVILEGED_ACTIONS } from '../../../shared/approvals';
export type { ApprovalRequest, PrivilegedAction } from '../../../shared/approvals';

export interface Approver {
  userId: string;
  displayName: string;
  role: 'cashier' | 'manager' | 'admin';
}

/**
 * A manager's PIN entry yields a one-time approval token for one action on one subject
 * (an order and amount, a basket and outcome, a line and price); the service that
 * performs the action consumes it, naming what it is about to do. Throws an AppFailure
 * (`auth.approval-invalid`, `auth.approval-expired`, `auth.not-permitted`) when it
 * cannot be used, including for anything other than what was approved.
 */
export interface ApprovalVerifier {
  consume(token: string, request: ApprovalRequest): Approver;
}

export interface AuditEntry {
  /** e.g. `tosla.refund`, `checkout.force-outcome`, `users.pin-lockout`. */
  action: string;
  /** Who was signed in at the till, if anyone. */
  actorId: string | null;
  /** Who approved it with a PIN, if anyone. */
  approverId: string | null;
  /** What it was about: an order id, a basket id, a user id. */
  subject: string;
  amountKurus?: number;
  outcome: string;
  details?: Record<string, unknown>;
}

/** Append-only, hash-chained log of privileged and money-moving actions. */
export interface AuditSink {
  record(entry: AuditEntry): void;
}
