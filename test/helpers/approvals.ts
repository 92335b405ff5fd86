import { randomUUID } from 'node:crypto';
import type { ApprovalRequest, ApprovalVerifier, Approver, PrivilegedAction } from '../../src/main/core/auth/ports';
import { AppFailure } from '../../src/main/core/failure';

/**
 * One-time approval tokens for a manager, as the users module hands them out after a
 * PIN: consuming one twice, or for another action, fails like the real verifier.
 */
export class TestApprovals implements ApprovalVerifier {
  readonly #tokens = new Map<string, PrivilegedAction>();
  readonly manager: Approver = { userId: 'mgr-1', displayName: 'Ayşe Yılmaz', role: 'manager' };

  issue(action: PrivilegedAction): string {
    const token = randomUUID();
    this.#tokens.set(token, action);
    return token;
  }

  consume(token: string, { action }: ApprovalRequest): Approver {
    if (this.#tokens.get(token) !== action) {
      throw new AppFailure('auth.approval-invalid', 'The approval is not valid.', 'Onay geçerli değil.');
    }
    this.#tokens.delete(token);
    return this.manager;
  }
}
