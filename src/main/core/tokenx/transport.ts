import type { Dispatcher } from 'undici';
import { Agent, request } from 'undici';
import { readAnswerText } from '../http/answerBody';

/**
 * One HTTP exchange with TokenX, bounded by a whole-request deadline, reduced to what
 * the client decides on: an answer (status, parsed JSON or "unparsable", Retry-After)
 * or a transport failure. The connect timeout belongs to the dispatcher (see
 * `tokenxAgent`), because undici sets it per connection pool, not per request.
 */

export interface TokenxTimeouts {
  /** TCP + TLS connect. */
  connectMs: number;
  /** From sending the request to the last byte of the body. */
  requestMs: number;
}

export const DEFAULT_TIMEOUTS: TokenxTimeouts = { connectMs: 5_000, requestMs: 15_000 };

/**
 * The app's dispatcher, which both hosts hand the core: the connect timeout, and header and
 * body timeouts inside TokenX's request deadline (Tosla's client sets its own per request).
 */
export const tokenxAgent = (timeouts: TokenxTimeouts = DEFAULT_TIMEOUTS): Agent =>
  new Agent({
    connect: { timeout: timeouts.connectMs },
    headersTimeout: timeouts.requestMs,
    bodyTimeout: timeouts.requestMs,
    keepAliveTimeout: 4_000,
  });

export interface HttpCall {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}

export type HttpAnswer =
  | { kind: 'answer'; httpStatus: number; json: unknown; parsed: boolean; retryAfterMs: number | null }
  | { kind: 'transport'; reason: string };

function retryAfterMs(header: string | string[] | undefined): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined) return null;
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : null;
}

const describe = (error: unknown): string => {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
};

export async function exchange(dispatcher: Dispatcher, call: HttpCall, requestMs: number): Promise<HttpAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`no complete answer within ${requestMs} ms`)), requestMs);
  try {
    const headers: Record<string, string> = { accept: 'application/json', ...call.headers };
    let payload: string | undefined;
    if (call.body !== undefined) {
      payload = JSON.stringify(call.body);
      headers['content-type'] = 'application/json';
    }
    const response = await request(call.url, {
      method: call.method,
      headers,
      body: payload,
      dispatcher,
      signal: controller.signal,
    });
    const text = await readAnswerText(response.body);
    const base = { kind: 'answer' as const, httpStatus: response.statusCode, retryAfterMs: retryAfterMs(response.headers['retry-after']) };
    if (text === null || text.trim() === '') return { ...base, json: null, parsed: false };
    try {
      return { ...base, json: JSON.parse(text) as unknown, parsed: true };
    } catch {
      return { ...base, json: null, parsed: false };
    }
  } catch (error) {
    const reason = controller.signal.aborted ? describe(controller.signal.reason) : describe(error);
    return { kind: 'transport', reason };
  } finally {
    clearTimeout(timer);
  }
}
