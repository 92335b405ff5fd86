import { setTimeout as sleep } from 'node:timers/promises';
import type { RecoveryStatus } from '../../../shared/checkout/checkoutState';
import type { OpenBasket } from '../../../shared/tokenx/basketModel';
import type { Logger } from '../ports';
import type { StoredEntry } from './journal';
import { errorMessage } from '../../../shared/errorMessage';

export interface StartupRecoveryDeps {
  /** Unfinished baskets of the account, as the journal lists them. */
  ids: readonly string[];
  /** Throws when the entry's own record is unreadable. */
  entry(basketId: string): StoredEntry | undefined;
  /** The counter terminal's open baskets: one call that tells many entries apart at once. */
  openBaskets(): Promise<readonly OpenBasket[]>;
  sawOpen(basket: OpenBasket): Promise<StoredEntry>;
  /** One step towards a final state (read, send a young draft, or hold an old one). */
  settle(basketId: string): Promise<StoredEntry>;
  setAside(basketId: string, reason: string): void;
  /** Hands an entry that is still open to the poller. */
  follow(basketId: string): void;
  /** Settle attempts per entry before selling resumes without it. */
  reads: number;
  stillActive(): boolean;
  log: Logger;
  publish(status: RecoveryStatus): void;
}

const CONCURRENCY = 4;
const RETRY_BASE_MS = 200;

/**
 * Start-up recovery of one account's unfinished baskets. Each entry is recovered on its
 * own: an entry that throws (a record that no longer reads back, a stored basket that
 * no longer parses) is set aside for a manager and the others go on; an entry TokenX
 * does not answer about is read a bounded number of times and then left to the poller.
 * Selling resumes once every entry has had its turn.
 */
export class StartupRecovery {
  readonly #deps: StartupRecoveryDeps;
  readonly #ids: ReadonlySet<string>;
  readonly #broken = new Set<string>();
  #firstPassDone = false;
  #published: RecoveryStatus | null = null;

  constructor(deps: StartupRecoveryDeps) {
    this.#deps = deps;
    this.#ids = new Set(deps.ids);
  }

  async run(): Promise<RecoveryStatus> {
    this.#publish();
    await this.#reconcileWithOpenBaskets();
    const queue = [...this.#ids];
    const worker = async () => {
      // A switch to another account mid-recovery leaves the rest to that account's next activation.
      for (let id = queue.shift(); id !== undefined && this.#deps.stillActive(); id = queue.shift()) await this.#recoverOne(id);
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    if (!this.#deps.stillActive()) return this.status();
    this.#firstPassDone = true;
    this.#publish();
    return this.status();
  }

  /** Told of every journal change, so the screen's counts follow. */
  changed(basketId: string): void {
    if (this.#ids.has(basketId)) this.#publish();
  }

  status(): RecoveryStatus {
    const counts = { known: 0, unresolved: 0, awaitingDecision: 0, escalated: 0 };
    for (const id of this.#ids) {
      const entry = this.#readable(id);
      if (entry === null) counts.escalated += 1;
      else if (entry === undefined || entry.final || entry.state === 'on-device') counts.known += 1;
      else if (entry.state === 'awaiting-decision') counts.awaitingDecision += 1;
      else if (entry.escalated) counts.escalated += 1;
      else counts.unresolved += 1;
    }
    return { phase: this.#firstPassDone ? 'ready' : 'recovering', found: this.#ids.size, ...counts };
  }

  async #recoverOne(id: string): Promise<void> {
    for (let attempt = 1; attempt <= this.#deps.reads; attempt += 1) {
      let entry: StoredEntry;
      try {
        entry = await this.#deps.settle(id);
      } catch (error) {
        this.#broken.add(id);
        this.#deps.setAside(id, errorMessage(error));
        this.#publish();
        return;
      }
      if (entry.final || entry.state === 'awaiting-decision') return;
      if (entry.state === 'on-device' || entry.escalated || attempt === this.#deps.reads) {
        this.#deps.follow(id);
        return;
      }
      await sleep(RETRY_BASE_MS * 2 ** (attempt - 1));
    }
  }

  /** One list call tells many entries apart at once; an entry it cannot update is read on its own later. */
  async #reconcileWithOpenBaskets(): Promise<void> {
    if (this.#ids.size === 0) return;
    for (const open of await this.#deps.openBaskets()) {
      if (!this.#ids.has(open.basketID)) continue;
      try {
        await this.#deps.sawOpen(open);
      } catch (error) {
        this.#deps.log.warn('recovery could not record an open basket; it is read on its own', {
          basketId: open.basketID,
          error: errorMessage(error),
        });
      }
    }
  }

  /** null when the record cannot be read back at all. */
  #readable(id: string): StoredEntry | undefined | null {
    if (this.#broken.has(id)) return null;
    try {
      return this.#deps.entry(id);
    } catch {
      return null;
    }
  }

  #publish(): void {
    const next = this.status();
    const previous = this.#published;
    this.#published = next;
    if (previous === null || JSON.stringify(previous) !== JSON.stringify(next)) this.#deps.publish(next);
  }
}
