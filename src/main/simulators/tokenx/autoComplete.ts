import type { SimBasket, SimulatorStore } from './store';

/**
 * Plays the cashier at the device for tests and unattended demos: after a new basket
 * appears, the device opens it (lock) and then finishes it with the policy's outcome.
 * `random` draws from the simulator's seeded generator, so a run can be replayed. In
 * the extended dialect the random outcomes include the vendor's POS codes 5 (offline
 * invoice, a success) and 4 (network error, settled later by a payment).
 */

export const AUTO_OUTCOMES = ['pay', 'cancel', 'decline', 'void', 'offline-invoice', 'network-error-then-pay', 'random'] as const;
export type AutoOutcome = (typeof AUTO_OUTCOMES)[number];

export interface AutoCompletePolicy {
  enabled: boolean;
  outcome: AutoOutcome;
  lockAfterMs: number;
  completeAfterMs: number;
  /** The 5xxx code a decline reports. */
  declineCode: number;
}

export const MANUAL_POLICY: AutoCompletePolicy = { enabled: false, outcome: 'pay', lockAfterMs: 0, completeAfterMs: 0, declineCode: 5005 };

type Concrete = Exclude<AutoOutcome, 'random'>;
const BASIC: readonly Concrete[] = ['pay', 'cancel', 'decline', 'void'];
const EXTENDED: readonly Concrete[] = [...BASIC, 'offline-invoice', 'network-error-then-pay'];

export class AutoCompleter {
  policy: AutoCompletePolicy = MANUAL_POLICY;
  readonly #store: SimulatorStore;
  readonly #random: () => number;
  readonly #timers = new Set<NodeJS.Timeout>();

  constructor(store: SimulatorStore, random: () => number) {
    this.#store = store;
    this.#random = random;
  }

  /** Called for every basket the API creates. */
  basketCreated(record: SimBasket): void {
    if (!this.policy.enabled) return;
    const policy = this.policy;
    const terminalId = record.terminalId ?? this.#listTerminal(record.branchId);
    if (terminalId === null) return;
    const basketId = record.basket.basketID;
    const choices = this.#store.dialect.saleStatuses === 'extended' ? EXTENDED : BASIC;
    const outcome = policy.outcome === 'random' ? (choices[Math.floor(this.#random() * choices.length)] ?? 'pay') : policy.outcome;
    this.#later(policy.lockAfterMs, () => {
      if (!this.#store.open(terminalId, basketId).ok) return;
      this.#later(policy.completeAfterMs, () => this.#finish(outcome, terminalId, basketId, policy));
    });
  }

  #finish(outcome: Concrete, terminalId: string, basketId: string, policy: AutoCompletePolicy): void {
    const store = this.#store;
    switch (outcome) {
      case 'cancel':
        store.cancel(terminalId, basketId);
        return;
      case 'decline':
        store.decline(terminalId, basketId, policy.declineCode, 'Online Decline');
        return;
      case 'offline-invoice':
        store.pay(terminalId, basketId, undefined, true);
        return;
      case 'network-error-then-pay':
        if (store.networkError(terminalId, basketId).ok) this.#later(policy.completeAfterMs, () => store.pay(terminalId, basketId));
        return;
      case 'pay':
      case 'void':
        if (store.pay(terminalId, basketId).ok && outcome === 'void') store.voidReceipt(terminalId, basketId);
    }
  }

  /** A list basket is picked up by the branch's first free terminal. */
  #listTerminal(branchId: string): string | null {
    for (const terminal of this.#store.terminals.values()) {
      if (terminal.branchId === branchId && !terminal.busy) return terminal.id;
    }
    return null;
  }

  #later(ms: number, work: () => void): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      work();
    }, ms);
    this.#timers.add(timer);
  }

  stop(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}
