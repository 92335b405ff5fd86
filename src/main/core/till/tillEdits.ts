import type { TillEdit, TillEditRecord } from '../../../shared/contract/till';
import { approvalForEdit } from '../../../shared/contract/till';
import type { AuditSink, PrivilegedAction } from '../auth/ports';
import type { DiscountLimits } from '../users/approvalPolicy';
import { discountLimitPercent, withinPercent } from '../users/approvalPolicy';
import { approvalRequired, notSignedIn } from '../users/authFailures';
import type { Authorizer } from '../users/authorizer';
import { effectivePermissions } from '../users/permissions';
import type { TillSession } from '../users/tillSession';
import type { UserRecord } from '../users/userRepository';

export interface TillEditsDeps {
  session: TillSession;
  authorizer: Authorizer;
  audit: AuditSink;
  limits: () => DiscountLimits;
  /** Training before the first user exists: a newcomer may try the till without anyone to sign in. */
  anonymousTraining: () => boolean;
}

const AUDIT_ACTION: Record<TillEdit['kind'], string> = {
  'line-void': 'till.line-void',
  price: 'till.price-change',
  discount: 'till.discount',
};

/**
 * Line voids, price changes and discounts at the till: the basket is the screen's, but
 * who may change it is decided here, and every such edit is written to the audit log
 * with who made it, who approved it and how much, before the screen applies it.
 */
export class TillEdits {
  readonly #deps: TillEditsDeps;

  constructor(deps: TillEditsDeps) {
    this.#deps = deps;
  }

  /** The discount the signed-in user may give alone, in percent. */
  ownDiscountPercent(): number {
    const user = this.#deps.session.user();
    if (user === null) return this.#deps.anonymousTraining() ? 100 : 0;
    return discountLimitPercent(user.role, this.#deps.limits());
  }

  authorize(basketId: string, edit: TillEdit, approvalToken: string | undefined): TillEditRecord {
    const tillUser = this.#deps.session.user();
    if (tillUser === null && !this.#deps.anonymousTraining()) throw notSignedIn();
    let approverId: string | null = null;
    let approverName: string | null = null;
    if (approvalToken !== undefined) {
      const authority = this.#deps.authorizer.authorize(approvalForEdit(basketId, edit), approvalToken);
      approverId = authority.approverId;
      approverName = authority.approverName;
    } else if (tillUser !== null) {
      this.#deps.authorizer.signedIn();
      const missing = this.#missingRight(tillUser, edit);
      if (missing !== null) throw approvalRequired(missing);
    }
    this.#deps.audit.record({
      action: AUDIT_ACTION[edit.kind],
      actorId: tillUser?.id ?? null,
      approverId,
      subject: basketId,
      amountKurus: amountOf(edit),
      outcome: approverId === null ? 'applied' : 'approved',
      details: detailsOf(edit),
    });
    return { actorId: tillUser?.id ?? null, approverId, approverName };
  }

  /** The action a manager must approve for this user to make this edit; null when they may alone. */
  #missingRight(user: UserRecord, edit: TillEdit): PrivilegedAction | null {
    if (edit.kind === 'discount') {
      const limit = discountLimitPercent(user.role, this.#deps.limits());
      return withinPercent(edit.discountKurus, edit.baseKurus, limit) ? null : 'discount';
    }
    const action = edit.kind === 'line-void' ? 'line-void' : 'price-override';
    return effectivePermissions(user.role, user.permissions).includes(action) ? null : action;
  }
}

function amountOf(edit: TillEdit): number {
  switch (edit.kind) {
    case 'line-void':
      return edit.amountKurus;
    case 'price':
      return edit.toKurus;
    case 'discount':
      return edit.discountKurus;
  }
}

function detailsOf(edit: TillEdit): Record<string, unknown> {
  switch (edit.kind) {
    case 'line-void':
      return { lineId: edit.lineId, name: edit.name };
    case 'price':
      return { lineId: edit.lineId, name: edit.name, fromKurus: edit.fromKurus, toKurus: edit.toKurus };
    case 'discount':
      return {
        lineId: edit.lineId,
        name: edit.name,
        baseKurus: edit.baseKurus,
        // Hundredths of a percent, whole numbers only in the log.
        percentBasisPoints: edit.baseKurus === 0 ? 0 : Math.round((edit.discountKurus * 10_000) / edit.baseKurus),
      };
  }
}
