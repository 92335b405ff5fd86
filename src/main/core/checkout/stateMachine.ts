import type {
  CheckoutAlert,
  CheckoutState,
  ForcibleOutcome,
  Rejection,
  SaleResult,
} from '../../../shared/checkout/checkoutState';
import { BEFORE_DEVICE_STATES, isFinalState } from '../../../shared/checkout/checkoutState';
import type { RefusalClass } from '../../../shared/checkout/deviceTruth';
import { classifyRefusal, outcomeOfSale } from '../../../shared/checkout/deviceTruth';

/**
 * The checkout's truth model, as pure functions: given what the journal holds and one
 * thing that happened, what the journal should hold next. Every source of news (the
 * send, a read, a webhook, recovery, a manager) goes through `advance`.
 *
 * What counts as truth:
 * * **Authoritative**: a read of `GET /v1/basket/{id}` answered in TokenX's own
 *   envelope: the basket open, completed with the device's report, deleted, or absent
 *   (TokenX's "no record" code inside its envelope, never a bare HTTP 404), and an
 *   accepted create (TokenX's own "created").
 * * **Hints**: webhooks (they make the service read at once, nothing more), refusals of
 *   a create (they are confirmed or overruled by the read that always follows), timeouts
 *   and answers without TokenX's envelope.
 *
 * What is final: paid, cancelled on the device, receipt voided, declined, device busy,
 * deleted, rejected, dropped. Final is final except towards the device's truth: a read
 * that shows a payment moves any other state to paid and raises a loud alert, a voided
 * receipt moves paid (or anything else) to voided, and a device outcome overrules one a
 * manager recorded by hand.
 */

export interface MachineState {
  state: CheckoutState;
  lockedBy: string | null;
  sale: SaleResult | null;
  /** TokenX's refusal of the create: a hint until a read confirms the basket is not there. */
  rejection: Rejection | null;
  cancelRequested: boolean;
  communicationError: string | null;
  forced: boolean;
  /** TokenX confirmed the basket exists or existed (accepted, duplicate, or read). */
  seen: boolean;
  /** Reads in a row that settled nothing; a manager is asked after a bounded number. */
  unsettledReads: number;
  escalated: boolean;
  alert: CheckoutAlert | null;
}

/** What one authoritative read of the basket says. */
export type BasketObservation =
  | { kind: 'absent' }
  | { kind: 'deleted' }
  | { kind: 'open'; lockedBy: string | null }
  | { kind: 'completed'; sale: SaleResult };

export type CheckoutEvent =
  | { kind: 'send-started' }
  | { kind: 'send-accepted' }
  /** TokenX refused the create; `refusal` says how far that can be concluded from later. */
  | { kind: 'send-refused'; rejection: Rejection; refusal: RefusalClass }
  /** Refused by this app before anything was sent: the one refusal that needs no read. */
  | { kind: 'send-invalid'; rejection: Rejection }
  | { kind: 'no-answer'; reason: string }
  | { kind: 'observed'; observation: BasketObservation; at: string }
  | { kind: 'cancel-requested' }
  | { kind: 'forced'; outcome: ForcibleOutcome }
  /** Recovery: an old basket TokenX never saw waits for the cashier. */
  | { kind: 'held-for-decision' }
  | { kind: 'decided'; decision: 'resend' | 'drop' }
  | { kind: 'escalated' }
  | { kind: 'alert-acknowledged'; by: string };

export interface Advance {
  next: MachineState;
  changed: boolean;
}

export const initialMachine = (): MachineState => ({
  state: 'draft',
  lockedBy: null,
  sale: null,
  rejection: null,
  cancelRequested: false,
  communicationError: null,
  forced: false,
  seen: false,
  unsettledReads: 0,
  escalated: false,
  alert: null,
});

/** A manager may record an outcome only for a basket whose fate TokenX could not tell us. */
export function canForce(current: Pick<MachineState, 'state' | 'communicationError' | 'escalated'>): boolean {
  return !isFinalState(current.state) && (current.state === 'unknown' || current.communicationError !== null || current.escalated);
}

export function advance(current: MachineState, event: CheckoutEvent): Advance {
  const next = isFinalState(current.state) ? afterFinal(current, event) : beforeFinal(current, event);
  return { next, changed: !sameMachineState(current, next) };
}

function beforeFinal(current: MachineState, event: CheckoutEvent): MachineState {
  switch (event.kind) {
    case 'send-started':
      return current.state === 'draft' || current.state === 'unknown' ? { ...current, state: 'sending' } : current;
    case 'send-accepted':
      return {
        ...current,
        state: BEFORE_DEVICE_STATES.has(current.state) ? 'on-device' : current.state,
        seen: true,
        rejection: null,
        communicationError: null,
        unsettledReads: 0,
      };
    case 'send-refused':
      // A hint: the read that follows confirms it (basket absent) or overrules it (ours is there).
      return {
        ...current,
        state: current.state === 'sending' ? 'unknown' : current.state,
        seen: current.seen || event.refusal === 'duplicate',
        rejection: event.refusal === 'duplicate' || event.refusal === 'inconclusive' ? current.rejection : event.rejection,
        communicationError:
          event.refusal === 'inconclusive' ? `TokenX ${event.rejection.code}: ${event.rejection.description}` : null,
      };
    case 'send-invalid':
      return { ...current, state: 'rejected', rejection: event.rejection, communicationError: null };
    case 'no-answer':
      return {
        ...current,
        state: current.state === 'sending' ? 'unknown' : current.state,
        communicationError: event.reason,
        unsettledReads: current.unsettledReads + 1,
      };
    case 'observed':
      return observe(current, event.observation);
    case 'cancel-requested':
      return { ...current, cancelRequested: true };
    case 'forced':
      return canForce(current) ? { ...current, state: event.outcome, forced: true } : current;
    case 'held-for-decision':
      return BEFORE_DEVICE_STATES.has(current.state) && !current.seen ? { ...current, state: 'awaiting-decision' } : current;
    case 'decided':
      if (current.state !== 'awaiting-decision') return current;
      return event.decision === 'resend'
        ? { ...current, state: 'draft', rejection: null, unsettledReads: 0, escalated: false }
        : { ...current, state: 'dropped' };
    case 'escalated':
      return { ...current, escalated: true };
    case 'alert-acknowledged':
      return acknowledge(current, event.by);
  }
}

function observe(current: MachineState, observation: BasketObservation): MachineState {
  const answered: MachineState = { ...current, communicationError: null, unsettledReads: 0 };
  switch (observation.kind) {
    case 'absent':
      if (current.seen) return { ...answered, state: 'deleted' };
      // Never seen and refused: the refusal is confirmed. Never seen and not refused: it
      // may still be on its way (a create that lands late); the service decides whether
      // to send it again under the same id or to ask the cashier.
      if (current.rejection !== null) {
        return { ...answered, state: refusedState(current.rejection) };
      }
      return { ...answered, state: current.state === 'sending' ? 'unknown' : current.state };
    case 'deleted':
      return { ...answered, state: 'deleted', seen: true };
    case 'open':
      return { ...answered, state: 'on-device', lockedBy: observation.lockedBy, seen: true, rejection: null };
    case 'completed': {
      const outcome = outcomeOfSale(observation.sale);
      const seen = { ...answered, seen: true, sale: observation.sale, rejection: null };
      if (outcome === null) {
        // The device reported without settling the payment (e.g. 4, network error): keep reading.
        return {
          ...seen,
          state: 'unknown',
          communicationError: `the device reported status ${observation.sale.status} (${observation.sale.message || 'no message'})`,
          unsettledReads: current.unsettledReads + 1,
        };
      }
      return { ...seen, state: outcome };
    }
  }
}

/** A confirmed refusal: a busy device, or a rejected basket. */
const refusedState = (rejection: Rejection): CheckoutState =>
  classifyRefusal(rejection.code, rejection.httpStatus) === 'busy' ? 'device-busy' : 'rejected';

/**
 * Only the device's own report moves a final state: a payment overrules anything that
 * is not a payment, a voided receipt overrules anything, and any device outcome
 * overrules one recorded by hand.
 */
function afterFinal(current: MachineState, event: CheckoutEvent): MachineState {
  if (event.kind === 'alert-acknowledged') return acknowledge(current, event.by);
  if (event.kind !== 'observed') return current;
  const { observation } = event;
  const alert = (kind: CheckoutAlert['kind']): CheckoutAlert => ({ kind, previous: current.state, at: event.at, acknowledgedBy: null });
  if (observation.kind === 'completed') {
    const outcome = outcomeOfSale(observation.sale);
    if (outcome === null || (outcome === current.state && !current.forced)) return current;
    // A voided receipt was paid first: an older read showing the payment never undoes the void.
    if (current.state === 'receipt-voided' && !current.forced) return current;
    const next = { ...current, state: outcome, sale: observation.sale, forced: false, communicationError: null, seen: true };
    if (current.forced) return outcome === current.state ? next : { ...next, alert: alert('forced-overruled') };
    if (outcome === 'paid') return { ...next, alert: alert('paid-after-final') };
    if (outcome === 'receipt-voided') return current.state === 'paid' ? next : { ...next, alert: alert('voided-after-final') };
    return current;
  }
  if (current.forced && (observation.kind === 'deleted' || (observation.kind === 'absent' && current.seen))) {
    const next: MachineState = { ...current, state: 'deleted', forced: false, communicationError: null };
    return current.state === 'paid' ? { ...next, alert: alert('forced-overruled') } : next;
  }
  return current;
}

function acknowledge(current: MachineState, by: string): MachineState {
  return current.alert === null || current.alert.acknowledgedBy !== null
    ? current
    : { ...current, alert: { ...current.alert, acknowledgedBy: by } };
}

/** Field by field; the objects by content, since every read parses a fresh copy. */
function sameMachineState(a: MachineState, b: MachineState): boolean {
  return (
    a.state === b.state &&
    a.lockedBy === b.lockedBy &&
    a.cancelRequested === b.cancelRequested &&
    a.communicationError === b.communicationError &&
    a.forced === b.forced &&
    a.seen === b.seen &&
    a.unsettledReads === b.unsettledReads &&
    a.escalated === b.escalated &&
    JSON.stringify([a.sale, a.rejection, a.alert]) === JSON.stringify([b.sale, b.rejection, b.alert])
  );
}

/**
 * Changes that only count failed reads or reword why TokenX did not answer: written to
 * the entry, but not as a transition, so a basket TokenX never answers about cannot
 * grow the journal without bound.
 */
export function isBookkeeping(a: MachineState, b: MachineState): boolean {
  return sameMachineState({ ...a, communicationError: b.communicationError, unsettledReads: b.unsettledReads }, b);
}
