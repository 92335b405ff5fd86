import type { CheckoutState } from '../../../shared/checkout/checkoutState';

/**
 * How long and how often the checkout keeps asking TokenX about a basket, and when it
 * stops deciding on its own. Pure functions over times, so the rules are testable
 * without a clock.
 */

export interface FollowUpPolicy {
  /** A basket TokenX never saw is sent again on its own only while younger than this, and only on the day it was made. */
  autoResendWithinMs: number;
  /** Start-up recovery reads an entry at most this often before selling resumes. */
  recoveryReads: number;
  /** After this many reads in a row that settle nothing, a manager is asked to look. */
  escalateAfterReads: number;
}

export const DEFAULT_FOLLOW_UP: FollowUpPolicy = { autoResendWithinMs: 2 * 60_000, recoveryReads: 3, escalateAfterReads: 20 };

/** Istanbul has been UTC+3 all year since 2016; the date is taken there, whatever the till's own zone. */
const istanbulDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Istanbul', year: 'numeric', month: '2-digit', day: '2-digit' });

export function mayResendOnItsOwn(createdAtMs: number, nowMs: number, policy: FollowUpPolicy): boolean {
  return nowMs - createdAtMs <= policy.autoResendWithinMs && istanbulDay.format(createdAtMs) === istanbulDay.format(nowMs);
}

/**
 * A basket that stays open on the device for long (a list basket waiting for a table to
 * pay) is read less and less often: a tenth of its age, between the poll interval and
 * five minutes. Its webhook still arrives at once.
 */
export function pollFloorForAge(ageMs: number): number {
  return Math.min(5 * 60_000, Math.max(0, Math.round(ageMs / 10)));
}

export interface SettledWatchPolicy {
  /** How long after payment (or an outcome recorded by hand) a basket is still read, for a voided receipt. */
  windowMs: number;
  /** How long after a cancel, a decline or a delete it is read, for a payment that came after all. */
  lateWindowMs: number;
}

/** Which final states are read again for a while, and for how long; null when never. */
export function settledWatchWindow(state: CheckoutState, forced: boolean, policy: SettledWatchPolicy): number | null {
  if (forced || state === 'paid') return policy.windowMs;
  if (state === 'cancelled-on-device' || state === 'declined' || state === 'deleted') return policy.lateWindowMs;
  return null;
}
