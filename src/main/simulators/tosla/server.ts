import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '../../core/ports';
import { systemClock } from '../../core/ports';
import { createRequestGate } from '../requestGate';
import type { ControlAnswer, ControlContext } from './controlApi';
import { handleControl } from './controlApi';
import type { DialectChange, DialectName, ToslaDialect } from './dialect';
import { DIALECTS, dialectSchema } from './dialect';
import { FaultPlan } from './faults';
import { MerchantLedger } from './ledger';
import type { MerchantAccount } from './merchantHash';
import { PUBLISHED_TEST_MERCHANT } from './merchantHash';
import type { WireAnswer } from './paymentApi';
import { PaymentApi } from './paymentApi';
import { restoreLedger, saveLedger } from './persistence';
import { seedLedger } from './seed';
import { SimClock } from './simClock';
import { SeenHashes, TimeSpanWindow } from './timeSpanWindow';

export interface ToslaSimulatorOptions {
  /** 0 (the default) picks a free port. The simulator only ever binds 127.0.0.1. */
  port?: number;
  clock?: Clock;
  /** GMT+3 wall-clock time the bank closes the day, `HH:mm`; default midnight. A kept state file's own setting wins. */
  endOfDay?: string;
  /** Fill in a realistic few days of orders (default true). */
  seed?: boolean;
  /** Default: the vendor's published test merchant. */
  merchants?: readonly MerchantAccount[];
  /** A named dialect, or changes to the reference one (see dialect.ts). */
  dialect?: DialectName | DialectChange;
  /** How far a timeSpan may be from the simulator's clock ("max 1 saat"; default 60 minutes). */
  timeSpanWindowMinutes?: number;
  /** Keep the books in this file across restarts (training mode). */
  stateFile?: string;
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
  /** The merchants it accepts. */
  merchants: readonly MerchantAccount[];
  dialect(): ToslaDialect;
  /** Resolves once no request is being handled, delayed ones included. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024;
const API_PREFIX = '/api/payment/';
const DEFAULT_WINDOW_MINUTES = 60;

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

const resolveDialect = (option: ToslaSimulatorOptions['dialect']): ToslaDialect =>
  typeof option === 'string' ? DIALECTS[option] : dialectSchema.parse({ ...DIALECTS.reference, ...option });

/** Starts a Tosla İşim stand-in on loopback, written from the vendor's developer centre (see README). */
export async function startToslaSimulator(options: ToslaSimulatorOptions = {}): Promise<ToslaSimulator> {
  const clock = new SimClock(options.clock ?? systemClock);
  const ledger = new MerchantLedger(clock, parseMinutes(options.endOfDay ?? '00:00'));
  const faults = new FaultPlan();
  const window = new TimeSpanWindow(options.timeSpanWindowMinutes ?? DEFAULT_WINDOW_MINUTES);
  const seenHashes = new SeenHashes(window);
  const merchants = options.merchants ?? [PUBLISHED_TEST_MERCHANT];
  let dialect = resolveDialect(options.dialect);
  const api = new PaymentApi({ ledger, clock, merchants, window, seenHashes, dialect: () => dialect });
  const seed = options.seed ?? true;

  const { stateFile } = options;
  const restored = stateFile !== undefined && restoreLedger(ledger, stateFile, clock.now());
  // A kept ledger only gains today's orders if it has none yet; a new one gets the last few days.
  if (seed) seedLedger(ledger, clock.now(), restored ? 0 : undefined);
  if (stateFile !== undefined) {
    const save = () => saveLedger(ledger.snapshot(), stateFile);
    save();
    ledger.onChange(save);
  }

  const control: ControlContext = {
    ledger,
    faults,
    clock,
    window,
    seenHashes,
    dialect: () => dialect,
    changeDialect: (change) => {
      dialect = dialectSchema.parse({ ...dialect, ...change });
    },
    reset: (fill) => {
      ledger.clear();
      faults.clear();
      seenHashes.clear();
      if (fill) seedLedger(ledger, clock.now());
    },
  };

  const inFlight = new Set<Promise<void>>();

  const send = (response: ServerResponse, answer: WireAnswer | ControlAnswer) => {
    response.sendDate = false;
    response.setHeader('Date', new Date(clock.now()).toUTCString());
    if ('html' in answer) {
      response.writeHead(answer.status, { 'Content-Type': 'text/html; charset=utf-8' }).end(answer.html);
      return;
    }
    const headers = 'headers' in answer ? answer.headers : undefined;
    response.writeHead(answer.status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
    response.end(JSON.stringify(answer.json));
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

  /** Every `/__control/` request passes here, and only here. */
  const handleControlRequest = (request: IncomingMessage, response: ServerResponse, path: string, body: string) => {
    let json: unknown;
    try {
      json = body === '' ? undefined : JSON.parse(body);
    } catch {
      send(response, { status: 400, json: { error: 'body is not JSON' } });
      return;
    }
    send(response, handleControl(control, request.method ?? 'GET', path, json));
  };

  /** A documented JSON method, simulated or not, with the planned faults around it. */
  const handleMethod = async (request: IncomingMessage, response: ServerResponse, method: string, body: string) => {
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

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!gate.admit(request, response, url.pathname.startsWith('/__control/') ? 'control' : 'api', url)) return;
    const body = await readBody(request);
    if (body === null) {
      send(response, { status: 413, json: { error: 'body too large' } });
      return;
    }
    if (url.pathname.startsWith('/__control/')) {
      handleControlRequest(request, response, url.pathname, body);
      return;
    }
    const lower = url.pathname.toLowerCase();
    const [method = '', ...rest] = lower.startsWith(API_PREFIX) ? lower.slice(API_PREFIX.length).split('/') : [];
    const verb = request.method ?? 'GET';
    if (rest.length === 0 && (PaymentApi.isSimulated(method) || PaymentApi.isUnsimulatedJson(method))) {
      if (verb !== 'POST') response.writeHead(405, { Allow: 'POST' }).end();
      else await handleMethod(request, response, method, body);
      return;
    }
    const isCardForm = method === 'processcardform' && rest.length === 0 && verb === 'POST';
    const isPaymentPage = method === 'threedsecure' && rest.length === 1 && verb === 'GET';
    if (isCardForm || isPaymentPage) {
      send(response, PaymentApi.errorPage());
      return;
    }
    // An unknown route: ASP.NET Core's problem details, never an empty body.
    send(response, {
      status: 404,
      json: { type: 'https://tools.ietf.org/html/rfc9110#section-15.5.5', title: 'Not Found', status: 404 },
      headers: { 'Content-Type': 'application/problem+json; charset=utf-8' },
    });
  };

  const server = createServer((request, response) => {
    const work = handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
    });
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });
  const gate = createRequestGate(server);
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
    merchants,
    dialect: () => dialect,
    settled: async () => {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
