import type { DatabaseSync } from 'node:sqlite';
import type { AuditSink } from '../auth/ports';
import type { Clock } from '../ports';
import { ApprovalService, DEFAULT_APPROVAL_TTL_MS } from './approvals';
import { Authorizer } from './authorizer';
import type { LockoutPolicy } from './pinChecker';
import { DEFAULT_LOCKOUT, PinChecker } from './pinChecker';
import type { ScryptCost } from './pinHasher';
import { DEFAULT_PIN_COST, PinHasher } from './pinHasher';
import { TillSession } from './tillSession';
import { UserRepository } from './userRepository';
import { UserService } from './userService';

export interface UsersOptions {
  lockout?: LockoutPolicy;
  approvalTtlMs?: number;
  pinCost?: ScryptCost;
}

export interface UsersModule {
  session: TillSession;
  approvals: ApprovalService;
  authorizer: Authorizer;
  service: UserService;
}

/** Wires the users services over one database (already migrated with `usersMigrations`). */
export function createUsersModule(db: DatabaseSync, audit: AuditSink, clock: Clock, options: UsersOptions = {}): UsersModule {
  const users = new UserRepository(db);
  const hasher = new PinHasher(options.pinCost ?? DEFAULT_PIN_COST);
  const pins = new PinChecker({ users, hasher, audit, clock, policy: options.lockout ?? DEFAULT_LOCKOUT });
  const session = new TillSession({ users, pins, audit, clock });
  const approvals = new ApprovalService({ users, pins, audit, clock, ttlMs: options.approvalTtlMs ?? DEFAULT_APPROVAL_TTL_MS });
  let tillUserId: string | null = null;
  session.onChange(({ user }) => {
    if ((user?.id ?? null) !== tillUserId) approvals.revokeAll();
    tillUserId = user?.id ?? null;
  });
  const authorizer = new Authorizer({ session, approvals, users });
  const service = new UserService({ users, hasher, pins, session, authorizer, audit, clock });
  return { session, approvals, authorizer, service };
}
