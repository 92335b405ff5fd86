/**
 * Faults the simulator injects into its API answers. `before` faults answer instead of
 * handling the request (nothing changes); `after` faults handle it, so the state moves,
 * and then lose or spoil the answer, which is what makes a client's "unknown" real;
 * `late-commit` holds the request past the client's patience and only then handles it
 * (a create that lands after the till gave up on it). `proxy-404` is a proxy or load
 * balancer in front answering an HTML "Not Found" page, not TokenX.
 */

export const HTTP_FAULT_KINDS = [
  'http-500',
  'http-503',
  'http-429',
  'drop-before',
  'stall',
  'drop-after-commit',
  'http-500-after-commit',
  'late-commit',
  'proxy-404',
] as const;
export type HttpFaultKind = (typeof HTTP_FAULT_KINDS)[number];

export function faultTiming(kind: HttpFaultKind): 'before' | 'after' | 'late' {
  if (kind === 'late-commit') return 'late';
  return kind === 'drop-after-commit' || kind === 'http-500-after-commit' ? 'after' : 'before';
}

export interface OneShotFault {
  kind: HttpFaultKind;
  /** Only requests with this method, if set. */
  method?: string;
  /** Only requests whose path starts with this, if set (e.g. "/v1/instant-basket"). */
  path?: string;
  /** How many matching requests it hits. */
  times: number;
}

export interface RandomFaults {
  /** Probability per API request of each kind. */
  rates: Partial<Record<HttpFaultKind, number>>;
  /** How long a stalled request hangs before the socket is dropped. */
  stallMs: number;
  /** The Retry-After a 429 carries. */
  retryAfterSeconds: number;
}

export const NO_RANDOM_FAULTS: RandomFaults = { rates: {}, stallMs: 30_000, retryAfterSeconds: 0 };

export class HttpFaultPlan {
  #oneShots: OneShotFault[] = [];
  random: RandomFaults = NO_RANDOM_FAULTS;
  readonly #draw: () => number;

  constructor(draw: () => number) {
    this.#draw = draw;
  }

  failNext(fault: OneShotFault): void {
    this.#oneShots.push({ ...fault });
  }

  clear(): void {
    this.#oneShots = [];
    this.random = NO_RANDOM_FAULTS;
  }

  /** The fault for this request, if any; one-shot faults first, in the order given. */
  pick(method: string, path: string): HttpFaultKind | null {
    const index = this.#oneShots.findIndex(
      (fault) => (fault.method === undefined || fault.method === method) && (fault.path === undefined || path.startsWith(fault.path)),
    );
    const oneShot = this.#oneShots[index];
    if (oneShot !== undefined) {
      oneShot.times -= 1;
      if (oneShot.times <= 0) this.#oneShots.splice(index, 1);
      return oneShot.kind;
    }
    const roll = this.#draw();
    let threshold = 0;
    for (const kind of HTTP_FAULT_KINDS) {
      threshold += this.random.rates[kind] ?? 0;
      if (roll < threshold) return kind;
    }
    return null;
  }
}
