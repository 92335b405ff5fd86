import type { Role } from '../../../shared/contract/users';
import type { PrivilegedAction } from '../auth/ports';
import { approvalRequired, notSignedIn } from './authFailures';
import type { ApprovalService } from './approvals';
import { effectivePermissions } from './permissions';
import type { TillSession } from './tillSession';
import type { UserRepository } from './userRepository';

/** Who is behind a privileged action: the till user, and the manager who approved it if one did. */
export interface Authority {
  actorId: string | null;
  approverId: string | null;
  /** Role and permissions of whoever vouches for the action (the approver if there is one). */
  role: Role;
  permissions: PrivilegedAction[];
}

/**
 * Decides in main, from the signed-in user and an approval token, whether an action may
 * go ahead; nothing the renderer says about who it is counts.
 */
export class Authorizer {
  readonly #session: TillSession;
  readonly #approvals: ApprovalService;
  readonly #users: UserRepository;

  constructor(deps: { session: TillSession; approvals: ApprovalService; users: UserRepository }) {
    this.#session = deps.session;
    this.#approvals = deps.approvals;
    this.#users = deps.users;
  }

  authorize(action: PrivilegedAction, approvalToken: string | undefined): Authority {
    const tillUser = this.#session.user();
    if (approvalToken !== undefined) {
      const approver = this.#approvals.consume(approvalToken, action);
      return {
        actorId: tillUser?.id ?? null,
        approverId: approver.userId,
        role: approver.role,
        permissions: effectivePermissions(approver.role, this.#approverPermissions(approver.userId)),
      };
    }
    if (tillUser === null) throw notSignedIn();
    const permissions = effectivePermissions(tillUser.role, tillUser.permissions);
    if (!permissions.includes(action)) throw approvalRequired(action);
    return { actorId: tillUser.id, approverId: null, role: tillUser.role, permissions };
  }

  #approverPermissions(userId: string): PrivilegedAction[] {
    return this.#users.find(userId)?.permissions ?? [];
  }
}
