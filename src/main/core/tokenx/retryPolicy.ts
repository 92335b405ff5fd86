/**
 * When a TokenX call is tried again. 429 and 5xx (and a refused connection, where
 * nothing was sent) back off exponentially with jitter, a bounded number of times, but
 * only for calls that are safe to repeat. A timeout is never retried here: the request
 * may be on its way, so the caller gets "unknown" and finds out by reading.
 */

export interface RetryPolicy {
  /** Tries in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 250, maxDelayMs: 4_000 };

/**
 * "Equal jitter": half the exponential step is fixed, half random, so tills that failed
 * together do not come back together. A server's Retry-After is honoured up to the cap.
 */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number, retryAfterMs: number | null): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = step / 2 + random() * (step / 2);
  return Math.round(Math.min(policy.maxDelayMs, Math.max(jittered, retryAfterMs ?? 0)));
}

/** Connection errors where the request surely never reached the server. */
const NOT_SENT = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|UND_ERR_CONNECT_TIMEOUT)\b/;

export const transportNotSent = (reason: string): boolean => NOT_SENT.test(reason);

export const retryableStatus = (httpStatus: number): boolean => httpStatus === 429 || httpStatus >= 500;
