import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent } from 'undici';
import { afterEach } from 'vitest';
import { silentLogger } from '../../src/main/core/platform/consoleLogger';
import type { TokenxClientOptions } from '../../src/main/core/tokenx/client';
import { TokenxClient } from '../../src/main/core/tokenx/client';
import type { WireBasket } from '../../src/shared/tokenx/basketModel';
import { SIM_CLIENT_ID, SIM_CLIENT_SECRET } from '../../src/main/simulators/tokenx/fixtures';
import type { TokenxSimulator } from '../../src/main/simulators/tokenx/server';
import { startTokenxSimulator } from '../../src/main/simulators/tokenx/server';

/** A clock tests move by hand, for token lifetimes. */
export class ManualClock {
  constructor(public ms = Date.parse('2025-03-10T08:00:00Z')) {}
  now = (): number => this.ms;
  advance(ms: number): void {
    this.ms += ms;
  }
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

export async function simulator(clock = new ManualClock()): Promise<{ sim: TokenxSimulator; clock: ManualClock }> {
  const sim = await startTokenxSimulator({ clock, seed: 7 });
  cleanups.push(() => sim.close());
  return { sim, clock };
}

export function clientFor(baseUrl: string, clock: ManualClock, options: Partial<TokenxClientOptions> = {}): TokenxClient {
  const dispatcher = new Agent({ connect: { timeout: 1_000 } });
  cleanups.push(() => dispatcher.close());
  return new TokenxClient({
    baseUrls: { auth: baseUrl, clientSettings: `${baseUrl}/`, basket: baseUrl },
    credentials: () => ({ clientId: SIM_CLIENT_ID, clientSecret: SIM_CLIENT_SECRET }),
    dispatcher,
    clock,
    log: silentLogger,
    timeouts: { requestMs: 2_000 },
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...options,
  });
}

export interface Received {
  url: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/** A loopback webhook receiver that records every delivery and answers `status`. */
export async function webhookReceiver(status = 200): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ url: request.url ?? '', headers: request.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

/** 15000 + 2 × 10000 = 35000 kuruş, as in Token's instant-basket example. */
export function sampleBasket(overrides: Partial<WireBasket> = {}): WireBasket {
  return {
    basketID: randomUUID(),
    items: [
      { name: 'Cheesecake', price: 15000, sectionNo: 2, taxPercent: 1000, quantity: 1000 },
      { name: 'Filtre Kahve', price: 10000, sectionNo: 2, taxPercent: 1000, quantity: 2000 },
    ],
    paymentItems: [{ type: 1, amount: 35000 }],
    ...overrides,
  };
}
