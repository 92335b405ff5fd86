import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatcher } from 'undici';
import { z } from 'zod';
import type { Clock } from '../../core/ports';
import { systemClock } from '../../core/ports';
import type { ApiRequest } from './apiRoutes';
import { routeApi } from './apiRoutes';
import { AutoCompleter } from './autoComplete';
import type { TokenxDialect } from './dialect';
import { DOCUMENTED_DIALECT, tokenxDialectSchema } from './dialect';
import type { TokenxSimulatorControl } from './control';
import { autoCompleteSchema, createControl, deviceActionSchema, oneShotFaultSchema, randomFaultsSchema, webhookFaultsSchema } from './control';
import { faultTiming, HttpFaultPlan } from './httpFaults';
import { JwtIssuer } from './jwt';
import { okcPage } from './okcPage';
import { createRequestGate } from '../requestGate';
import { seededRandom } from '../../../shared/seededRandom';
import { restoreStore, saveStore } from './persistence';
import { SimulatorStore } from './store';
import { expandCallbackUrl, WebhookSender } from './webhookSender';

/**
 * A faithful stand-in for the TokenX cloud API and its ÖKCs, on loopback: the API of
 * reference §5, webhooks to the registered callback, the virtual ÖKC page at `/okc`,
 * and the control API at `/__control/…`. One base URL serves auth, client settings and
 * baskets alike.
 */

export interface TokenxSimulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Timestamps and token expiry; timers for delays stay on real time. */
  clock?: Clock;
  /** Seeds every random choice (faults, random outcomes) so a run can be replayed. */
  seed?: number;
  /** For webhook deliveries; undici's global dispatcher when absent. */
  webhookDispatcher?: Dispatcher;
  /** Keep baskets and devices in this file across restarts (training mode); in memory only when absent. */
  stateFile?: string;
  /** How the simulator answers where the vendor is silent; the documented reading when absent. */
  dialect?: TokenxDialect;
}

export interface TokenxSimulator {
  baseUrl: string;
  /** This run's token: the control API wants it in `x-simulator-token`, the ÖKC page in `?token=`. */
  controlToken: string;
  /** The virtual ÖKC page, token included. */
  okcUrl: string;
  control: TokenxSimulatorControl;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

async function readBody(request: IncomingMessage): Promise<{ kind: 'ok'; text: string } | { kind: 'too-large' }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return { kind: 'too-large' };
    chunks.push(buffer);
  }
  return { kind: 'ok', text: Buffer.concat(chunks).toString('utf8') };
}

function sendJson(response: ServerResponse, http: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(http, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...extra });
  response.end(text);
}

function parseJson(text: string): ApiRequest['body'] {
  if (text.trim() === '') return { kind: 'none' };
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'invalid' };
  }
}

export async function startTokenxSimulator(options: TokenxSimulatorOptions = {}): Promise<TokenxSimulator> {
  const clock = options.clock ?? systemClock;
  const random = seededRandom(options.seed ?? 1);
  const dialect = options.dialect ?? DOCUMENTED_DIALECT;
  const sender = new WebhookSender(options.webhookDispatcher, random, () => clock.now(), () => store.dialect);
  // Nothing is written until the file has been read back, so the store's initial reset cannot overwrite it.
  let restored = false;
  const store = new SimulatorStore(clock, (payload, record) => {
    const { callbackUrl, callbackAuthHeader } = store.clientSettings;
    if (callbackUrl === null) return;
    const terminalId = payload.terminalId ?? record.terminalId ?? '';
    const url = expandCallbackUrl(callbackUrl, terminalId, record.basket.basketID, record.terminalId ?? record.branchId);
    sender.send({ callbackUrl, callbackAuthHeader }, url, payload);
  }, () => {
    if (options.stateFile !== undefined && restored) saveStore(store, options.stateFile);
  });
  store.dialect = dialect;
  if (options.stateFile !== undefined) restoreStore(store, options.stateFile, clock.now());
  restored = true;
  const jwt = new JwtIssuer(() => clock.now());
  const faults = new HttpFaultPlan(random);
  const auto = new AutoCompleter(store, random);
  const control = createControl({ store, sender, faults, jwt, auto, dialect });
  const stalls = new Set<NodeJS.Timeout>();

  const controlRoutes: Record<string, (body: unknown) => unknown> = {
    '/__control/device': (body) => control.device(deviceActionSchema.parse(body)),
    '/__control/auto-complete': (body) => control.setAutoComplete(autoCompleteSchema.parse(body)),
    '/__control/webhook-faults': (body) => control.setWebhookFaults(webhookFaultsSchema.parse(body)),
    '/__control/http-faults': (body) => control.setHttpFaults(randomFaultsSchema.parse(body)),
    '/__control/fail-next': (body) => control.failNext(oneShotFaultSchema.parse(body)),
    '/__control/expire-tokens': () => control.expireTokens(),
    '/__control/token-lifetime': (body) => control.setTokenLifetime(z.object({ seconds: z.number() }).parse(body).seconds),
    '/__control/dialect': (body) => control.setDialect(tokenxDialectSchema.partial().parse(body)),
    '/__control/reset': () => control.reset(),
  };

  async function handleControl(path: string, method: string, text: string, response: ServerResponse): Promise<void> {
    if (method === 'GET' && path === '/__control/state') return sendJson(response, 200, control.snapshot());
    if (method === 'POST' && path === '/__control/settle-webhooks') {
      await control.settleWebhooks();
      return sendJson(response, 200, { ok: true });
    }
    const route = controlRoutes[path];
    if (method !== 'POST' || route === undefined) return sendJson(response, 404, { ok: false, error: `no control route ${method} ${path}` });
    const body = parseJson(text);
    if (body.kind === 'invalid') return sendJson(response, 400, { ok: false, error: 'body is not JSON' });
    try {
      const result = route(body.kind === 'json' ? body.value : {});
      const refused = typeof result === 'object' && result !== null && 'ok' in result && result.ok === false;
      return sendJson(response, refused ? 409 : 200, result ?? { ok: true });
    } catch (error) {
      const message = error instanceof z.ZodError ? z.prettifyError(error) : String(error);
      return sendJson(response, 400, { ok: false, error: message });
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://simulator');
    const method = request.method ?? 'GET';
    const isPage = method === 'GET' && (url.pathname === '/' || url.pathname === '/okc');
    const kind = url.pathname.startsWith('/__control/') ? 'control' : isPage ? 'page' : 'api';
    if (!gate.admit(request, response, kind, url)) return;
    const body = await readBody(request);
    if (body.kind === 'too-large') return sendJson(response, 413, { status: 413, description: 'Payload Too Large' });
    if (kind === 'control') return handleControl(url.pathname, method, body.text, response);
    if (kind === 'page') {
      response.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
        'x-frame-options': 'DENY',
      });
      response.end(okcPage(gate.token));
      return;
    }

    const fault = faults.pick(method, url.pathname);
    if (fault !== null && faultTiming(fault) === 'before') {
      if (fault === 'drop-before') return void request.socket.destroy();
      if (fault === 'stall') {
        const timer = setTimeout(() => {
          stalls.delete(timer);
          request.socket.destroy();
        }, faults.random.stallMs);
        stalls.add(timer);
        return;
      }
      if (fault === 'http-429') return sendJson(response, 429, { status: 429, description: 'Too Many Requests' }, { 'retry-after': String(faults.random.retryAfterSeconds) });
      if (fault === 'proxy-404') {
        response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
        return void response.end('<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>');
      }
      const http = fault === 'http-503' ? 503 : 500;
      return sendJson(response, http, { status: http, description: http === 503 ? 'Service Unavailable' : 'Internal Server Error' });
    }
    const handleIt = () =>
      routeApi({ method, path: url.pathname, headers: request.headers, body: parseJson(body.text) }, { store, jwt, basketCreated: (record) => auto.basketCreated(record) });
    if (fault === 'late-commit') {
      const timer = setTimeout(() => {
        stalls.delete(timer);
        handleIt();
        request.socket.destroy();
      }, faults.random.stallMs);
      stalls.add(timer);
      return;
    }
    const answer = handleIt();
    if (fault === 'drop-after-commit') return void request.socket.destroy();
    if (fault === 'http-500-after-commit') return sendJson(response, 500, { status: 500, description: 'Internal Server Error' });
    sendJson(response, answer.http, answer.body);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { status: 500, description: `simulator error: ${String(error)}` });
    });
  });
  const gate = createRequestGate(server);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://${host}:${port}`;

  return {
    baseUrl,
    controlToken: gate.token,
    okcUrl: `${baseUrl}/okc?token=${gate.token}`,
    control,
    close: async () => {
      auto.stop();
      sender.close();
      for (const timer of stalls) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
