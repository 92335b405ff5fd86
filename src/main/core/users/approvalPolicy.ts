import type { ApprovalRequest } from '../../../shared/approvals';
import type { Role } from '../../../shared/contract/users';
import type { TillSettings } from '../../../shared/settings';
import { canonicalJson } from '../audit/canonicalJson';
import { effectivePermissions } from './permissions';
import type { UserRecord } from './userRepository';

export type DiscountLimits = TillSettings['discountLimitPercent'];

/** The discount a role gives on its own, in percent; admins are never limited. */
export function discountLimitPercent(role: Role, limits: DiscountLimits): number {
  return role === 'admin' ? 100 : limits[role];
}

/** Integer maths: `discount / base ≤ percent / 100`. */
export const withinPercent = (discountKurus: number, baseKurus: number, percent: number): boolean =>
  discountKurus * 100 <= baseKurus * percent;

/**
 * Whether `user` may approve `request` for someone else: never a cashier, only with the
 * permission, and for a discount only within their own role's limit.
 */
export function mayApprove(user: UserRecord, request: ApprovalRequest, limits: DiscountLimits): boolean {
  if (!user.active || user.role === 'cashier') return false;
  if (!effectivePermissions(user.role, user.permissions).includes(request.action)) return false;
  if (request.action === 'discount') {
    return withinPercent(request.subject.discountKurus, request.subject.baseKurus, discountLimitPercent(user.role, limits));
  }
  return true;
}

/** One string per distinct request: two requests are the same approval only if these are equal. */
export const requestKey = (request: ApprovalRequest): string => canonicalJson(request);

/** The audit row's subject: what the approval was about, as a manager would search for it. */
export function subjectOf(request: ApprovalRequest): string {
  switch (request.action) {
    case 'tosla-void':
    case 'tosla-refund':
      return request.subject.orderId;
    case 'settings':
      return `${request.subject.operation}:${request.subject.target}`;
    default:
      return request.subject.basketId;
  }
}

/** The money an approval moves or gives away, when it has an amount. */
export function amountOf(request: ApprovalRequest): number | undefined {
  switch (request.action) {
    case 'tosla-void':
    case 'tosla-refund':
    case 'line-void':
      return request.subject.amountKurus;
    case 'price-override':
      return request.subject.priceKurus;
    case 'discount':
      return request.subject.discountKurus;
    default:
      return undefined;
  }
}
