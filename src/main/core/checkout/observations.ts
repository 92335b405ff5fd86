import type { Rejection, SaleResult } from '../../../shared/checkout/checkoutState';
import type { BasketDetails, Sale, WebhookPayload } from '../../../shared/tokenx/basketModel';
import type { TokenxOutcome } from '../tokenx/outcome';
import type { BasketObservation, CheckoutEvent } from './stateMachine';

/**
 * Turns what TokenX says (a basket read, a webhook, an answer to a send) into the
 * machine's events, so every source is judged by the same rules.
 */

/** TokenX codes that mean "no such basket" (reference §2.6, §2.8). */
const NOT_FOUND_CODES = new Set(['1006', '404']);
/** The terminal already has an open basket, or is not in instant sale mode. */
const DEVICE_BUSY_CODES = new Set(['1100', '1104']);
export const DUPLICATE_BASKET_CODE = '1007';

/** 9 is "POS is busy" on a 400, and "forbidden access" (another merchant's terminal) on a 403. */
function posBusy(code: string, httpStatus: number): boolean {
  return code === '9' && httpStatus !== 403;
}

export function normaliseSale(sale: Sale): SaleResult {
  return {
    status: sale.status,
    message: sale.message ?? '',
    receiptNo: sale.receiptNo ?? null,
    zNo: sale.zNo ?? null,
    paymentItems: (sale.paymentItems ?? []).map((item) => ({
      type: item.type,
      amount: item.amount,
      description: item.description ?? null,
      operatorId: item.operatorId ?? null,
    })),
  };
}

export function observationOfBasket(basket: BasketDetails): BasketObservation {
  if (basket.deletedAt !== undefined && basket.deletedAt !== null) return { kind: 'deleted' };
  if (basket.sale !== undefined && basket.sale !== null) return { kind: 'completed', sale: normaliseSale(basket.sale) };
  return { kind: 'open', lockedBy: basket.isLocked ? (basket.lockedBy ?? null) : null };
}

/** A read answer as an event: a refusal other than "not found" tells nothing, like no answer. */
export function eventOfRead(answer: TokenxOutcome<BasketDetails>): CheckoutEvent {
  switch (answer.kind) {
    case 'ok':
      return { kind: 'observed', observation: observationOfBasket(answer.value) };
    case 'unknown':
      return { kind: 'no-answer', reason: answer.reason };
    case 'rejected':
      if (NOT_FOUND_CODES.has(answer.code) || answer.httpStatus === 404) {
        return { kind: 'observed', observation: { kind: 'absent' } };
      }
      return { kind: 'no-answer', reason: `TokenX ${answer.code}: ${answer.description}` };
  }
}

/** A create answer as an event; null for a duplicate, which must be read to be known. */
export function eventOfSend(answer: TokenxOutcome<unknown>): CheckoutEvent | null {
  switch (answer.kind) {
    case 'ok':
      return { kind: 'send-accepted' };
    case 'unknown':
      return { kind: 'no-answer', reason: answer.reason };
    case 'rejected': {
      const code = answer.code;
      if (code === DUPLICATE_BASKET_CODE) return null;
      const rejection: Rejection = { code, description: answer.description, httpStatus: answer.httpStatus };
      return { kind: 'send-refused', rejection, deviceBusy: DEVICE_BUSY_CODES.has(code) || posBusy(answer.code, answer.httpStatus) };
    }
  }
}

export function eventOfWebhook(envelope: WebhookPayload): CheckoutEvent {
  switch (envelope.operation) {
    case 'BASKET_COMPLETED':
      return { kind: 'observed', observation: { kind: 'completed', sale: normaliseSale(envelope.data) } };
    case 'BASKET_LOCKED':
      return { kind: 'observed', observation: { kind: 'open', lockedBy: envelope.data.lockedBy ?? null } };
    case 'BASKET_UNLOCKED':
      return { kind: 'observed', observation: { kind: 'open', lockedBy: null } };
  }
}
