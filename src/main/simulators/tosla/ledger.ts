import { REQUEST_STATUS, TRANSACTION_TYPE } from '../../../shared/tosla/catalog';
import type { Clock } from '../../core/ports';
import { istanbulToEpoch, istanbulWallTime } from '../../core/tosla/istanbulTime';

/** One row of the simulated merchant's books: a sale or pre-auth, or the void/refund made against it. */
export interface SimRecord {
  transactionId: number;
  transactionType: number;
  orderId: string;
  createdAt: number;
  amount: number;
  installmentCount: number;
  cardNo: string;
  requestStatus: number;
  refundedAmount: number;
  postAuthedAmount: number;
  /** Merchant commission, percent × 100. */
  commissionRateBp: number;
  cardBankId: number;
  cardTypeId: number;
  /** What the client put in `Echo` on the void/refund that made this record. */
  echo: string | null;
}

export interface SimOrder {
  original: SimRecord;
  /** Void (type 4) and refund (type 5) records, oldest first. */
  children: SimRecord[];
}

export interface NewOrder {
  orderId: string;
  amount: number;
  createdAt: number;
  kind?: 'sale' | 'pre-auth';
  installmentCount?: number;
  cardNo?: string;
  commissionRateBp?: number;
  cardBankId?: number;
  cardTypeId?: number;
}

/** A business answer: Code 0 with the new record, or a refusal with the vendor's code and text. */
export type LedgerResult = { code: 0; record: SimRecord } | { code: number; message: string };

const refusal = (code: number, message: string): LedgerResult => ({ code, message });

/**
 * The simulated merchant's orders and the rules Tosla applies to them (reference §6.7,
 * §6.8): void only before the end-of-day cut-off and only untouched orders; refunds
 * partial or full, never above the sale. Codes with a vendor text use it; the texts of
 * the Code 1 refusals the reference does not quote are this simulator's own.
 */
export class MerchantLedger {
  readonly #orders = new Map<string, SimOrder>();
  readonly #clock: Clock;
  #nextTransactionId = 2_000_000_000_041_000;
  /** Istanbul wall-clock minutes after midnight at which the bank closes the day. */
  #endOfDayMinutes: number;

  constructor(clock: Clock, endOfDayMinutes = 0) {
    this.#clock = clock;
    this.#endOfDayMinutes = endOfDayMinutes;
  }

  get endOfDayMinutes(): number {
    return this.#endOfDayMinutes;
  }

  setEndOfDay(minutes: number): void {
    this.#endOfDayMinutes = minutes;
  }

  clear(): void {
    this.#orders.clear();
  }

  addOrder(order: NewOrder): SimRecord {
    const original: SimRecord = {
      transactionId: this.#nextTransactionId++,
      transactionType: order.kind === 'pre-auth' ? TRANSACTION_TYPE.preAuth : TRANSACTION_TYPE.sale,
      orderId: order.orderId,
      createdAt: order.createdAt,
      amount: order.amount,
      installmentCount: order.installmentCount ?? 0,
      cardNo: order.cardNo ?? '41595600****7732',
      requestStatus: REQUEST_STATUS.successful,
      refundedAmount: 0,
      postAuthedAmount: 0,
      commissionRateBp: order.commissionRateBp ?? 0,
      cardBankId: order.cardBankId ?? 13,
      cardTypeId: order.cardTypeId ?? 2,
      echo: null,
    };
    this.#orders.set(order.orderId, { original, children: [] });
    return original;
  }

  order(orderId: string): SimOrder | undefined {
    return this.#orders.get(orderId);
  }

  orders(): SimOrder[] {
    return [...this.#orders.values()];
  }

  /** Every record (originals and their voids/refunds), oldest first. */
  records(): SimRecord[] {
    return this.orders()
      .flatMap((order) => [order.original, ...order.children])
      .sort((a, b) => a.createdAt - b.createdAt || a.transactionId - b.transactionId);
  }

  /** The instant the bank closes the day the record was made on. */
  settlementAt(createdAt: number): number {
    const wall = istanbulWallTime(createdAt);
    const hour = Math.floor(this.#endOfDayMinutes / 60);
    const minute = this.#endOfDayMinutes % 60;
    const sameDay = istanbulToEpoch({ ...wall, hour, minute, second: 0 });
    if (sameDay > createdAt) return sameDay;
    const next = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + 1));
    return istanbulToEpoch({
      year: next.getUTCFullYear(),
      month: next.getUTCMonth() + 1,
      day: next.getUTCDate(),
      hour,
      minute,
      second: 0,
    });
  }

  void(orderId: string, echo: string | null, at = this.#clock.now()): LedgerResult {
    const order = this.#orders.get(orderId);
    if (order === undefined) return refusal(101, 'Orjinal Kayıt Bulunamadı');
    const { original } = order;
    if (original.requestStatus === REQUEST_STATUS.preAuthCaptured) {
      return refusal(1, 'Başarılı bir postauth olduğu için ön otorizasyon işlemini iptal edemezsiniz.');
    }
    if (original.requestStatus === REQUEST_STATUS.voided) return refusal(1, 'İşlem daha önce iptal edilmiş.');
    if (original.refundedAmount > 0) return refusal(1, 'İadesi yapılmış işlem iptal edilemez.');
    if (original.requestStatus !== REQUEST_STATUS.successful) return refusal(1, 'İşlem iptal edilebilir durumda değil.');
    if (at >= this.settlementAt(original.createdAt)) {
      return refusal(1, 'Gün sonu alınmış işlem iptal edilemez, iade işlemi yapınız.');
    }
    original.requestStatus = REQUEST_STATUS.voided;
    return { code: 0, record: this.#child(order, TRANSACTION_TYPE.void, original.amount, echo, at) };
  }

  refund(orderId: string, amount: number, echo: string | null, at = this.#clock.now()): LedgerResult {
    const order = this.#orders.get(orderId);
    if (order === undefined) return refusal(101, 'Orjinal Kayıt Bulunamadı');
    const { original } = order;
    if (amount <= 0) return refusal(1, 'Tutar Sıfır Olamaz');
    if (original.requestStatus === REQUEST_STATUS.voided) return refusal(1, 'İptal edilmiş işlem iade edilemez.');
    if (original.transactionType === TRANSACTION_TYPE.preAuth) {
      return refusal(1, 'Ön otorizasyon işlemi iade edilemez, iptal ediniz.');
    }
    const refundable = [REQUEST_STATUS.successful, REQUEST_STATUS.partiallyRefunded, REQUEST_STATUS.fullyRefunded];
    if (!refundable.some((status) => status === original.requestStatus)) {
      return refusal(1, 'İşlem iade edilebilir durumda değil.');
    }
    if (amount > original.amount) return refusal(103, 'İade Tutarı Satış Tutarından Büyük Olamaz');
    if (original.refundedAmount + amount > original.amount) return refusal(104, 'RefundedAmountError');
    original.refundedAmount += amount;
    original.requestStatus =
      original.refundedAmount === original.amount ? REQUEST_STATUS.fullyRefunded : REQUEST_STATUS.partiallyRefunded;
    return { code: 0, record: this.#child(order, TRANSACTION_TYPE.refund, amount, echo, at) };
  }

  #child(order: SimOrder, transactionType: number, amount: number, echo: string | null, at: number): SimRecord {
    const record: SimRecord = {
      ...order.original,
      transactionId: this.#nextTransactionId++,
      transactionType,
      createdAt: at,
      amount,
      requestStatus: REQUEST_STATUS.successful,
      refundedAmount: 0,
      postAuthedAmount: 0,
      echo,
    };
    order.children.push(record);
    return record;
  }
}
