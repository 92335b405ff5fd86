import { randomUUID } from 'node:crypto';
import type { Clock } from '../../core/ports';
import type { TokenxDialect } from './dialect';
import { DOCUMENTED_DIALECT } from './dialect';
import type { SaleKind, TerminalFixture } from './fixtures';
import { SIM_BRANCH_ID, SIM_CLIENT_ID, SIM_FOREIGN_TERMINAL, SIM_TERMINALS } from './fixtures';
import { basketAmount, paymentAmount } from './totals';
import type { SimBasketBody, SimBasketRequest, SimPaymentItem, SimSale, SimWebhook } from './wire';
import { SIM_BASKET_STATUS, SIM_SALE_STATUS } from './wire';

/**
 * The simulated TokenX back end and its ÖKCs: baskets, terminals with their screens and
 * counters, and the client settings. Every refusal carries TokenX's own status code,
 * HTTP status and description (reference §2 and §5); every device action that TokenX
 * would report produces a webhook for the sender. Where the vendor is silent the
 * behaviour follows the dialect (`dialect.ts`).
 */

export interface ApiRefusal {
  ok: false;
  http: number;
  status: number;
  /** Codes TokenX writes with leading zeros ("0007") keep them whatever the dialect. */
  padded?: string;
  description: string;
}

export type StoreResult<T> = { ok: true; value: T } | ApiRefusal;

const refuse = (http: number, status: number, description: string, padded?: string): ApiRefusal =>
  padded === undefined ? { ok: false, http, status, description } : { ok: false, http, status, padded, description };
const done = <T>(value: T): StoreResult<T> => ({ ok: true, value });

export const REFUSALS = {
  noContextHeader: () => refuse(400, 6, 'No context header provided.'),
  multipleHeaders: () => refuse(400, 7, 'More than one credential header was sent.', '0007'),
  forbiddenResource: () => refuse(403, 403, 'Forbidden resource'),
  forbiddenAccess: () => refuse(403, 9, 'Forbidden access.'),
  unknownDevice: () => refuse(400, 1106, 'There is no device with this id.'),
  duplicate: () => refuse(400, 1007, 'Duplicate ID'),
  badFormat: (detail: string) => refuse(400, 1013, `Wrong data format: ${detail}`),
  openOnTerminal: () => refuse(400, 1100, 'There is already an open basket assigned to this terminal'),
  duplicateCheckNumber: () => refuse(400, 1101, 'There is already an open basket with this checkNumber'),
  alreadyCompleted: () => refuse(400, 1102, 'Basket is already completed'),
  paymentMismatch: (items: number, payments: number) =>
    refuse(400, 1103, `Item total (${items}) does not match payment total (${payments})`),
  saleMode: () => refuse(400, 1104, 'This terminals sale mode is not suitable for receive instant basket!'),
  statusUnsuitable: () => refuse(400, 1105, 'This baskets status is not suitable for this operation'),
  locked: () => refuse(400, 1018, 'Error: Order locked! For this operation you must first unlock the order.'),
  noRecord: () => refuse(404, 1006, 'No record found'),
  noBasket: () => refuse(404, 404, 'No basket record found for given id'),
  posBusy: () => refuse(400, 9, 'POS is Busy'),
} as const;

export interface SimBasket {
  basket: SimBasketRequest;
  clientId: string;
  branchId: string;
  /** Set for an instant basket; a list basket is offered to every terminal of the branch. */
  terminalId: string | null;
  status: number;
  isLocked: boolean;
  lockedBy: string | null;
  total: number;
  sale: SimSale | null;
  createdAt: number;
  updatedAt: number;
  deletedAt: number | null;
}

export interface SimTerminal extends TerminalFixture {
  busy: boolean;
  receiptNo: number;
  zNo: number;
  /** Baskets this terminal has completed, newest first, for the void button. */
  receipts: string[];
}

export interface DevicePayment {
  type: number;
  amount: number;
  operatorId?: number;
}

/** `result` of `GET /v1/basket/{id}` (§2.8, the current schema of the completed example). */
export interface SimBasketDetails {
  basketID: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  status: number;
  clientId: string;
  branchId: string;
  terminalId: string | null;
  total: number;
  filter: string | null;
  checkNumber: number | string | null;
  title: string | null;
  note: string | null;
  documentType: number;
  isLocked: boolean;
  lockedBy: string | null;
  items: SimBasketBody['items'];
  paymentItems: SimPaymentItem[];
  sale: SimSale | null;
}

export type WebhookSink = (payload: SimWebhook, basket: SimBasket) => void;

const PAYMENT_NAMES: Record<number, string> = { 1: 'Nakit', 3: 'Kredi Kartı', 7: 'Yemek Kartı' };

export class SimulatorStore {
  readonly baskets = new Map<string, SimBasket>();
  readonly terminals = new Map<string, SimTerminal>();
  clientSettings: { callbackUrl: string | null; callbackAuthHeader: string | null } = { callbackUrl: null, callbackAuthHeader: null };
  dialect: TokenxDialect = DOCUMENTED_DIALECT;
  /** Bumped on every change, so the virtual ÖKC page redraws only when something moved. */
  version = 0;
  readonly #clock: Clock;
  readonly #webhook: WebhookSink;
  readonly #changed: () => void;

  constructor(clock: Clock, webhook: WebhookSink, changed: () => void = () => undefined) {
    this.#clock = clock;
    this.#webhook = webhook;
    this.#changed = changed;
    this.reset();
  }

  reset(): void {
    this.baskets.clear();
    this.terminals.clear();
    for (const fixture of SIM_TERMINALS) this.terminals.set(fixture.id, { ...fixture, busy: false, receiptNo: 0, zNo: 1, receipts: [] });
    this.clientSettings = { callbackUrl: null, callbackAuthHeader: null };
    this.#touch();
  }

  /** The `mode` number TokenX reports for a sale kind, in this dialect's numbering. */
  modeNumber(sale: SaleKind): number {
    const instant = this.dialect.instantMode;
    return sale === 'instant' ? instant : 1 - instant;
  }

  #touch(): void {
    this.version += 1;
    this.#changed();
  }

  #iso(ms: number): string {
    return new Date(ms).toISOString();
  }

  // ------------------------------------------------------------ routing checks

  /** A terminal of this merchant, or the refusal TokenX gives for a foreign or unknown one. */
  terminal(id: string, foreign: () => ApiRefusal = REFUSALS.forbiddenResource): StoreResult<SimTerminal> {
    const terminal = this.terminals.get(id);
    if (terminal !== undefined) return done(terminal);
    return id === SIM_FOREIGN_TERMINAL.id ? foreign() : REFUSALS.unknownDevice();
  }

  branch(id: string): StoreResult<string> {
    return id === SIM_BRANCH_ID ? done(id) : REFUSALS.forbiddenResource();
  }

  // ------------------------------------------------------------ API operations

  create(basket: SimBasketRequest, target: { terminalId: string } | { branchId: string }): StoreResult<SimBasket> {
    const existing = this.baskets.get(basket.basketID);
    const taken = existing !== undefined && (existing.deletedAt === null || this.dialect.deletedIds === 'refused');
    if (taken && this.dialect.duplicateCheck === 'first') return REFUSALS.duplicate();
    const routed = this.#route(target);
    if (!routed.ok) return routed;
    const check = this.#checkContent(basket, basket.basketID);
    if (!check.ok) return check;
    if (taken) return REFUSALS.duplicate();
    const now = this.#clock.now();
    const record: SimBasket = {
      basket,
      clientId: SIM_CLIENT_ID,
      branchId: routed.value.branchId,
      terminalId: routed.value.terminalId,
      status: SIM_BASKET_STATUS.open,
      isLocked: false,
      lockedBy: null,
      total: check.value,
      sale: null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    };
    this.baskets.set(basket.basketID, record);
    this.#touch();
    return done(record);
  }

  #route(target: { terminalId: string } | { branchId: string }): StoreResult<{ branchId: string; terminalId: string | null }> {
    if ('branchId' in target) {
      const branch = this.branch(target.branchId);
      return branch.ok ? done({ branchId: branch.value, terminalId: null }) : branch;
    }
    const terminal = this.terminal(target.terminalId);
    if (!terminal.ok) return terminal;
    if (terminal.value.sale !== 'instant') return REFUSALS.saleMode();
    if (terminal.value.busy) return REFUSALS.posBusy();
    if (this.openBaskets().some((open) => open.terminalId === terminal.value.id)) return REFUSALS.openOnTerminal();
    return done({ branchId: terminal.value.branchId, terminalId: terminal.value.id });
  }

  /** 1101 and 1103: checks shared by create and update. Answers the basket total. */
  #checkContent(basket: SimBasketBody, basketId: string): StoreResult<number> {
    if (
      basket.checkNumber !== undefined &&
      this.openBaskets().some((open) => open.basket.basketID !== basketId && open.basket.checkNumber === basket.checkNumber)
    ) {
      return REFUSALS.duplicateCheckNumber();
    }
    const total = basketAmount(basket, this.dialect.rounding);
    if (basket.paymentItems !== undefined && basket.paymentItems.length > 0) {
      const paid = paymentAmount(basket);
      if (paid !== total) return REFUSALS.paymentMismatch(total, paid);
    }
    return done(total);
  }

  #live(basketId: string): SimBasket | null {
    const record = this.baskets.get(basketId);
    return record === undefined || record.deletedAt !== null ? null : record;
  }

  update(basketId: string, branchId: string, body: SimBasketBody): StoreResult<SimBasket> {
    const branch = this.branch(branchId);
    if (!branch.ok) return branch;
    const record = this.#live(basketId);
    if (record === null) return REFUSALS.noRecord();
    if (record.status === SIM_BASKET_STATUS.completed) return REFUSALS.statusUnsuitable();
    if (record.isLocked) return REFUSALS.locked();
    const check = this.#checkContent(body, basketId);
    if (!check.ok) return check;
    record.basket = { ...body, basketID: basketId };
    record.total = check.value;
    record.updatedAt = this.#clock.now();
    this.#touch();
    return done(record);
  }

  unlock(basketId: string, branchId: string): StoreResult<SimBasket> {
    const branch = this.branch(branchId);
    if (!branch.ok) return branch;
    const record = this.#live(basketId);
    if (record === null) return REFUSALS.noRecord();
    if (record.status === SIM_BASKET_STATUS.completed) return REFUSALS.statusUnsuitable();
    this.#release(record);
    return done(record);
  }

  delete(basketId: string): StoreResult<SimBasket> {
    const record = this.#live(basketId);
    if (record === null) return REFUSALS.noRecord();
    if (record.status === SIM_BASKET_STATUS.completed) return REFUSALS.alreadyCompleted();
    if (record.isLocked && this.dialect.deleteLocked === 'refused') return REFUSALS.locked();
    record.deletedAt = this.#clock.now();
    record.updatedAt = record.deletedAt;
    this.#touch();
    return done(record);
  }

  /** A deleted record is "not found" or shown with `deletedAt`, by dialect; one that holds a sale is always shown. */
  get(basketId: string): StoreResult<SimBasketDetails> {
    const record = this.baskets.get(basketId);
    const notFound = this.dialect.notFoundForm === '404' ? REFUSALS.noBasket() : REFUSALS.noRecord();
    if (record === undefined) return notFound;
    if (record.deletedAt !== null && record.sale === null && this.dialect.deletedRead === 'not-found') return notFound;
    return done(this.details(record));
  }

  details(record: SimBasket): SimBasketDetails {
    const { basket } = record;
    const checkNumber = basket.checkNumber ?? null;
    return {
      basketID: basket.basketID,
      createdAt: this.#iso(record.createdAt),
      updatedAt: this.#iso(record.updatedAt),
      deletedAt: record.deletedAt === null ? null : this.#iso(record.deletedAt),
      status: record.status,
      clientId: record.clientId,
      branchId: record.branchId,
      terminalId: record.terminalId,
      total: record.total,
      filter: basket.filter ?? null,
      checkNumber: checkNumber !== null && this.dialect.checkNumberForm === 'string' ? String(checkNumber) : checkNumber,
      title: basket.title ?? null,
      note: basket.note ?? null,
      documentType: basket.documentType ?? 0,
      isLocked: record.isLocked,
      lockedBy: record.lockedBy,
      items: basket.items,
      paymentItems: basket.paymentItems ?? [],
      sale: record.sale,
    };
  }

  /** Open (not completed, not deleted) baskets; with a terminal, those it can see. */
  openBaskets(terminalId?: string): SimBasket[] {
    const open = [...this.baskets.values()].filter((record) => record.deletedAt === null && record.status === SIM_BASKET_STATUS.open);
    if (terminalId === undefined) return open;
    const terminal = this.terminals.get(terminalId);
    return open.filter((record) =>
      record.terminalId === null ? record.branchId === terminal?.branchId : record.terminalId === terminalId,
    );
  }

  openSummary(record: SimBasket): Record<string, unknown> {
    return {
      basketID: record.basket.basketID,
      checkNumber: record.basket.checkNumber ?? null,
      filter: record.basket.filter ?? null,
      total: record.total,
      branchId: record.branchId,
      title: record.basket.title ?? null,
      isLocked: record.isLocked,
      createdAt: this.#iso(record.createdAt),
      lockedBy: record.lockedBy,
    };
  }

  // ------------------------------------------------------------ the device (virtual ÖKC)

  #deviceBasket(terminalId: string, basketId: string): StoreResult<{ terminal: SimTerminal; record: SimBasket }> {
    const terminal = this.terminal(terminalId);
    if (!terminal.ok) return terminal;
    const record = this.#live(basketId);
    if (record === null || !this.openBaskets(terminalId).includes(record)) return REFUSALS.noRecord();
    return done({ terminal: terminal.value, record });
  }

  /** The cashier on the device opens a basket: it locks to this terminal. */
  open(terminalId: string, basketId: string): StoreResult<SimBasket> {
    const found = this.#deviceBasket(terminalId, basketId);
    if (!found.ok) return found;
    const { terminal, record } = found.value;
    if (terminal.busy) return REFUSALS.posBusy();
    if (record.isLocked) return record.lockedBy === terminalId ? done(record) : REFUSALS.locked();
    record.isLocked = true;
    record.lockedBy = terminalId;
    record.updatedAt = this.#clock.now();
    this.#touch();
    this.#emit('BASKET_LOCKED', terminalId, record, { basketID: basketId, lockedBy: terminalId });
    return done(record);
  }

  /** The device puts a basket back (or the API unlocks it). */
  #release(record: SimBasket): void {
    if (!record.isLocked) return;
    const by = record.lockedBy;
    record.isLocked = false;
    record.lockedBy = null;
    record.updatedAt = this.#clock.now();
    this.#touch();
    this.#emit('BASKET_UNLOCKED', by ?? record.terminalId ?? '', record, { basketID: record.basket.basketID, lockedBy: by });
  }

  putBack(terminalId: string, basketId: string): StoreResult<SimBasket> {
    const found = this.#onScreen(terminalId, basketId);
    if (!found.ok) return found;
    this.#release(found.value.record);
    return done(found.value.record);
  }

  /**
   * The basket this device has on its screen, ready to finish: locked by it, and either
   * still open or, in dialects that allow it, deleted under the device's feet or left
   * unsettled by a network error (status 4) or a decline the device may retry.
   */
  #onScreen(terminalId: string, basketId: string): StoreResult<{ terminal: SimTerminal; record: SimBasket }> {
    const terminal = this.terminal(terminalId);
    if (!terminal.ok) return terminal;
    const record = this.baskets.get(basketId);
    if (record === undefined || record.lockedBy !== terminalId) return REFUSALS.statusUnsuitable();
    if (record.deletedAt !== null && this.dialect.deleteLocked !== 'allowed-keeps-sale') return REFUSALS.noRecord();
    const retryable = record.sale !== null && (record.sale.status === SIM_SALE_STATUS.networkError || this.#retryableDecline(record.sale));
    if (record.sale !== null && !retryable) return REFUSALS.statusUnsuitable();
    return done({ terminal: terminal.value, record });
  }

  /** In the extended dialect a declined card can be followed by another payment on the same basket. */
  #retryableDecline(sale: SimSale): boolean {
    return this.dialect.saleStatuses === 'extended' && sale.status === SIM_SALE_STATUS.cancelled && sale.message !== 'CANCELLED';
  }

  /** Takes the payment and prints the receipt. Without payments: the basket's plan, or cash for the whole total. */
  pay(terminalId: string, basketId: string, payments?: readonly DevicePayment[], offlineInvoice = false): StoreResult<SimBasket> {
    const found = this.#onScreen(terminalId, basketId);
    if (!found.ok) return found;
    const { terminal, record } = found.value;
    if (offlineInvoice && this.dialect.saleStatuses !== 'extended') return REFUSALS.statusUnsuitable();
    const planned: readonly (DevicePayment | SimPaymentItem)[] =
      payments ?? (record.basket.paymentItems?.length ? record.basket.paymentItems : [{ type: 1, amount: record.total }]);
    const paid = planned.reduce((sum, payment) => sum + payment.amount, 0);
    if (paid !== record.total) return REFUSALS.paymentMismatch(record.total, paid);
    terminal.receiptNo += 1;
    terminal.receipts.unshift(basketId);
    this.#complete(terminal, record, {
      basketID: basketId,
      documentType: record.basket.documentType ?? 0,
      InstanceIdentifier: terminal.id,
      invoiceID: '',
      message: offlineInvoice ? 'Offline Invoice' : 'OK',
      paymentCount: planned.length,
      paymentItems: planned.map((payment, index) => ({
        amount: payment.amount,
        BatchNo: terminal.zNo,
        currencyId: 0,
        description: PAYMENT_NAMES[payment.type] ?? `Ödeme ${payment.type}`,
        operatorId: payment.operatorId ?? 0,
        status: 0,
        taxRate: -1,
        TxnNo: payment.type === 1 ? 0 : terminal.receiptNo * 10 + index + 1,
        type: payment.type,
      })),
      receiptNo: terminal.receiptNo,
      status: offlineInvoice ? SIM_SALE_STATUS.offlineInvoice : SIM_SALE_STATUS.paid,
      UUID: randomUUID(),
      zNo: terminal.zNo,
    });
    return done(record);
  }

  cancel(terminalId: string, basketId: string): StoreResult<SimBasket> {
    return this.#finishOnScreen(terminalId, basketId, () => ({ message: 'CANCELLED', status: SIM_SALE_STATUS.cancelled }));
  }

  /** The bank or payment app refuses: sale status −1, the 5xxx code where the dialect puts it. */
  decline(terminalId: string, basketId: string, code: number, text: string): StoreResult<SimBasket> {
    const format = this.dialect.declineFormat;
    return this.#finishOnScreen(terminalId, basketId, (record) => ({
      message: format === 'code-in-message' ? `${code}: ${text}` : format === 'code-on-payment' ? text : 'CANCELLED',
      paymentCount: 1,
      paymentItems: [{ amount: record.total, type: 3, status: format === 'code-in-message' ? -1 : code, description: text, operatorId: 0 }],
      status: SIM_SALE_STATUS.cancelled,
    }));
  }

  /** The device lost its network while paying (vendor POS code 4): the money's fate is reported later. */
  networkError(terminalId: string, basketId: string): StoreResult<SimBasket> {
    if (this.dialect.saleStatuses !== 'extended') return REFUSALS.statusUnsuitable();
    return this.#finishOnScreen(terminalId, basketId, () => ({ message: 'Network Error', status: SIM_SALE_STATUS.networkError }));
  }

  /** Ends the basket on this device's screen without a payment: the sale object says how. */
  #finishOnScreen(
    terminalId: string,
    basketId: string,
    outcome: (record: SimBasket) => Omit<SimSale, 'basketID' | 'documentType'>,
  ): StoreResult<SimBasket> {
    const found = this.#onScreen(terminalId, basketId);
    if (!found.ok) return found;
    const { terminal, record } = found.value;
    this.#complete(terminal, record, { basketID: basketId, documentType: record.basket.documentType ?? 0, ...outcome(record) });
    return done(record);
  }

  /** Voids a printed receipt of this terminal (status 99, receipt and Z numbers −1). */
  voidReceipt(terminalId: string, basketId: string): StoreResult<SimBasket> {
    const terminal = this.terminal(terminalId);
    if (!terminal.ok) return terminal;
    const record = this.baskets.get(basketId);
    const paid = record?.sale?.status === SIM_SALE_STATUS.paid || record?.sale?.status === SIM_SALE_STATUS.offlineInvoice;
    if (record === undefined || !terminal.value.receipts.includes(basketId) || !paid) return REFUSALS.statusUnsuitable();
    terminal.value.receipts = terminal.value.receipts.filter((id) => id !== basketId);
    record.sale = { basketID: basketId, message: 'CANCELLED', receiptNo: -1, status: SIM_SALE_STATUS.voided, zNo: -1 };
    record.updatedAt = this.#clock.now();
    this.#touch();
    this.#emit('BASKET_COMPLETED', terminalId, record, record.sale);
    return done(record);
  }

  setBusy(terminalId: string, busy: boolean): StoreResult<SimTerminal> {
    const terminal = this.terminal(terminalId);
    if (!terminal.ok) return terminal;
    terminal.value.busy = busy;
    this.#touch();
    return terminal;
  }

  setSaleKind(terminalId: string, sale: SaleKind): StoreResult<SimTerminal> {
    const terminal = this.terminal(terminalId);
    if (!terminal.ok) return terminal;
    terminal.value.sale = sale;
    this.#touch();
    return terminal;
  }

  /** End of day: the Z number counts up and receipt numbers start again. */
  zReport(terminalId: string): StoreResult<SimTerminal> {
    const terminal = this.terminal(terminalId);
    if (!terminal.ok) return terminal;
    terminal.value.zNo += 1;
    terminal.value.receiptNo = 0;
    terminal.value.receipts = [];
    this.#touch();
    return terminal;
  }

  #complete(terminal: SimTerminal, record: SimBasket, sale: SimSale): void {
    record.status = SIM_BASKET_STATUS.completed;
    record.sale = sale;
    record.updatedAt = this.#clock.now();
    this.#touch();
    this.#emit('BASKET_COMPLETED', terminal.id, record, sale);
  }

  #emit(operation: SimWebhook['operation'], terminalId: string, record: SimBasket, data: SimWebhook['data']): void {
    this.#webhook({ terminalId, clientId: record.clientId, operation, operationDate: this.#iso(this.#clock.now()), data }, record);
  }
}
