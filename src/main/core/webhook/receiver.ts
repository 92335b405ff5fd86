import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../ports';
import type { WebhookPayload } from '../../../shared/tokenx/basketModel';
import { webhookPayloadSchema } from '../../../shared/tokenx/basketModel';
import { errorMessage } from '../../../shared/errorMessage';

export const WEBHOOK_PATH = '/tokenx/webhook';
const DEFAULT_MAX_BODY_BYTES = 16 * 1024;

export interface WebhookReceiverOptions {
  /** 0 picks a free port. */
  port: number;
  /** The full Authorization value registered as `callbackAuthHeader`; null refuses everything. */
  expectedAuthorization: () => string | null;
  /** Called after the answer has gone out, so TokenX never waits on our processing. */
  onEvent: (event: WebhookPayload) => void;
  log: Logger;
  maxBodyBytes?: number;
}

export interface WebhookReceiver {
  readonly port: number;
  /** The local address TokenX (or a tunnel in front of it) must reach. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * TokenX's webhook endpoint. It listens on loopback only: a tunnel or reverse proxy is
 * what exposes it, never this socket. Deliveries are checked (auth, size, JSON, schema)
 * and answered at once; the checkout handles them afterwards.
 */
export async function startWebhookReceiver(options: WebhookReceiverOptions): Promise<WebhookReceiver> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const server = createServer((request, response) => {
    handle(request, response, options, maxBodyBytes);
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  await listen(server, options.port);
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://127.0.0.1:${port}${WEBHOOK_PATH}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: WebhookReceiverOptions,
  maxBodyBytes: number,
): void {
  const path = (request.url ?? '').split('?')[0] ?? '';
  // The registered URL may carry TokenX placeholders (…/${basket-id}), so anything under the path is ours.
  if (path !== WEBHOOK_PATH && !path.startsWith(`${WEBHOOK_PATH}/`)) return answer(response, 404, 'not found');
  if (request.method !== 'POST') {
    response.setHeader('Allow', 'POST');
    return answer(response, 405, 'method not allowed');
  }
  if (!authorized(request.headers.authorization, options.expectedAuthorization())) {
    return answer(response, 401, 'unauthorized');
  }
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBodyBytes) return answer(response, 413, 'body too large', true);

  const chunks: Buffer[] = [];
  let size = 0;
  let refused = false;
  request.on('data', (chunk: Buffer) => {
    if (refused) return;
    size += chunk.length;
    if (size > maxBodyBytes) {
      refused = true;
      answer(response, 413, 'body too large', true);
      return;
    }
    chunks.push(chunk);
  });
  request.on('end', () => {
    if (refused) return;
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return answer(response, 400, 'body is not JSON');
    }
    const parsed = webhookPayloadSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return answer(response, 422, `invalid webhook at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
    }
    answer(response, 200, 'ok');
    setImmediate(() => {
      try {
        options.onEvent(parsed.data);
      } catch (error) {
        options.log.error('webhook event handling failed', {
          operation: parsed.data.operation,
          error: errorMessage(error),
        });
      }
    });
  });
  request.on('error', () => undefined);
}

function answer(response: ServerResponse, status: number, description: string, closeAfter = false): void {
  if (response.headersSent) return;
  if (closeAfter) response.setHeader('Connection', 'close');
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ status, description }));
}

/**
 * Constant-time: both sides are hashed first, so neither length nor content leaks
 * through timing. TokenX sends the registered value back as Authorization [reference
 * §4, a guess]; a TokenX that puts its own "Bearer " in front of it is accepted too.
 */
function authorized(received: string | undefined, expected: string | null): boolean {
  if (expected === null || received === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  const got = digest(received);
  const verbatim = timingSafeEqual(got, digest(expected));
  const prefixed = timingSafeEqual(got, digest(`Bearer ${expected}`));
  return verbatim || prefixed;
}
