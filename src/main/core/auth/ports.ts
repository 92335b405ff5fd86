/**
 * What money-moving and privileged services need from users/roles/audit, declared
 * here so those services and the users module can be built and tested apart.
 */

import type { PRIVILEGED_ACTIONS } from '../../../shared/contract/users';

export { PRIVILEGED_ACTIONS } from '../../../shared/contract/users';
export type PrivilegedAction = (typeof PRIVILEGED_ACTIONS)[number];

export interface Approver {
  userId: string;
  displayName: string;
  role: 'cashier' | 'manager' | 'admin';
}

/**
 * A manager's PIN entry yields a one-time approval token for one action; the service
 * that performs the action consumes it. Throws an AppFailure (`auth.approval-invalid`,
 * `auth.approval-expired`, `auth.not-permitted`) when it cannot be used.
 */
export interface ApprovalVerifier {
  consume(token: string, action: PrivilegedAction): Approver;
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
