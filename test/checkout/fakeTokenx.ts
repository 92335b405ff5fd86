import type { CheckoutGateway } from '../../src/main/core/checkout/gateway';
import type { TokenxOutcome } from '../../src/main/core/tokenx/outcome';
import type { BasketDetails, OpenBasket, Sale, WebhookPayload, WireBasket } from '../../src/shared/tokenx/basketModel';
import { seededRandom } from '../../src/shared/seededRandom';

/**
 * An in-memory TokenX with a device behind it, for service tests that need exact control
 * of faults: an answer lost after TokenX acted, a call that never reached it, a create
 * that lands late, and webhooks dropped, duplicated or delivered out of order.
 */

export type DeviceFate = 'paid' | 'cancelled' | 'declined' | 'voided';

interface FakeBasket {
  basket: WireBasket;
  terminalId: string;
  lockedBy: string | null;
  sale: Sale | null;
  deleted: boolean;
}

export interface FakeFaults {
  /** TokenX acts, the answer is lost. */
  loseAnswer: number;
  /** The call never reaches TokenX. */
  neverArrives: number;
  /** A create is acted on only after the caller has given up on it. */
  landsLate: number;
  dropWebhook: number;
  duplicateWebhook: number;
  delayWebhookMs: number;
}

export const NO_FAULTS: FakeFaults = {
  loseAnswer: 0,
  neverArrives: 0,
  landsLate: 0,
  dropWebhook: 0,
  duplicateWebhook: 0,
  delayWebhookMs: 0,
};


const ack: TokenxOutcome<unknown> = { kind: 'ok', value: { description: 'ok' }, status: 200 };
const lost = (what: string): TokenxOutcome<never> => ({ kind: 'unknown', reason: `fake: ${what} answer lost` });

export class FakeTokenx implements CheckoutGateway {
  readonly baskets = new Map<string, FakeBasket>();
  readonly createCalls = new Map<string, number>();
  getCalls = 0;
  faults: FakeFaults = NO_FAULTS;
  webhook: ((payload: WebhookPayload) => void) | null = null;
  readonly #random: () => number;
  readonly #late = new Set<Promise<void>>();

  constructor(seed = 1) {
    this.#random = seededRandom(seed);
  }

  async createInstantBasket(terminalId: string, basket: WireBasket): Promise<TokenxOutcome<unknown>> {
    this.createCalls.set(basket.basketID, (this.createCalls.get(basket.basketID) ?? 0) + 1);
    if (this.#chance(this.faults.neverArrives)) return lost('create (never arrived)');
    if (this.#chance(this.faults.landsLate)) {
      const late = new Promise<void>((resolve) => setTimeout(resolve, 3)).then(() => {
        this.#create(terminalId, basket);
      });
      this.#late.add(late);
      void late.finally(() => this.#late.delete(late));
      return lost('create (landing late)');
    }
    const answer = this.#create(terminalId, basket);
    return answer.kind === 'ok' && this.#chance(this.faults.loseAnswer) ? lost('create') : answer;
  }

  createListBasket(branchId: string, basket: WireBasket): Promise<TokenxOutcome<unknown>> {
    return this.createInstantBasket(`branch:${branchId}`, basket);
  }

  async getBasket(basketId: string): Promise<TokenxOutcome<BasketDetails>> {
    this.getCalls += 1;
    if (this.#chance(this.faults.neverArrives)) return lost('get');
    const found = this.baskets.get(basketId);
    if (found === undefined) return { kind: 'rejected', code: '404', httpStatus: 404, description: 'No basket record found for given id' };
    const value: BasketDetails = {
      basketID: basketId,
      status: found.sale === null ? 0 : 1,
      isLocked: found.lockedBy !== null,
      lockedBy: found.lockedBy,
      deletedAt: found.deleted ? '2025-01-01T00:00:00.000Z' : null,
      sale: found.sale,
    };
    return this.#chance(this.faults.loseAnswer) ? lost('get') : { kind: 'ok', value, status: 200 };
  }

  async getOpenBaskets(terminalId: string): Promise<TokenxOutcome<readonly OpenBasket[]>> {
    const open = [...this.baskets.values()]
      .filter((b) => b.terminalId === terminalId && b.sale === null && !b.deleted)
      .map((b) => ({ basketID: b.basket.basketID, isLocked: b.lockedBy !== null, lockedBy: b.lockedBy }));
    return { kind: 'ok', value: open, status: 200 };
  }

  async deleteBasket(basketId: string): Promise<TokenxOutcome<unknown>> {
    if (this.#chance(this.faults.neverArrives)) return lost('delete (never arrived)');
    const found = this.baskets.get(basketId);
    if (found === undefined || found.deleted) return { kind: 'rejected', code: '1006', httpStatus: 404, description: 'No record found' };
    if (found.sale !== null) return { kind: 'rejected', code: '1105', httpStatus: 400, description: 'completed' };
    if (found.lockedBy !== null) return { kind: 'rejected', code: '1018', httpStatus: 400, description: 'Order locked' };
    found.deleted = true;
    return this.#chance(this.faults.loseAnswer) ? lost('delete') : ack;
  }

  async unlockBasket(_branchId: string, basketId: string): Promise<TokenxOutcome<unknown>> {
    const found = this.baskets.get(basketId);
    if (found === undefined) return { kind: 'rejected', code: '1006', httpStatus: 404, description: 'No record found' };
    if (found.sale === null) found.lockedBy = null;
    this.#deliver({ operation: 'BASKET_UNLOCKED', data: { basketID: basketId } });
    return ack;
  }

  /** The device opens the basket: it is locked to that terminal. */
  lock(basketId: string): boolean {
    const found = this.baskets.get(basketId);
    if (found === undefined || found.deleted || found.sale !== null) return false;
    found.lockedBy = found.terminalId;
    this.#deliver({ operation: 'BASKET_LOCKED', data: { basketID: basketId, lockedBy: found.terminalId } });
    return true;
  }

  /**
   * The device finishes the basket; false when there is nothing to finish (not there,
   * deleted, done). A void arrives as the basket's one completion: a void after a payment
   * the app already saw is only learnt from its own webhook (see the state machine tests).
   */
  finish(basketId: string, fate: DeviceFate): boolean {
    const found = this.baskets.get(basketId);
    if (found === undefined || found.deleted || found.sale !== null) return false;
    found.lockedBy = found.terminalId;
    const paidSale: Sale = { basketID: basketId, status: 0, message: 'OK', receiptNo: 1, zNo: 1, paymentItems: [{ type: 1, amount: 100 }] };
    const sales: Record<DeviceFate, Sale> = {
      paid: paidSale,
      cancelled: { basketID: basketId, status: -1, message: 'CANCELLED' },
      declined: { basketID: basketId, status: -1, message: '5012 DECLINED' },
      voided: { basketID: basketId, status: 99, message: 'CANCELLED', receiptNo: -1, zNo: -1 },
    };
    found.sale = sales[fate];
    this.#deliver({ operation: 'BASKET_COMPLETED', data: sales[fate] });
    return true;
  }

  /** The receipt of a paid basket is voided on the device; the webhook (if any) says so. */
  voidReceipt(basketId: string): boolean {
    const found = this.baskets.get(basketId);
    if (found?.sale?.status !== 0) return false;
    found.sale = { basketID: basketId, status: 99, message: 'CANCELLED', receiptNo: -1, zNo: -1 };
    this.#deliver({ operation: 'BASKET_COMPLETED', data: found.sale });
    return true;
  }

  /** Waits for creates still landing late, so the truth is settled before it is compared. */
  async settled(): Promise<void> {
    while (this.#late.size > 0) await Promise.all([...this.#late]);
  }

  #create(terminalId: string, basket: WireBasket): TokenxOutcome<unknown> {
    if (this.baskets.has(basket.basketID)) return { kind: 'rejected', code: '1007', httpStatus: 400, description: 'Duplicate basketID' };
    const busy = [...this.baskets.values()].some((b) => b.terminalId === terminalId && b.sale === null && !b.deleted);
    if (busy && !terminalId.startsWith('branch:')) {
      return { kind: 'rejected', code: '1100', httpStatus: 400, description: 'There is already an open basket assigned to this terminal' };
    }
    this.baskets.set(basket.basketID, { basket, terminalId, lockedBy: null, sale: null, deleted: false });
    return { kind: 'ok', value: { description: 'Instant Basket Record Successfully Created' }, status: 201 };
  }

  #deliver(payload: WebhookPayload): void {
    const target = this.webhook;
    if (target === null || this.#chance(this.faults.dropWebhook)) return;
    const copies = this.#chance(this.faults.duplicateWebhook) ? 2 : 1;
    for (let i = 0; i < copies; i += 1) {
      const delay = Math.floor(this.#random() * this.faults.delayWebhookMs);
      setTimeout(() => target(payload), delay);
    }
  }

  #chance(probability: number): boolean {
    return probability > 0 && this.#random() < probability;
  }
}
