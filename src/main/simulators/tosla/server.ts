import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '../../core/ports';
import { systemClock } from '../../core/ports';
import type { ToslaCredentials } from '../../core/tosla/hash';
import { VENDOR_TEST_CREDENTIALS } from '../../core/tosla/hash';
import { createRequestGate } from '../requestGate';
import { handleControl } from './controlApi';
import { FaultPlan } from './faults';
import { MerchantLedger } from './ledger';
import type { WireAnswer } from './paymentApi';
import { PaymentApi } from './paymentApi';
import { seedLedger } from './seed';
import { SimClock } from './simClock';

export interface ToslaSimulatorOptions {
  /** 0 (the default) picks a free port. The simulator only ever binds 127.0.0.1. */
  port?: number;
  clock?: Clock;
  /** Istanbul wall-clock time the bank closes the day, `HH:mm`; default midnight. */
  endOfDay?: string;
  /** Fill in a realistic few days of orders (default true). */
  seed?: boolean;
  credentials?: readonly ToslaCredentials[];
  rejectReplays?: boolean;
}

export interface ToslaSimulator {
  /** What a client uses as its base: `http://127.0.0.1:<port>/api/Payment`. */
  baseUrl: string;
  /** Root of the control API: `http://127.0.0.1:<port>/__control`. */
  controlUrl: string;
  /** This run's token, which the control API wants in the `x-simulator-token` header. */
  controlToken: string;
  ledger: MerchantLedger;
  faults: FaultPlan;
  clock: SimClock;
  /** Resolves once no request is being handled, delayed ones included. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024;
const API_PREFIX = '/api/payment/';

const readBody = async (request: IncomingMessage): Promise<string | null> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
};

const parseMinutes = (time: string): number => {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/u.exec(time);
  if (match === null) throw new RangeError(`end of day must be HH:mm, got ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
};

/** Starts a faithful Tosla İşim stand-in on loopback (see reference/tosla-protocol.md §11). */
export async function startToslaSimulator(options: ToslaSimulatorOptions = {}): Promise<ToslaSimulator> {
  const clock = new SimClock(options.clock ?? systemClock);
  const ledger = new MerchantLedger(clock, parseMinutes(options.endOfDay ?? '00:00'));
  const faults = new FaultPlan();
  const api = new PaymentApi({
    ledger,
    clock,
    credentials: options.credentials ?? [VENDOR_TEST_CREDENTIALS],
    rejectReplays: options.rejectReplays ?? true,
  });
  const reset = (seed: boolean) => {
    ledger.clear();
    faults.clear();
    if (seed) seedLedger(ledger, clock.now());
  };
  reset(options.seed ?? true);

  const inFlight = new Set<Promise<void>>();

  const send = (response: ServerResponse, answer: WireAnswer) => {
    response.sendDate = false;
    response.setHeader('Date', new Date(clock.now()).toUTCString());
    response.writeHead(answer.status, { 'Content-Type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(answer.body));
  };

  const loseAnswer = (request: IncomingMessage, response: ServerResponse, mode: 'drop' | 'status-500' | 'empty-body') => {
    if (mode === 'drop') {
      request.socket.destroy();
      return;
    }
    response.sendDate = false;
    response.setHeader('Date', new Date(clock.now()).toUTCString());
    if (mode === 'status-500') response.writeHead(500, { 'Content-Type': 'text/html' }).end('<h1>Server Error</h1>');
    else response.writeHead(200, { 'Content-Length': '0' }).end();
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!gate.admit(request, response, url.pathname.startsWith('/__control/') ? 'control' : 'api', url)) return;
    const body = await readBody(request);
    if (body === null) {
      send(response, { status: 413, body: { error: 'body too large' } });
      return;
    }
    if (url.pathname.startsWith('/__control/')) {
      let json: unknown;
      try {
        json = body === '' ? undefined : JSON.parse(body);
      } catch {
        send(response, { status: 400, body: { error: 'body is not JSON' } });
        return;
      }
      send(response, handleControl({ ledger, faults, clock, reset }, request.method ?? 'GET', url.pathname, json));
      return;
    }
    const lower = url.pathname.toLowerCase();
    const method = lower.startsWith(API_PREFIX) ? lower.slice(API_PREFIX.length) : '';
    if (!PaymentApi.METHODS.includes(method)) {
      response.writeHead(404).end();
      return;
    }
    if (request.method !== 'POST') {
      response.writeHead(405, { Allow: 'POST' }).end();
      return;
    }
    const fault = faults.take(method);
    if (fault?.mode === 'delay') await sleep(fault.delayMs);
    if (fault !== undefined && fault.mode !== 'delay' && fault.when === 'before') {
      loseAnswer(request, response, fault.mode);
      return;
    }
    const answer = api.handle(method, body);
    if (fault !== undefined && fault.mode !== 'delay') loseAnswer(request, response, fault.mode);
    else if (!response.destroyed) send(response, answer);
  };

  const gate = createRequestGate(() => (server.address() as AddressInfo).port);
  const server = createServer((request, response) => {
    const work = handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
    });
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    baseUrl: `${origin}/api/Payment`,
    controlUrl: `${origin}/__control`,
    controlToken: gate.token,
    ledger,
    faults,
    clock,
    settled: async () => {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
