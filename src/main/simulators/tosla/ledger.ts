import type { Clock } from '../../core/ports';
import { gmt3Wall, instantOfGmt3Wall } from './gmt3';
import { BUSINESS_RULE_CODE, RequestStatus, TransactionType, VendorCode } from './vendorCodes';

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

/** Everything the ledger holds, as a state file keeps it. */
export interface LedgerSnapshot {
  nextTransactionId: number;
  endOfDayMinutes: number;
  orders: SimOrder[];
}

/** A business answer: Code 0 with the new record, or a refusal with the vendor's code and text. */
export type LedgerResult = { code: 0; record: SimRecord } | { code: number; message: string };

const refusal = (code: number, message: string): LedgerResult => ({ code, message });
const businessRule = (message: string) => refusal(BUSINESS_RULE_CODE, message);
const { originalNotFound, refundAboveSale, refundedAmountError } = VendorCode;

/** Transaction ids are 16 digits beginning 2000000000… (reference §4, §11). */
const FIRST_TRANSACTION_ID = 2_000_000_000_041_000;

/**
 * The simulated merchant's orders and the rules Tosla applies to them: void ("İptal":
 * before the bank's end of day, whole amount; refused once a post-auth succeeded) and
 * refund ("İade": partial or full; 103 above the sale, 104 above what is left). Codes
 * with a vendor text use it; the Code 1 texts the doc does not quote are the simulator's.
 */
export class MerchantLedger {
  readonly #orders = new Map<string, SimOrder>();
  readonly #clock: Clock;
  #nextTransactionId = FIRST_TRANSACTION_ID;
  /** GMT+3 wall-clock minutes after midnight at which the bank closes the day. */
  #endOfDayMinutes: number;
  #onChange: () => void = () => undefined;

  constructor(clock: Clock, endOfDayMinutes = 0) {
    this.#clock = clock;
    this.#endOfDayMinutes = endOfDayMinutes;
  }

  get endOfDayMinutes(): number {
    return this.#endOfDayMinutes;
  }

  /** Called after every change, once the ledger is ready to be kept (see persistence). */
  onChange(listener: () => void): void {
    this.#onChange = listener;
  }

  setEndOfDay(minutes: number): void {
    this.#endOfDayMinutes = minutes;
    this.#onChange();
  }

  clear(): void {
    this.#orders.clear();
    this.#onChange();
  }

  snapshot(): LedgerSnapshot {
    return { nextTransactionId: this.#nextTransactionId, endOfDayMinutes: this.#endOfDayMinutes, orders: this.orders() };
  }

  restore(snapshot: LedgerSnapshot): void {
    this.#orders.clear();
    for (const order of snapshot.orders) this.#orders.set(order.original.orderId, order);
    this.#nextTransactionId = snapshot.nextTransactionId;
    this.#endOfDayMinutes = snapshot.endOfDayMinutes;
  }

  addOrder(order: NewOrder): SimRecord {
    const original: SimRecord = {
      transactionId: this.#nextTransactionId++,
      transactionType: order.kind === 'pre-auth' ? TransactionType.preAuth : TransactionType.sale,
      orderId: order.orderId,
      createdAt: order.createdAt,
      amount: order.amount,
      installmentCount: order.installmentCount ?? 0,
      cardNo: order.cardNo ?? '41595600****7732',
      requestStatus: RequestStatus.successful,
      refundedAmount: 0,
      postAuthedAmount: 0,
      commissionRateBp: order.commissionRateBp ?? 0,
      cardBankId: order.cardBankId ?? 13,
      cardTypeId: order.cardTypeId ?? 2,
      echo: null,
    };
    this.#orders.set(order.orderId, { original, children: [] });
    this.#onChange();
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
    const wall = gmt3Wall(createdAt);
    const cutOff = { ...wall, hour: Math.floor(this.#endOfDayMinutes / 60), minute: this.#endOfDayMinutes % 60, second: 0 };
    const sameDay = instantOfGmt3Wall(cutOff);
    return sameDay > createdAt ? sameDay : instantOfGmt3Wall({ ...cutOff, day: cutOff.day + 1 });
  }

  void(orderId: string, echo: string | null, at = this.#clock.now()): LedgerResult {
    const order = this.#orders.get(orderId);
    if (order === undefined) return refusal(originalNotFound.code, originalNotFound.message);
    const { original } = order;
    if (original.requestStatus === RequestStatus.preAuthClosed) {
      // The doc's own text ("İptal" CODE table).
      return businessRule('Başarılı bir postauth olduğu için ön otorizasyon işlemini iptal edemezsiniz.');
    }
    if (original.requestStatus === RequestStatus.voided) return businessRule('İşlem daha önce iptal edilmiş.');
    if (original.refundedAmount > 0) return businessRule('İadesi yapılmış işlem iptal edilemez.');
    if (original.requestStatus !== RequestStatus.successful) return businessRule('İşlem iptal edilebilir durumda değil.');
    if (at >= this.settlementAt(original.createdAt)) {
      return businessRule('Gün sonu alınmış işlem iptal edilemez, iade işlemi yapınız.');
    }
    original.requestStatus = RequestStatus.voided;
    return { code: 0, record: this.#child(order, TransactionType.void, original.amount, echo, at) };
  }

  /** `sameDay`: whether a refund before the day is closed is taken (a dialect: the test service takes it). */
  refund(
    orderId: string,
    amount: number,
    echo: string | null,
    options: { sameDay: 'allowed' | 'refused'; at?: number } = { sameDay: 'allowed' },
  ): LedgerResult {
    const at = options.at ?? this.#clock.now();
    const order = this.#orders.get(orderId);
    if (order === undefined) return refusal(originalNotFound.code, originalNotFound.message);
    const { original } = order;
    // The doc's own text (the ProcessCardForm CODE table's "Tutar Sıfır Olamaz").
    if (amount <= 0) return businessRule('Tutar Sıfır Olamaz');
    if (original.requestStatus === RequestStatus.voided) return businessRule('İptal edilmiş işlem iade edilemez.');
    if (original.transactionType === TransactionType.preAuth) {
      return businessRule('Ön otorizasyon işlemi iade edilemez, iptal ediniz.');
    }
    const refundable: number[] = [RequestStatus.successful, RequestStatus.partiallyRefunded, RequestStatus.fullyRefunded];
    if (!refundable.includes(original.requestStatus)) return businessRule('İşlem iade edilebilir durumda değil.');
    if (options.sameDay === 'refused' && at < this.settlementAt(original.createdAt)) {
      return businessRule('Gün sonu alınmamış işlem iade edilemez, iptal işlemi yapınız.');
    }
    if (amount > original.amount) return refusal(refundAboveSale.code, refundAboveSale.message);
    if (original.refundedAmount + amount > original.amount) return refusal(refundedAmountError.code, refundedAmountError.message);
    original.refundedAmount += amount;
    original.requestStatus =
      original.refundedAmount === original.amount ? RequestStatus.fullyRefunded : RequestStatus.partiallyRefunded;
    return { code: 0, record: this.#child(order, TransactionType.refund, amount, echo, at) };
  }

  #child(order: SimOrder, transactionType: number, amount: number, echo: string | null, at: number): SimRecord {
    const record: SimRecord = {
      ...order.original,
      transactionId: this.#nextTransactionId++,
      transactionType,
      createdAt: at,
      amount,
      requestStatus: RequestStatus.successful,
      refundedAmount: 0,
      postAuthedAmount: 0,
      echo,
    };
    order.children.push(record);
    this.#onChange();
    return record;
  }
}
