import { readFileSync } from 'node:fs';
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
import { callbackTemplate, WebhookService } from '../../src/main/core/webhook/webhookService';
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

const AUTHORIZATION = 'Bearer account-derived-value-for-tests-0123456789';

async function setup() {
  const dir = tempDir();
  const simulator: TokenxSimulator = await startTokenxSimulator({ seed: 5, stateFile: join(dir, 'training', 'tokenx-simulator.json') });
  const dispatcher = new Agent();
  const client = new TokenxClient({
    baseUrls: { auth: simulator.baseUrl, clientSettings: simulator.baseUrl, basket: simulator.baseUrl },
    credentials: () => ({ clientId: SIM_CLIENT_ID, clientSecret: SIM_CLIENT_SECRET }),
    dispatcher,
    clock: systemClock,
    log: silentLogger,
  });
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
    authorization: AUTHORIZATION,
    ...patch,
  });
  return { simulator, client, events, statuses, open, config, dir };
}

describe('webhook service', () => {
  it('registers the loopback receiver with the account’s value, receives deliveries, and writes the value nowhere', async () => {
    const { simulator, client, events, open, config, dir } = await setup();
    const service = open();
    const status = await service.configure(config());
    expect(status.receiver).toMatchObject({ listening: true, error: null });
    expect(status.registration).toMatchObject({ state: 'registered', ourUrl: `http://127.0.0.1:${status.receiver.port}/tokenx/webhook` });
    expect(simulator.control.snapshot().clientSettings).toEqual({ callbackUrl: status.registration.ourUrl, callbackAuthHeaderSet: true });

    const basketId = crypto.randomUUID();
    expect((await client.createInstantBasket('AV0000000001', { ...sampleBasket(), basketID: basketId })).kind).toBe('ok');
    simulator.control.device({ action: 'open', terminalId: 'AV0000000001', basketId });
    await eventually(() => events.find((event) => event.operation === 'BASKET_LOCKED' && event.data.basketID === basketId), 'lock delivered');

    const secret = AUTHORIZATION.slice('Bearer '.length);
    for (const file of ['pos.sqlite', 'pos.sqlite-wal', 'training/tokenx-simulator.json']) {
      const text = (() => {
        try {
          return readFileSync(join(dir, file)).toString('latin1');
        } catch {
          return '';
        }
      })();
      expect(text.includes(secret), file).toBe(false);
    }
  });

  it("does not overwrite another till's URL without confirmation, and does when confirmed", async () => {
    const { simulator, client, open, config } = await setup();
    await client.setClientSettings({ callbackUrl: 'https://other-till.example.com/tokenx/webhook', callbackAuthHeader: 'Bearer other' });
    const service = open();
    const status = await service.configure(config({ loopbackReachable: false, publicUrl: 'https://shop.example.com' }));
    const template = 'https://shop.example.com/tokenx/webhook/${terminal-id}';
    expect(status.registration).toMatchObject({
      state: 'conflict',
      ourUrl: template,
      registeredUrl: 'https://other-till.example.com/tokenx/webhook',
    });
    expect(simulator.control.snapshot().clientSettings.callbackUrl).toBe('https://other-till.example.com/tokenx/webhook');

    const confirmed = await service.register(true);
    expect(confirmed.registration).toMatchObject({ state: 'registered', registeredUrl: template });
    expect(simulator.control.snapshot().clientSettings).toEqual({ callbackUrl: template, callbackAuthHeaderSet: true });
    // Another till of the business registers the same template: no conflict.
    const sibling = await open().configure(config({ loopbackReachable: false, publicUrl: 'https://shop.example.com/' }));
    expect(sibling.registration).toMatchObject({ state: 'registered', registeredUrl: template });
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
    expect(simulator.control.snapshot().clientSettings.callbackUrl).toBe(`https://fake-${port}-tunnel.trycloudflare.com/tokenx/webhook/\${terminal-id}`);
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

  it('makes one business-wide template: the receiver path or the typed route, then the terminal placeholder', () => {
    expect(callbackTemplate('https://pos.example.com')).toBe('https://pos.example.com/tokenx/webhook/${terminal-id}');
    expect(callbackTemplate('https://pos.example.com/')).toBe('https://pos.example.com/tokenx/webhook/${terminal-id}');
    expect(callbackTemplate('https://pos.example.com/hooks/')).toBe('https://pos.example.com/hooks/${terminal-id}');
    expect(callbackTemplate('https://pos.example.com/hooks/${branch-or-terminal-id}')).toBe('https://pos.example.com/hooks/${branch-or-terminal-id}');
  });
});
