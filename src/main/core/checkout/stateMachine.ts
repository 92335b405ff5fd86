import type { CheckoutState, ForcibleOutcome, Rejection, SaleResult } from '../../../shared/checkout/checkoutState';
import { isFinalState } from '../../../shared/checkout/checkoutState';

/**
 * The checkout state machine as pure functions: given what the journal holds and one
 * thing that happened, what the journal should hold next. Every source of news (the
 * send, the webhook, the poller, recovery, a manager) goes through `advance`, so
 * "first wins, duplicates and late events change nothing" is decided in one place.
 */

export interface MachineState {
  state: CheckoutState;
  lockedBy: string | null;
  sale: SaleResult | null;
  rejection: Rejection | null;
  cancelRequested: boolean;
  communicationError: string | null;
  forced: boolean;
}

/** What a read of the basket (GET, webhook) says about it. */
export type BasketObservation =
  | { kind: 'absent' }
  | { kind: 'deleted' }
  | { kind: 'open'; lockedBy: string | null }
  | { kind: 'completed'; sale: SaleResult };

export type CheckoutEvent =
  | { kind: 'send-started' }
  | { kind: 'send-accepted' }
  | { kind: 'send-refused'; rejection: Rejection; deviceBusy: boolean }
  | { kind: 'no-answer'; reason: string }
  | { kind: 'observed'; observation: BasketObservation }
  | { kind: 'cancel-requested' }
  | { kind: 'forced'; outcome: ForcibleOutcome };

export interface Advance {
  next: MachineState;
  changed: boolean;
}

const BEFORE_DEVICE: ReadonlySet<CheckoutState> = new Set(['draft', 'sending', 'unknown']);

/** TokenX sale.status: 0 paid, 99 receipt voided, −1 cancelled ("CANCELLED") or declined (a device code). */
export function stateOfSale(sale: SaleResult): CheckoutState {
  if (sale.status === 0) return 'paid';
  if (sale.status === 99) return 'receipt-voided';
  return sale.message.trim().toUpperCase() === 'CANCELLED' ? 'cancelled-on-device' : 'declined';
}

/** A manager may record an outcome only for a basket whose fate TokenX could not tell us. */
export function canForce(current: MachineState): boolean {
  return !isFinalState(current.state) && (current.state === 'unknown' || current.communicationError !== null);
}

export function advance(current: MachineState, event: CheckoutEvent): Advance {
  const next = nextState(current, event);
  return { next, changed: !sameMachineState(current, next) };
}

function nextState(current: MachineState, event: CheckoutEvent): MachineState {
  if (isFinalState(current.state)) return afterFinal(current, event);
  switch (event.kind) {
    case 'send-started':
      return current.state === 'draft' || current.state === 'unknown' ? { ...current, state: 'sending' } : current;
    case 'send-accepted':
      return BEFORE_DEVICE.has(current.state)
        ? { ...current, state: 'on-device', communicationError: null }
        : { ...current, communicationError: null };
    case 'send-refused':
      if (!BEFORE_DEVICE.has(current.state)) return current;
      return {
        ...current,
        state: event.deviceBusy ? 'device-busy' : 'rejected',
        rejection: event.rejection,
        communicationError: null,
      };
    case 'no-answer':
      return {
        ...current,
        state: current.state === 'sending' ? 'unknown' : current.state,
        communicationError: event.reason,
      };
    case 'observed':
      return observe(current, event.observation);
    case 'cancel-requested':
      return { ...current, cancelRequested: true };
    case 'forced':
      return canForce(current) ? { ...current, state: event.outcome, forced: true } : current;
  }
}

function observe(current: MachineState, observation: BasketObservation): MachineState {
  const answered = { ...current, communicationError: null };
  switch (observation.kind) {
    case 'absent':
      // Gone after we saw it: deleted. Never seen: it may still be on its way (a create
      // that lands late), so nothing is concluded here.
      return current.state === 'on-device' ? { ...answered, state: 'deleted' } : answered;
    case 'deleted':
      return { ...answered, state: 'deleted' };
    case 'open':
      return { ...answered, state: 'on-device', lockedBy: observation.lockedBy };
    case 'completed':
      return { ...answered, state: stateOfSale(observation.sale), sale: observation.sale };
  }
}

/**
 * Final is final, with two exceptions that only ever move towards the device's truth:
 * a paid receipt can later be voided on the device, and an outcome a manager recorded
 * by hand gives way to what the device actually reports.
 */
function afterFinal(current: MachineState, event: CheckoutEvent): MachineState {
  if (event.kind !== 'observed') return current;
  const { observation } = event;
  if (current.forced && (observation.kind === 'completed' || observation.kind === 'deleted')) {
    return { ...observe(current, observation), forced: false };
  }
  if (
    current.state === 'paid' &&
    observation.kind === 'completed' &&
    stateOfSale(observation.sale) === 'receipt-voided'
  ) {
    return { ...current, state: 'receipt-voided', sale: observation.sale };
  }
  return current;
}

function sameMachineState(a: MachineState, b: MachineState): boolean {
  return (
    a.state === b.state &&
    a.lockedBy === b.lockedBy &&
    a.sale === b.sale &&
    a.rejection === b.rejection &&
    a.cancelRequested === b.cancelRequested &&
    a.communicationError === b.communicationError &&
    a.forced === b.forced
  );
}
