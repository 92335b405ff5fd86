import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Agent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/main/core/platform/consoleLogger';
import { systemClock } from '../../src/main/core/ports';
import { openDatabase } from '../../src/main/core/storage/database';
import { TokenxClient } from '../../src/main/core/tokenx/client';
import { webhookMigrations } from '../../src/main/core/webhook/registration';
import type { WebhookConfig } from '../../src/main/core/webhook/webhookService';
import { WebhookService, withWebhookPath } from '../../src/main/core/webhook/webhookService';
import { SIM_CLIENT_ID, SIM_CLIENT_SECRET } from '../../src/main/simulators/tokenx/fixtures';
import type { TokenxSimulator } from '../../src/main/simulators/tokenx/server';
import { startTokenxSimulator } from '../../src/main/simulators/tokenx/server';
import type { WebhookStatus } from '../../src/shared/checkout/webhookStatus';
import type { WebhookPayload } from '../../src/shared/tokenx/basketModel';
import { tempDir } from '../helpers/tmp';
import { fakeTunnelProgram } from './fixtures/fakeTunnelProgram';
import { eventually, sampleBasket } from './serviceHarness';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup() {
  const simulator: TokenxSimulator = await startTokenxSimulator({ seed: 5 });
  const dispatcher = new Agent();
  const client = new TokenxClient({
    baseUrls: { auth: simulator.baseUrl, clientSettings: simulator.baseUrl, basket: simulator.baseUrl },
    credentials: () => ({ clientId: SIM_CLIENT_ID, clientSecret: SIM_CLIENT_SECRET }),
    dispatcher,
    clock: systemClock,
    log: silentLogger,
  });
  const dir = tempDir();
  const events: WebhookPayload[] = [];
  const statuses: WebhookStatus[] = [];
  const open = () => {
    const db = openDatabase({ file: join(dir, 'pos.sqlite'), migrations: [webhookMigrations] });
    const service = new WebhookService({
      db,
      now: Date.now,
      log: silentLogger,
      onEvent: (payload) => events.push(payload),
      onChange: (status) => statuses.push(status),
      tunnelStartTimeoutMs: 10_000,
    });
    cleanups.push(async () => {
      await service.close();
      db.close();
    });
    return service;
  };
  cleanups.push(async () => {
    await dispatcher.close();
    await simulator.close();
  });
  const config = (patch: Partial<WebhookConfig> = {}): WebhookConfig => ({
    environment: 'training',
    gateway: client,
    port: 0,
    publicUrl: '',
    tunnel: { kind: 'none', program: '' },
    loopbackReachable: true,
    ...patch,
  });
  return { simulator, client, events, statuses, open, config };
}

describe('webhook service', () => {
  it('keeps one secret per installation, registers the loopback receiver with the simulator and receives its deliveries', async () => {
    const { simulator, client, events, open, config } = await setup();
    const service = open();
    const secret = service.authorization();
    expect(secret).toMatch(/^Bearer [\w-]{43}$/u);
    expect(open().authorization()).toBe(secret);

    const status = await service.configure(config());
    expect(status.receiver).toMatchObject({ listening: true, error: null });
    expect(status.registration).toMatchObject({ state: 'registered', ourUrl: `http://127.0.0.1:${status.receiver.port}/tokenx/webhook` });
    expect(simulator.control.snapshot().clientSettings).toEqual({ callbackUrl: status.registration.ourUrl, callbackAuthHeader: secret });

    const basketId = crypto.randomUUID();
    expect((await client.createInstantBasket('AV0000000001', { ...sampleBasket(), basketID: basketId })).kind).toBe('ok');
    simulator.control.device({ action: 'open', terminalId: 'AV0000000001', basketId });
    await eventually(() => events.find((event) => event.operation === 'BASKET_LOCKED' && event.data.basketID === basketId), 'lock delivered');
  });

  it("does not overwrite another till's URL without confirmation, and does when confirmed", async () => {
    const { simulator, client, open, config } = await setup();
    await client.setClientSettings({ callbackUrl: 'https://other-till.example.com/tokenx/webhook', callbackAuthHeader: 'Bearer other' });
    const service = open();
    const status = await service.configure(config({ loopbackReachable: false, publicUrl: 'https://till-2.example.com' }));
    expect(status.registration).toMatchObject({
      state: 'conflict',
      ourUrl: 'https://till-2.example.com/tokenx/webhook',
      registeredUrl: 'https://other-till.example.com/tokenx/webhook',
    });
    expect(simulator.control.snapshot().clientSettings.callbackUrl).toBe('https://other-till.example.com/tokenx/webhook');

    const confirmed = await service.register(true);
    expect(confirmed.registration).toMatchObject({ state: 'registered', registeredUrl: 'https://till-2.example.com/tokenx/webhook' });
    expect(simulator.control.snapshot().clientSettings).toEqual({
      callbackUrl: 'https://till-2.example.com/tokenx/webhook',
      callbackAuthHeader: service.authorization(),
    });
  });

  it('starts the configured tunnel and registers its public address', async () => {
    const { simulator, open, config, statuses } = await setup();
    const service = open();
    const status = await service.configure(
      config({ loopbackReachable: false, tunnel: { kind: 'cloudflared', program: fakeTunnelProgram('cloudflared') } }),
    );
    const port = status.receiver.port ?? 0;
    expect(status.tunnel).toEqual({ state: 'running', publicUrl: `https://fake-${port}-tunnel.trycloudflare.com`, error: null });
    expect(status.registration.state).toBe('registered');
    expect(simulator.control.snapshot().clientSettings.callbackUrl).toBe(`https://fake-${port}-tunnel.trycloudflare.com/tokenx/webhook`);
    expect(statuses.map((s) => s.tunnel.state)).toContain('starting');

    const off = await service.configure(config({ loopbackReachable: false, publicUrl: 'https://typed.example.com' }));
    expect(off.tunnel.state).toBe('off');
  });

  it('reports a port already taken, in both languages, and leaves registration waiting', async () => {
    const { open, config } = await setup();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => blocker.close(() => resolve())));
    const port = (blocker.address() as AddressInfo).port;
    const status = await open().configure(config({ port }));
    expect(status.receiver).toMatchObject({
      listening: false,
      error: { code: 'webhook.receiver-failed', path: 'tokenx.webhookPort', messageTr: expect.stringContaining('yoklama') },
    });
    expect(status.registration.state).toBe('no-public-url');
  });

  it('adds the receiver path to a bare public address and keeps a reverse-proxy route as typed', () => {
    expect(withWebhookPath('https://pos.example.com')).toBe('https://pos.example.com/tokenx/webhook');
    expect(withWebhookPath('https://pos.example.com/')).toBe('https://pos.example.com/tokenx/webhook');
    expect(withWebhookPath('https://pos.example.com/till-2/hook/')).toBe('https://pos.example.com/till-2/hook');
  });
});
