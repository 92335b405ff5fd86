import type { Clock } from '../ports';
import type { TokenxOutcome } from './outcome';
import type { AuthResult } from './schemas';

/**
 * Holds the bearer token for its `expiresIn` lifetime and renews it early, so a call
 * never leaves with a token about to lapse. Callers that need a token at the same time
 * share one authentication request.
 */
export class TokenCache {
  #token: { value: string; renewAt: number } | null = null;
  #pending: Promise<TokenxOutcome<string>> | null = null;

  readonly #clock: Clock;
  readonly #authenticate: () => Promise<TokenxOutcome<AuthResult>>;

  constructor(clock: Clock, authenticate: () => Promise<TokenxOutcome<AuthResult>>) {
    this.#clock = clock;
    this.#authenticate = authenticate;
  }

  /**
   * Renew at 80 % of the lifetime, and at least a minute before expiry unless that is
   * more than half of it (short test lifetimes then renew at half-life).
   */
  static renewAfterMs(expiresInSeconds: number): number {
    const lifetime = expiresInSeconds * 1000;
    return lifetime - Math.max(Math.min(60_000, lifetime / 2), lifetime / 5);
  }

  async get(): Promise<TokenxOutcome<string>> {
    if (this.#token !== null && this.#clock.now() < this.#token.renewAt) {
      return { kind: 'ok', value: this.#token.value, status: 200 };
    }
    this.#pending ??= this.#renew().finally(() => {
      this.#pending = null;
    });
    return this.#pending;
  }

  /** Forget a token TokenX refused, so the next `get` authenticates again. */
  invalidate(refused: string): void {
    if (this.#token?.value === refused) this.#token = null;
  }

  async #renew(): Promise<TokenxOutcome<string>> {
    const startedAt = this.#clock.now();
    const outcome = await this.#authenticate();
    if (outcome.kind !== 'ok') {
      this.#token = null;
      return outcome;
    }
    this.#token = { value: outcome.value.accessToken, renewAt: startedAt + TokenCache.renewAfterMs(outcome.value.expiresIn) };
    return { kind: 'ok', value: outcome.value.accessToken, status: outcome.status };
  }
}
