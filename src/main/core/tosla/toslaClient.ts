import type { Dispatcher } from 'undici';
import { request } from 'undici';
import { MAX_ANSWER_BYTES, readAnswerText } from '../http/answerBody';
import type { z } from 'zod';
import { TRANSACTION_TYPE } from '../../../shared/tosla/catalog';
import type { Clock } from '../ports';
import type { ToslaCredentials } from './hash';
import { freshRnd, requestHash } from './hash';
import { istanbulTimeSpan } from './istanbulTime';
import { ToslaHttpError, ToslaNoAnswer, ToslaRefused } from './toslaErrors';
import type { BinInfo, HistoryPage, InstallmentOption, ToslaRecord } from './wireResponses';
import {
  binInfoSchema,
  envelopeSchema,
  historySchema,
  inquirySchema,
  installmentOptionsSchema,
  lowerKeys,
  operationSchema,
  parseWireJson,
} from './wireResponses';

export interface ToslaClientOptions {
  /** e.g. `https://prepentegrasyon.tosla.com/api/Payment`; each method is `<base>/<Method>`. */
  baseUrl: string;
  credentials: ToslaCredentials;
  dispatcher: Dispatcher;
  clock: Clock;
  timeoutMs?: number;
  /** Called when the server's Date header is further than `CLOCK_SKEW_WARN_MS` from our clock. */
  onClockSkew?: (skewMs: number) => void;
}

/** Tosla rejects stamps more than 60 minutes off; warn well before that. */
export const CLOCK_SKEW_WARN_MS = 5 * 60_000;
/** "101 Orjinal Kayıt Bulunamadı" (vendor doc), which the doc also gives for an unknown order's inquiry. */
const ORIGINAL_NOT_FOUND = 101;
const DEFAULT_TIMEOUT_MS = 20_000;

export type InquiryResult = { found: false } | { found: true; record: ToslaRecord };

/** A void/refund answer: `code` 0 means done; anything else is a definite refusal. */
export interface OperationAnswer {
  code: number;
  message: string | null;
  orderId: string | null;
  bankResponseCode: string | null;
  transactionId: string | null;
}

/**
 * The Tosla İşim JSON API over undici. Every call is signed with a fresh rnd and an
 * Istanbul timeSpan; anything short of a readable answer throws `ToslaNoAnswer`.
 */
export class ToslaClient {
  readonly #options: ToslaClientOptions;
  readonly #base: string;
  #clockSkewMs: number | null = null;

  constructor(options: ToslaClientOptions) {
    this.#options = options;
    this.#base = options.baseUrl.replace(/\/+$/u, '');
  }

  /** Server time minus ours, from the last answer's Date header; null before any answer. */
  clockSkewMs(): number | null {
    return this.#clockSkewMs;
  }

  /**
   * The order's own record (its sale or pre-auth). An unknown order reads as not found
   * whether Tosla answers "Code 0 with an empty record" (recorded) or 101 "Orjinal Kayıt
   * Bulunamadı" (the vendor doc).
   */
  async inquiry(orderId: string): Promise<InquiryResult> {
    const body = await this.#call('inquiry', { orderId });
    if (this.#parse('inquiry', envelopeSchema, body).code === ORIGINAL_NOT_FOUND) return { found: false };
    this.#assertSuccess('inquiry', body);
    const records = this.#parse('inquiry', inquirySchema, body);
    const record = records.find((r) => r.transactionType === TRANSACTION_TYPE.sale || r.transactionType === TRANSACTION_TYPE.preAuth) ?? records[0];
    return record === undefined || (record.orderId === null && record.transactionType === 0) ? { found: false } : { found: true, record };
  }

  /** One page of the records of one day (yyyyMMdd), oldest first; `count` is every match. */
  async history(query: { date: number; orderId?: string; page: number; pageSize: number }): Promise<HistoryPage> {
    const body = await this.#call('history', {
      orderId: query.orderId ?? '',
      transactionDate: query.date,
      page: query.page,
      pageSize: query.pageSize,
    });
    this.#assertSuccess('history', body);
    return this.#parse('history', historySchema, body);
  }

  /** `echo` comes back nowhere we read, but lets Tosla's own records be matched to our journal. */
  void(orderId: string, echo?: string): Promise<OperationAnswer> {
    return this.#operation('void', { orderId, ...(echo === undefined ? {} : { echo }) });
  }

  refund(orderId: string, amountKurus: number, echo?: string): Promise<OperationAnswer> {
    return this.#operation('refund', { orderId, amount: amountKurus, ...(echo === undefined ? {} : { echo }) });
  }

  async commissionAndInstallmentInfo(bin: number): Promise<BinInfo> {
    const body = await this.#call('GetCommissionAndInstallmentInfo', { bin });
    this.#assertSuccess('GetCommissionAndInstallmentInfo', body);
    return this.#parse('GetCommissionAndInstallmentInfo', binInfoSchema, body);
  }

  async installmentOptions(amountKurus: number): Promise<InstallmentOption[]> {
    const body = await this.#call('GetInstallmentOptions', { amount: amountKurus });
    this.#assertSuccess('GetInstallmentOptions', body);
    return this.#parse('GetInstallmentOptions', installmentOptionsSchema, body);
  }

  async #operation(method: 'void' | 'refund', fields: Record<string, unknown>): Promise<OperationAnswer> {
    const body = await this.#call(method, fields);
    const envelope = this.#parse(method, envelopeSchema, body);
    const operation = this.#parse(method, operationSchema, body);
    return { code: envelope.code, message: envelope.message, ...operation };
  }

  #assertSuccess(method: string, body: unknown): void {
    const envelope = this.#parse(method, envelopeSchema, body);
    if (envelope.code !== 0) {
      throw new ToslaRefused(method, envelope.code, envelope.message, envelope.validationerrors, this.#clockSkewMs);
    }
  }

  #parse<S extends z.ZodType>(method: string, schema: S, body: unknown): z.output<S> {
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new ToslaNoAnswer(method, 'the answer had an unexpected shape');
    return parsed.data;
  }

  /** Posts one signed call; returns the answer with lower-cased keys. */
  async #call(method: string, fields: Record<string, unknown>): Promise<unknown> {
    const { credentials, clock, dispatcher } = this.#options;
    const timeoutMs = this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const rnd = freshRnd();
    const timeSpan = istanbulTimeSpan(clock.now());
    const payload = {
      clientId: credentials.clientId,
      apiUser: credentials.apiUser,
      rnd,
      timeSpan,
      hash: requestHash(credentials, rnd, timeSpan),
      ...fields,
    };
    let status: number;
    let text: string | null;
    let dateHeader: string | string[] | undefined;
    try {
      const response = await request(`${this.#base}/${method}`, {
        method: 'POST',
        dispatcher,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(payload),
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = response.statusCode;
      dateHeader = response.headers.date;
      text = await readAnswerText(response.body);
    } catch (error) {
      throw new ToslaNoAnswer(method, describeTransportError(error));
    }
    this.#checkClock(dateHeader);
    if (status >= 500) throw new ToslaNoAnswer(method, `HTTP ${status}`);
    if (status !== 200) throw new ToslaHttpError(method, status);
    if (text === null) throw new ToslaNoAnswer(method, `the answer was larger than ${MAX_ANSWER_BYTES} bytes`);
    if (text.trim() === '') throw new ToslaNoAnswer(method, 'empty answer');
    try {
      return lowerKeys(parseWireJson(text));
    } catch {
      throw new ToslaNoAnswer(method, 'the answer was not JSON');
    }
  }

  #checkClock(header: string | string[] | undefined): void {
    const serverTime = typeof header === 'string' ? Date.parse(header) : Number.NaN;
    if (Number.isNaN(serverTime)) return;
    // The header has whole seconds: compare against our clock at the same resolution.
    const skew = serverTime - Math.floor(this.#options.clock.now() / 1000) * 1000;
    this.#clockSkewMs = skew;
    if (Math.abs(skew) > CLOCK_SKEW_WARN_MS) this.#options.onClockSkew?.(skew);
  }
}

function describeTransportError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError' || /timeout/iu.test(error.name)) return 'timed out';
    return `connection problem: ${error.message}`;
  }
  return 'connection problem';
}
