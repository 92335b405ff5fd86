import type { Role } from '../../../shared/contract/users';
import type { ApprovalRequest, PrivilegedAction } from '../auth/ports';
import { approvalRequired, notSignedIn, pinChangeRequired } from './authFailures';
import type { ApprovalService } from './approvals';
import { effectivePermissions } from './permissions';
import type { TillSession } from './tillSession';
import type { UserRecord, UserRepository } from './userRepository';

/** Who is behind a privileged action: the till user, and the manager who approved it if one did. */
export interface Authority {
  actorId: string | null;
  approverId: string | null;
  approverName: string | null;
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

  /**
   * The signed-in user if they hold the permission themselves; otherwise the approval
   * token must have been given for exactly `request`.
   */
  authorize(request: ApprovalRequest, approvalToken: string | undefined): Authority {
    const tillUser = this.#session.user();
    if (approvalToken !== undefined) {
      const approver = this.#approvals.consume(approvalToken, request);
      return {
        actorId: tillUser?.id ?? null,
        approverId: approver.userId,
        approverName: approver.displayName,
        role: approver.role,
        permissions: effectivePermissions(approver.role, this.#approverPermissions(approver.userId)),
      };
    }
    return this.require(request.action);
  }

  /** The signed-in user, who must hold `action` themselves (no approval can stand in). */
  require(action: PrivilegedAction): Authority {
    const tillUser = this.signedIn();
    const permissions = effectivePermissions(tillUser.role, tillUser.permissions);
    if (!permissions.includes(action)) throw approvalRequired(action);
    return { actorId: tillUser.id, approverId: null, approverName: null, role: tillUser.role, permissions };
  }

  /** The signed-in user, unless nobody is or they must change their PIN first. */
  signedIn(): UserRecord {
    const tillUser = this.#session.user();
    if (tillUser === null) throw notSignedIn();
    if (this.#session.pinChangeRequired()) throw pinChangeRequired(tillUser.displayName);
    return tillUser;
  }

  #approverPermissions(userId: string): PrivilegedAction[] {
    return this.#users.find(userId)?.permissions ?? [];
  }
}
