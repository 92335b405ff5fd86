import type { Rejection, SaleResult } from '../../../shared/checkout/checkoutState';
import { classifyRefusal } from '../../../shared/checkout/deviceTruth';
import type { BasketDetails, Sale } from '../../../shared/tokenx/basketModel';
import type { TokenxOutcome } from '../tokenx/outcome';
import type { BasketObservation, CheckoutEvent } from './stateMachine';

/**
 * Turns TokenX's answers into the machine's events, so every source is judged by the
 * truth model of `stateMachine.ts`: only a read answered in TokenX's own envelope is
 * an observation; a refusal is a hint the service confirms with a read.
 */

/** TokenX's "no such basket" inside its own envelope (reference §2.6 1006, §2.8 404). */
const NOT_FOUND_CODES = new Set(['1006', '404']);

/** Text fields as the device wrote them; an empty string says nothing and is kept as null. */
const text = (value: string | null | undefined): string | null => (value === undefined || value === null || value === '' ? null : value);
const reference = (value: string | number | null | undefined): string | null => (value === undefined || value === null ? null : text(String(value)));

/** Every field of the device's sale object, under the journal's names. */
export function normaliseSale(sale: Sale): SaleResult {
  return {
    status: sale.status,
    message: sale.message ?? '',
    receiptNo: sale.receiptNo ?? null,
    zNo: sale.zNo ?? null,
    uuid: text(sale.UUID),
    invoiceId: text(sale.invoiceID),
    documentType: sale.documentType ?? null,
    paymentCount: sale.paymentCount ?? null,
    instanceIdentifier: text(sale.InstanceIdentifier),
    paymentItems: (sale.paymentItems ?? []).map((item) => ({
      type: item.type,
      amount: item.amount,
      description: item.description ?? null,
      operatorId: item.operatorId ?? null,
      status: item.status ?? null,
      batchNo: reference(item.BatchNo),
      txnNo: reference(item.TxnNo),
      currencyId: item.currencyId ?? null,
      taxRate: item.taxRate ?? null,
    })),
  };
}

/**
 * The device's report comes first: a record that carries a sale is that sale, even
 * when TokenX also marks it deleted (a soft-deleted record may keep its sale).
 */
export function observationOfBasket(basket: BasketDetails): BasketObservation {
  if (basket.sale !== undefined && basket.sale !== null) return { kind: 'completed', sale: normaliseSale(basket.sale) };
  if (basket.deletedAt !== undefined && basket.deletedAt !== null) return { kind: 'deleted' };
  return { kind: 'open', lockedBy: basket.isLocked ? (basket.lockedBy ?? null) : null };
}

/** Whether a refused read is TokenX itself saying the basket is not there. */
export function isAuthoritativeAbsence(answer: TokenxOutcome<unknown>): boolean {
  return answer.kind === 'rejected' && answer.enveloped && NOT_FOUND_CODES.has(answer.code) && answer.httpStatus !== 0;
}

/** A read answer as an event: TokenX's own "not found" is an absence; any other refusal tells nothing. */
export function eventOfRead(answer: TokenxOutcome<BasketDetails>, at: string): CheckoutEvent {
  switch (answer.kind) {
    case 'ok':
      return { kind: 'observed', observation: observationOfBasket(answer.value), at };
    case 'unknown':
      return { kind: 'no-answer', reason: answer.reason };
    case 'rejected':
      if (isAuthoritativeAbsence(answer)) return { kind: 'observed', observation: { kind: 'absent' }, at };
      return { kind: 'no-answer', reason: `TokenX ${answer.code}: ${answer.description}` };
  }
}

/** A create answer as an event. Only a refusal made before anything was sent needs no read. */
export function eventOfSend(answer: TokenxOutcome<unknown>): CheckoutEvent {
  switch (answer.kind) {
    case 'ok':
      return { kind: 'send-accepted' };
    case 'unknown':
      return { kind: 'no-answer', reason: answer.reason };
    case 'rejected': {
      const rejection: Rejection = { code: answer.code, description: answer.description, httpStatus: answer.httpStatus };
      if (answer.httpStatus === 0) return { kind: 'send-invalid', rejection };
      // Not TokenX's own envelope (a proxy's error page): nobody said anything about the basket.
      if (!answer.enveloped) return { kind: 'no-answer', reason: `HTTP ${answer.httpStatus} without TokenX's answer` };
      return { kind: 'send-refused', rejection, refusal: classifyRefusal(answer.code, answer.httpStatus) };
    }
  }
}
