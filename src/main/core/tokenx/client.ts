import type { Dispatcher } from 'undici';
import type { z } from 'zod';
import type { BasketDetails, OpenBasket, WireBasket, WireBasketBody } from '../../../shared/tokenx/basketModel';
import { basketDetailsSchema, openBasketSchema, wireBasketBodySchema, wireBasketSchema } from '../../../shared/tokenx/basketModel';
import type { Clock, Logger } from '../ports';
import type { TokenxAck, TokenxOutcome } from './outcome';
import { LOCAL_CODES } from './outcome';
import type { RetryPolicy } from './retryPolicy';
import { backoffDelay, DEFAULT_RETRY, retryableStatus, transportNotSent } from './retryPolicy';
import type {
  AuthResult,
  ClientSettings,
  ClientSettingsInput,
  FiscalParameters,
  Terminal,
  TerminalFilter,
  TerminalOrganization,
} from './schemas';
import {
  authResultSchema,
  clientSettingsSchema,
  envelopeSchema,
  fiscalParametersSchema,
  terminalOrganizationSchema,
  terminalSchema,
} from './schemas';
import { TokenCache } from './tokenCache';
import type { HttpAnswer, HttpCall, TokenxTimeouts } from './transport';
import { DEFAULT_TIMEOUTS, exchange } from './transport';

export type { TokenxAck, TokenxOutcome } from './outcome';

/** The three base URLs of reference §1 (test and production presets live in settings). */
export interface TokenxBaseUrlSet {
  auth: string;
  clientSettings: string;
  basket: string;
}

export interface TokenxCredentials {
  clientId: string;
  clientSecret: string;
}

export interface TokenxClientOptions {
  baseUrls: TokenxBaseUrlSet;
  /** Read on every authentication, so changed credentials take effect without a restart. null: none configured. */
  credentials: () => TokenxCredentials | null;
  dispatcher: Dispatcher;
  clock: Clock;
  log: Logger;
  timeouts?: Partial<TokenxTimeouts>;
  retry?: Partial<RetryPolicy>;
  /** Jitter source; tests pass a seeded one. */
  random?: () => number;
  /** Backoff wait; tests may shorten it. */
  sleep?: (ms: number) => Promise<void>;
}

/** Updates and unlocks are routed by branch (reference §2.6–2.7). */
export interface BasketRouting {
  branchId: string;
}

interface Endpoint<T> {
  base: keyof TokenxBaseUrlSet;
  method: HttpCall['method'];
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
  /** Schema of `result`; null when the answer carries none worth keeping. */
  result: z.ZodType<T> | null;
  /** False where a repeat could act twice (an unlock could free a lock taken since). */
  repeatable: boolean;
}

/** JWT-level refusals (vendor table 0001–0005): authenticate again and retry once. */
const TOKEN_CODES = new Set(['0001', '0002', '0003', '0004', '0005']);

const issuePath = (issue: z.core.$ZodIssue): string => (issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.'));

export function describeMismatch(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue === undefined ? 'schema mismatch' : `${issuePath(issue)}: ${issue.message}`;
}

const trimSlash = (url: string): string => url.replace(/\/+$/, '');

/**
 * Body status as a catalog code, whether TokenX writes it as a number or a string
 * (reference §7.4 shows both forms): "1100" and 1100 are the same code, the
 * four-digit JWT and routing codes keep their zeros ("0002", "0007"), and a JWT code
 * sent as a bare number on a 401 (2) is read as the JWT code ("0002"), not as device
 * status 2.
 */
export function codeOf(status: number | string, httpStatus: number): string {
  const text = String(status).trim();
  if (!/^-?\d+$/u.test(text)) return text;
  if (/^0\d{3}$/u.test(text)) return text;
  const value = Number(text);
  if (httpStatus === 401 && value >= 1 && value <= 5) return `000${value}`;
  return String(value);
}

/**
 * The TokenX cloud API client (reference §2 and §5). Every method resolves to a
 * `TokenxOutcome`; none throws for API or transport problems.
 */
export class TokenxClient {
  readonly #tokens: TokenCache;
  readonly #timeouts: TokenxTimeouts;
  readonly #retry: RetryPolicy;
  readonly #random: () => number;
  readonly #sleep: (ms: number) => Promise<void>;

  readonly #options: TokenxClientOptions;

  constructor(options: TokenxClientOptions) {
    this.#options = options;
    this.#timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.#retry = { ...DEFAULT_RETRY, ...options.retry };
    this.#random = options.random ?? Math.random;
    this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.#tokens = new TokenCache(options.clock, () => this.#authenticate());
  }

  getClientSettings(): Promise<TokenxOutcome<ClientSettings>> {
    return this.#call({ base: 'clientSettings', method: 'GET', path: '/v1/client-settings', result: clientSettingsSchema, repeatable: true });
  }

  setClientSettings(settings: ClientSettingsInput): Promise<TokenxOutcome<TokenxAck>> {
    return this.#ack({ base: 'clientSettings', method: 'POST', path: '/v1/client-settings', body: settings, repeatable: true });
  }

  getFiscalParameters(terminalId: string): Promise<TokenxOutcome<FiscalParameters>> {
    return this.#call({
      base: 'basket',
      method: 'GET',
      path: '/v1/fiscal-parameters',
      headers: { 'terminal-id': terminalId },
      result: fiscalParametersSchema,
      repeatable: true,
    });
  }

  /** To one terminal, which must be in instant sale mode. Safe to repeat: a repeat answers 1007 "already there". */
  createInstantBasket(terminalId: string, basket: WireBasket): Promise<TokenxOutcome<TokenxAck>> {
    return this.#withValidBody(wireBasketSchema, basket, (body) =>
      this.#ack({ base: 'basket', method: 'POST', path: '/v1/instant-basket', headers: { 'terminal-id': terminalId }, body, repeatable: true }),
    );
  }

  /** To the open list of every terminal of the branch. */
  createListBasket(branchId: string, basket: WireBasket): Promise<TokenxOutcome<TokenxAck>> {
    return this.#withValidBody(wireBasketSchema, basket, (body) =>
      this.#ack({ base: 'basket', method: 'POST', path: '/v1/basket', headers: { 'branch-id': branchId }, body, repeatable: true }),
    );
  }

  updateBasket(basketId: string, basket: WireBasketBody, routing: BasketRouting): Promise<TokenxOutcome<TokenxAck>> {
    return this.#withValidBody(wireBasketBodySchema, basket, (body) =>
      this.#ack({
        base: 'basket',
        method: 'PUT',
        path: `/v1/basket/${encodeURIComponent(basketId)}`,
        headers: { 'branch-id': routing.branchId },
        body,
        repeatable: true,
      }),
    );
  }

  unlockBasket(branchId: string, basketId: string): Promise<TokenxOutcome<TokenxAck>> {
    return this.#ack({
      base: 'basket',
      method: 'POST',
      path: '/v1/basket/unlock',
      headers: { 'branch-id': branchId },
      body: { basketID: basketId },
      repeatable: false,
    });
  }

  /** `terminalId` is optional on the wire [reference §2.8, guess]. */
  getBasket(basketId: string, terminalId?: string): Promise<TokenxOutcome<BasketDetails>> {
    return this.#call({
      base: 'basket',
      method: 'GET',
      path: `/v1/basket/${encodeURIComponent(basketId)}`,
      headers: terminalId === undefined ? {} : { 'terminal-id': terminalId },
      result: basketDetailsSchema,
      repeatable: true,
    });
  }

  getOpenBaskets(terminalId: string): Promise<TokenxOutcome<OpenBasket[]>> {
    return this.#call({
      base: 'basket',
      method: 'GET',
      path: '/v1/basket/open-basket',
      headers: { 'terminal-id': terminalId },
      result: openBasketSchema.array(),
      repeatable: true,
    });
  }

  deleteBasket(basketId: string): Promise<TokenxOutcome<TokenxAck>> {
    return this.#ack({ base: 'basket', method: 'DELETE', path: `/v1/basket/${encodeURIComponent(basketId)}`, repeatable: true });
  }

  /** Terminals filtered by exactly one of terminal, branch or merchant; `mode` is the sale mode (SALE_MODE). */
  getTerminals(filter: TerminalFilter): Promise<TokenxOutcome<Terminal[]>> {
    const headers: Record<string, string> =
      'terminalId' in filter
        ? { 'terminal-id': filter.terminalId }
        : 'branchId' in filter
          ? { 'branch-id': filter.branchId }
          : { 'merchant-id': filter.merchantId };
    return this.#call({ base: 'basket', method: 'GET', path: '/v1/terminal', headers, result: terminalSchema.array(), repeatable: true });
  }

  /** The branch and merchant a terminal belongs to. */
  getTerminal(terminalId: string): Promise<TokenxOutcome<TerminalOrganization>> {
    return this.#call({
      base: 'basket',
      method: 'GET',
      path: `/v1/terminal/${encodeURIComponent(terminalId)}`,
      headers: { 'terminal-id': terminalId },
      result: terminalOrganizationSchema,
      repeatable: true,
    });
  }

  // ------------------------------------------------------------------ internals

  async #withValidBody<B>(
    schema: z.ZodType<B>,
    body: unknown,
    send: (body: B) => Promise<TokenxOutcome<TokenxAck>>,
  ): Promise<TokenxOutcome<TokenxAck>> {
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      return { kind: 'rejected', code: LOCAL_CODES.invalidRequest, httpStatus: 0, description: `basket not sent: ${describeMismatch(parsed.error)}`, enveloped: false, retryAfterMs: null };
    }
    return send(parsed.data);
  }

  async #ack(endpoint: Omit<Endpoint<TokenxAck>, 'result'>): Promise<TokenxOutcome<TokenxAck>> {
    return this.#call({ ...endpoint, result: null });
  }

  async #authenticate(): Promise<TokenxOutcome<AuthResult>> {
    const credentials = this.#options.credentials();
    if (credentials === null || credentials.clientId === '' || credentials.clientSecret === '') {
      return { kind: 'rejected', code: LOCAL_CODES.credentialsMissing, httpStatus: 0, description: 'TokenX client id and secret are not configured', enveloped: false, retryAfterMs: null };
    }
    const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`, 'utf8').toString('base64');
    const url = `${trimSlash(this.#options.baseUrls.auth)}/v1/auth/token`;
    const answer = await this.#send({ method: 'POST', url, headers: { authorization: `Basic ${basic}` } }, true);
    if (answer.kind === 'transport') return { kind: 'unknown', reason: `auth: ${answer.reason}` };
    const envelope = envelopeSchema.safeParse(answer.json);
    if (answer.httpStatus >= 200 && answer.httpStatus < 300) {
      const result = authResultSchema.safeParse(envelope.success ? envelope.data.result : undefined);
      if (!result.success) return { kind: 'unknown', reason: `auth answer unreadable: result.${describeMismatch(result.error)}` };
      return { kind: 'ok', value: result.data, status: answer.httpStatus };
    }
    return this.#refusal(answer, envelope.success ? envelope.data : null);
  }

  /** One endpoint call with its token, the once-only re-authentication, and the bounded retries. */
  async #call<T>(endpoint: Endpoint<T>): Promise<TokenxOutcome<T>> {
    for (let authTry = 1; ; authTry += 1) {
      const token = await this.#tokens.get();
      if (token.kind !== 'ok') return token;
      const url = `${trimSlash(this.#options.baseUrls[endpoint.base])}${endpoint.path}`;
      const answer = await this.#send(
        { method: endpoint.method, url, headers: { authorization: `Bearer ${token.value}`, ...endpoint.headers }, body: endpoint.body },
        endpoint.repeatable,
      );
      if (answer.kind === 'transport') return { kind: 'unknown', reason: answer.reason };
      const envelope = envelopeSchema.safeParse(answer.json);
      const code = envelope.success ? codeOf(envelope.data.status, answer.httpStatus) : null;
      if ((answer.httpStatus === 401 || (code !== null && TOKEN_CODES.has(code))) && authTry === 1) {
        this.#tokens.invalidate(token.value);
        continue;
      }
      return this.#interpret(endpoint, answer, envelope);
    }
  }

  #interpret<T>(
    endpoint: Endpoint<T>,
    answer: Extract<HttpAnswer, { kind: 'answer' }>,
    envelope: ReturnType<typeof envelopeSchema.safeParse>,
  ): TokenxOutcome<T> {
    const where = `${endpoint.method} ${endpoint.path}`;
    if (answer.httpStatus >= 500) return { kind: 'unknown', reason: `${where}: HTTP ${answer.httpStatus} after retries` };
    if (answer.httpStatus >= 200 && answer.httpStatus < 300) {
      if (!answer.parsed) return { kind: 'unknown', reason: `${where}: answer is not JSON` };
      if (!envelope.success) return { kind: 'unknown', reason: `${where}: answer unreadable: ${describeMismatch(envelope.error)}` };
      if (codeOf(envelope.data.status, answer.httpStatus) !== '0') return this.#refusal(answer, envelope.data);
      const description = envelope.data.description ?? '';
      if (endpoint.result === null) return { kind: 'ok', value: { description } as T, status: answer.httpStatus };
      const result = endpoint.result.safeParse(envelope.data.result);
      if (!result.success) {
        this.#options.log.warn('tokenx answer does not match its schema', { endpoint: where, mismatch: describeMismatch(result.error) });
        return { kind: 'unknown', reason: `${where}: answer unreadable: result.${describeMismatch(result.error)}` };
      }
      return { kind: 'ok', value: result.data, status: answer.httpStatus };
    }
    return this.#refusal(answer, envelope.success ? envelope.data : null);
  }

  #refusal(answer: Extract<HttpAnswer, { kind: 'answer' }>, envelope: { status: number | string; description?: string | null } | null): TokenxOutcome<never> {
    const enveloped = envelope !== null && typeof envelope.description === 'string';
    return {
      kind: 'rejected',
      code: envelope === null ? String(answer.httpStatus) : codeOf(envelope.status, answer.httpStatus),
      httpStatus: answer.httpStatus,
      description: envelope?.description ?? `HTTP ${answer.httpStatus}`,
      enveloped,
      retryAfterMs: answer.retryAfterMs,
    };
  }

  /** Sends, repeating after 429/5xx or an unsent request while the call is repeatable and tries remain. */
  async #send(call: HttpCall, repeatable: boolean): Promise<HttpAnswer> {
    for (let attempt = 1; ; attempt += 1) {
      const started = this.#options.clock.now();
      const answer = await exchange(this.#options.dispatcher, call, this.#timeouts.requestMs);
      const shouldRetry =
        answer.kind === 'answer'
          ? answer.httpStatus === 429 || (repeatable && retryableStatus(answer.httpStatus))
          : repeatable && transportNotSent(answer.reason);
      this.#options.log.info('tokenx call', {
        method: call.method,
        url: call.url,
        attempt,
        outcome: answer.kind === 'answer' ? answer.httpStatus : answer.reason,
        ms: this.#options.clock.now() - started,
      });
      if (!shouldRetry || attempt >= this.#retry.maxAttempts) return answer;
      await this.#sleep(backoffDelay(this.#retry, attempt, this.#random, answer.kind === 'answer' ? answer.retryAfterMs : null));
    }
  }
}
