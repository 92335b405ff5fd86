import type { CheckoutState, SaleResult } from './checkoutState';

/**
 * What TokenX's codes mean for a basket's fate: the one table the state machine, the
 * status catalog's advice and the screens agree on. Sources: the vendor's status table
 * ("Status Codes for Basket Operations", vendor-docs/tokenx-api-integration.txt), the
 * sale statuses of reference §3 (0 / −1 / 99) and the refusals of reference §2.12.
 */

/** How the device's report (`sale.status`) settles a basket; `null` when it does not (keep reading). */
export type DeviceOutcome = Extract<CheckoutState, 'paid' | 'cancelled-on-device' | 'receipt-voided' | 'declined' | 'device-busy'>;

/**
 * Vendor table, POS codes, as `sale.status` values:
 * 0 Successful and 5 Offline Invoice ("success" in the vendor's own Type column) are
 * paid; 99 is a voided receipt (reference §3); −1 User Cancelled and 11 Payment is
 * cancelled are a cancel, unless a bank code says the bank declined; 9 POS is Busy is a
 * busy device; 1–3, 6–8, 10, 12, 13 are the device refusing the document, so nothing
 * was charged. 4 Network Error says nothing about the money: the basket keeps being read.
 */
const SALE_STATUS_OUTCOME: ReadonlyMap<number, DeviceOutcome> = new Map<number, DeviceOutcome>([
  [0, 'paid'],
  [5, 'paid'],
  [99, 'receipt-voided'],
  [11, 'cancelled-on-device'],
  [9, 'device-busy'],
  [1, 'declined'],
  [2, 'declined'],
  [3, 'declined'],
  [6, 'declined'],
  [7, 'declined'],
  [8, 'declined'],
  [10, 'declined'],
  [12, 'declined'],
  [13, 'declined'],
]);

/** Sale statuses the device reports without settling the payment: read again. */
export const UNSETTLED_SALE_STATUSES: readonly number[] = [4];

const BANK_CODE = /\b(5\d{3})\b/u;

/**
 * The bank's 5xxx code of a declined payment, wherever the answer carries it: in the
 * message ("5005: Online Decline") or on the payment item's status. Reference §3 does
 * not fix the format, so every plausible place is read.
 */
export function bankCodeOf(sale: Pick<SaleResult, 'message' | 'paymentItems'>): string | null {
  const fromMessage = BANK_CODE.exec(sale.message)?.[1];
  if (fromMessage !== undefined) return fromMessage;
  const fromPayment = sale.paymentItems.find((item) => item.status !== null && item.status >= 5000 && item.status <= 5999);
  return fromPayment?.status === undefined || fromPayment.status === null ? null : String(fromPayment.status);
}

export function outcomeOfSale(sale: Pick<SaleResult, 'status' | 'message' | 'paymentItems'>): DeviceOutcome | null {
  if (sale.status === -1) {
    if (bankCodeOf(sale) !== null) return 'declined';
    const message = sale.message.trim().toUpperCase();
    return message === 'CANCELLED' || message === '' ? 'cancelled-on-device' : 'declined';
  }
  return SALE_STATUS_OUTCOME.get(sale.status) ?? null;
}

/** Sale statuses that are a payment: the device's truth that always wins. */
export const isPaidSale = (sale: Pick<SaleResult, 'status' | 'message' | 'paymentItems'>): boolean =>
  outcomeOfSale(sale) === 'paid';

/**
 * What a refusal of a create tells, before the confirming read:
 * * `duplicate` (1007): a basket with this id is, or was, on TokenX.
 * * `busy` (1100, 1104, 9 on a 400): the device cannot take a basket now; final once a
 *   read confirms ours is not there (a retried create is refused 1100 by our own basket).
 * * `inconclusive`: TokenX may still be working on it or says nothing about this basket
 *   (timeouts 1003/1010, not delivered 1011, not completed 1012, locked 1005/1018,
 *   already completed 1102/1105, general error 1014, throttling 429, sign-in refusals):
 *   treated like no answer, never concluded from an absent read.
 * * `refused`: anything else (bad data 1013, totals 1103, check number 1101, unknown
 *   device 1106, routing 6/0006/0007, missing ids 1001/1002/1004, foreign 403/9):
 *   final once a read confirms the basket is not there.
 */
export type RefusalClass = 'duplicate' | 'busy' | 'inconclusive' | 'refused';

const INCONCLUSIVE_CODES = new Set([
  '1003',
  '1005',
  '1010',
  '1011',
  '1012',
  '1014',
  '1018',
  '1102',
  '1105',
  '429',
  '401',
  '0001',
  '0002',
  '0003',
  '0004',
  '0005',
]);

export function classifyRefusal(code: string, httpStatus: number | null): RefusalClass {
  if (code === '1007') return 'duplicate';
  if (code === '1100' || code === '1104' || (code === '9' && httpStatus !== 403)) return 'busy';
  if (INCONCLUSIVE_CODES.has(code)) return 'inconclusive';
  return 'refused';
}
