import type { SimBasket, SimulatorStore } from './store';

/**
 * Plays the cashier at the device for tests and unattended demos: after a new basket
 * appears, the device opens it (lock) and then finishes it with the policy's outcome.
 * `random` draws from the simulator's seeded generator, so a run can be replayed.
 */

export const AUTO_OUTCOMES = ['pay', 'cancel', 'decline', 'void', 'random'] as const;
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

const CONCRETE: readonly Exclude<AutoOutcome, 'random'>[] = ['pay', 'cancel', 'decline', 'void'];

export class AutoCompleter {
  policy: AutoCompletePolicy = MANUAL_POLICY;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly store: SimulatorStore,
    private readonly random: () => number,
  ) {}

  /** Called for every basket the API creates. */
  basketCreated(record: SimBasket): void {
    if (!this.policy.enabled) return;
    const policy = this.policy;
    const terminalId = record.terminalId ?? this.listTerminal(record.branchId);
    if (terminalId === null) return;
    const basketId = record.basket.basketID;
    const outcome = policy.outcome === 'random' ? (CONCRETE[Math.floor(this.random() * CONCRETE.length)] ?? 'pay') : policy.outcome;
    this.later(policy.lockAfterMs, () => {
      if (!this.store.open(terminalId, basketId).ok) return;
      this.later(policy.completeAfterMs, () => this.finish(outcome, terminalId, basketId, policy.declineCode));
    });
  }

  private finish(outcome: Exclude<AutoOutcome, 'random'>, terminalId: string, basketId: string, declineCode: number): void {
    if (outcome === 'cancel') this.store.cancel(terminalId, basketId);
    else if (outcome === 'decline') this.store.decline(terminalId, basketId, declineCode, 'Online Decline');
    else if (this.store.pay(terminalId, basketId).ok && outcome === 'void') this.store.voidReceipt(terminalId, basketId);
  }

  /** A list basket is picked up by the branch's first free terminal. */
  private listTerminal(branchId: string): string | null {
    for (const terminal of this.store.terminals.values()) {
      if (terminal.branchId === branchId && !terminal.busy) return terminal.id;
    }
    return null;
  }

  private later(ms: number, work: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      work();
    }, ms);
    this.timers.add(timer);
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
