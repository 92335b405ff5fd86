import type { Dispatcher } from 'undici';
import { request } from 'undici';
import type { TokenxDialect } from './dialect';
import type { SimWebhook } from './wire';
import { errorMessage } from '../../../shared/errorMessage';

/**
 * Delivers webhooks to the registered callback URL, placeholders expanded (reference
 * §2.2), with the registered auth value as the dialect sends it (§4 [G]): verbatim as
 * Authorization, with "Bearer " put in front, or not at all. Faults for tests: drop,
 * extra delay, duplicate, and reorder (a delivery is held back and sent after the next one).
 */

export interface WebhookFaults {
  dropRate: number;
  duplicateRate: number;
  reorderRate: number;
  /** Extra delay before each delivery, drawn uniformly from [min, max] ms. */
  delayMs: readonly [number, number];
}

export const NO_WEBHOOK_FAULTS: WebhookFaults = { dropRate: 0, duplicateRate: 0, reorderRate: 0, delayMs: [0, 0] };

export interface WebhookDelivery {
  operation: SimWebhook['operation'];
  basketID: string;
  url: string;
  /** HTTP status the receiver answered, or the transport error, or "dropped" by a fault. */
  result: number | string;
  at: number;
}

export interface WebhookTarget {
  callbackUrl: string;
  callbackAuthHeader: string | null;
}

export function expandCallbackUrl(template: string, terminalId: string, basketId: string, branchOrTerminal: string): string {
  return template
    .replaceAll('${terminal-id}', encodeURIComponent(terminalId))
    .replaceAll('${basket-id}', encodeURIComponent(basketId))
    .replaceAll('${branch-or-terminal-id}', encodeURIComponent(branchOrTerminal));
}

/** Attempts per delivery when the receiver does not answer 2xx, in the dialect that retries. */
const ATTEMPTS = 3;

export class WebhookSender {
  faults: WebhookFaults = NO_WEBHOOK_FAULTS;
  readonly log: WebhookDelivery[] = [];
  readonly #dispatcher: Dispatcher | undefined;
  readonly #random: () => number;
  readonly #now: () => number;
  readonly #dialect: () => TokenxDialect;
  #held: (() => Promise<void>) | null = null;
  readonly #inFlight = new Set<Promise<void>>();
  #closed = false;

  constructor(dispatcher: Dispatcher | undefined, random: () => number, now: () => number, dialect: () => TokenxDialect) {
    this.#dispatcher = dispatcher;
    this.#random = random;
    this.#now = now;
    this.#dialect = dialect;
  }

  send(target: WebhookTarget, url: string, payload: SimWebhook): void {
    const copies = this.#random() < this.faults.duplicateRate ? 2 : 1;
    const record = (result: number | string) =>
      this.log.push({ operation: payload.operation, basketID: payload.data.basketID, url, result, at: this.#now() });
    if (this.#random() < this.faults.dropRate) {
      record('dropped');
      return;
    }
    const [min, max] = this.faults.delayMs;
    const delay = min + Math.round(this.#random() * Math.max(0, max - min));
    const deliver = (): Promise<void> => {
      const copiesSent = Array.from({ length: copies }, () => this.#deliver(target, url, payload, delay, record));
      const all = Promise.all(copiesSent).then(() => undefined);
      this.#track(all);
      return all;
    };
    const previous = this.#held;
    this.#held = null;
    if (this.#random() < this.faults.reorderRate && previous === null) {
      this.#held = deliver;
      // Released by the next delivery, or after a short while if none comes.
      setTimeout(() => this.#releaseHeld(deliver), 250 + delay);
    } else {
      // The held one goes only after this one has arrived, so the swap is certain.
      const sent = deliver();
      if (previous !== null) this.#track(sent.then(previous));
    }
  }

  #releaseHeld(deliver: () => Promise<void>): void {
    if (this.#held !== deliver) return;
    this.#held = null;
    void deliver();
  }

  #track(work: Promise<void>): void {
    this.#inFlight.add(work);
    void work.finally(() => this.#inFlight.delete(work));
  }

  async #deliver(target: WebhookTarget, url: string, payload: SimWebhook, delay: number, record: (result: number | string) => void): Promise<void> {
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const { webhookAuth, webhookRetries } = this.#dialect();
    const attempts = webhookRetries === 'retry' ? ATTEMPTS : 1;
    for (let attempt = 1; attempt <= attempts && !this.#closed; attempt += 1) {
      try {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (target.callbackAuthHeader !== null && webhookAuth !== 'none') {
          headers.authorization = webhookAuth === 'verbatim' ? target.callbackAuthHeader : `Bearer ${target.callbackAuthHeader}`;
        }
        const response = await request(url, {
          method: 'POST',
          headers,
          body: JSON.stringify(payload),
          dispatcher: this.#dispatcher,
          headersTimeout: 5_000,
          bodyTimeout: 5_000,
        });
        await response.body.dump();
        record(response.statusCode);
        if (response.statusCode >= 200 && response.statusCode < 300) return;
      } catch (error) {
        record(errorMessage(error));
      }
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }

  /** Waits for deliveries under way (tests use it before asserting on the receiver). */
  async settle(): Promise<void> {
    while (this.#inFlight.size > 0 || this.#held !== null) {
      if (this.#held !== null) this.#releaseHeld(this.#held);
      await Promise.all([...this.#inFlight]);
    }
  }

  close(): void {
    this.#closed = true;
    this.#held = null;
  }
}
