/**
 * What every TokenX call resolves to. It never throws for an API or transport problem:
 * `rejected` means TokenX answered and refused (the code says why, see the status
 * catalog), `unknown` means nobody can say whether TokenX acted (no answer, a timeout,
 * an unreadable body, 5xx after the retries), which a caller must never read as
 * "failed".
 */
export type TokenxOutcome<T> =
  | { kind: 'ok'; value: T; status: number }
  | {
      kind: 'rejected';
      code: string;
      httpStatus: number;
      description: string;
      /**
       * True when the refusal came in TokenX's own envelope `{status, description}`. A
       * bare HTTP 404 (a proxy's page, a wrong base URL) is not TokenX saying anything
       * about a basket, so only an enveloped "no record" counts as "absent".
       */
      enveloped: boolean;
      /** Retry-After of a 429 (or 503), in ms, when TokenX asked for a pause. */
      retryAfterMs: number | null;
    }
  | { kind: 'unknown'; reason: string };

/** The body of a success that carries no result, e.g. "Basket Record Successfully Created". */
export interface TokenxAck {
  description: string;
}

/** App-side codes for refusals that happen before TokenX is asked (listed in the status catalog). */
export const LOCAL_CODES = {
  credentialsMissing: 'credentials-missing',
  invalidRequest: 'invalid-request',
  rateLimited: '429',
} as const;
