import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/shared/settings';
import { fakeTunnelProgram } from '../checkout/fixtures/fakeTunnelProgram';
import { eventually } from '../checkout/serviceHarness';
import { startTestCore } from '../helpers/core';
import { tempDir } from '../helpers/tmp';
import { coreWithStaff, errorCode, PINS, value } from './staff';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length > 0) await closers.pop()?.();
});

/** A local listener standing in for an attacker's host: it records every request it gets. */
async function listener() {
  const seen: { url: string; authorization: string | undefined; body: string }[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen.push({ url: request.url ?? '', authorization: request.headers.authorization, body });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

/** A settings file as an older install or a hand edit left it, read by the core at its next start. */
function storeSettings(dir: string, settings: Record<string, unknown>): void {
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({ settings }));
}

describe('the tunnel runs no command from settings', () => {
  it('drops a stored free-form tunnel command and never runs it, even live', async () => {
    const dir = tempDir();
    const marker = join(dir, 'ran');
    const stored = defaultSettings();
    storeSettings(dir, {
      ...stored,
      trainingMode: 'off',
      tokenx: { ...stored.tokenx, webhookPort: 0, tunnel: undefined, tunnelCommand: `sh -c "touch ${marker}"` },
    });
    const core = await startTestCore(dir);
    const settings = value<{ tokenx: Record<string, unknown> }>(await core.invoke('settings.get', undefined));
    expect(settings.tokenx).not.toHaveProperty('tunnelCommand');
    expect(settings.tokenx.tunnel).toEqual({ kind: 'none', program: '' });
    await eventually(async () => value<{ receiver: { listening: boolean } }>(await core.invoke('webhook.status', undefined)).receiver.listening, 'receiver');
    expect(value<{ tunnel: { state: string } }>(await core.invoke('webhook.status', undefined)).tunnel.state).toBe('off');
    expect(existsSync(marker)).toBe(false);
  });

  it('refuses a command through the settings, and any program that is not cloudflared or ngrok', async () => {
    const staff = await coreWithStaff();
    const { core } = staff;
    await staff.signIn('admin');
    expect(errorCode(await core.invoke('settings.update', { tokenx: { tunnelCommand: 'sh -c "touch /tmp/x"' } }))).toBe(
      'contract.invalid-argument',
    );
    expect(errorCode(await core.invoke('settings.update', { tokenx: { tunnel: { kind: 'cloudflared', program: '/bin/sh' } } }))).toBe(
      'contract.invalid-argument',
    );
    expect(errorCode(await core.invoke('webhook.setTunnel', { kind: 'cloudflared', program: '/bin/sh', pin: PINS.admin }))).toBe(
      'webhook.tunnel-program-invalid',
    );
    expect(errorCode(await core.invoke('webhook.setTunnel', { kind: 'ngrok', program: 'ngrok', pin: PINS.admin }))).toBe(
      'webhook.tunnel-program-invalid',
    );
    const program = fakeTunnelProgram('cloudflared');
    expect(errorCode(await core.invoke('webhook.setTunnel', { kind: 'cloudflared', program, pin: '913057' }))).toBe('auth.wrong-pin');
    const saved = value<{ tokenx: { tunnel: unknown } }>(await core.invoke('webhook.setTunnel', { kind: 'cloudflared', program, pin: PINS.admin }));
    expect(saved.tokenx.tunnel).toEqual({ kind: 'cloudflared', program });
    const row = value<{ entries: { action: string; actorId: string; details: unknown }[] }>(
      await core.invoke('audit.list', { action: 'settings.tunnel' }),
    ).entries[0];
    expect(row).toMatchObject({ actorId: staff.ids.admin, details: { from: { kind: 'none' }, to: { kind: 'cloudflared', program } } });

    await staff.signIn('manager');
    expect(errorCode(await core.invoke('webhook.setTunnel', { kind: 'none', program: '', pin: PINS.manager }))).toBe('auth.not-permitted');
  });
});

describe('credentials go only to the vendors’ hosts', () => {
  it('refuses production base URLs that are not https or not the vendor’s, unless an admin allows a custom host', async () => {
    const staff = await coreWithStaff();
    const { core } = staff;
    await staff.signIn('admin');
    const production = (auth: string) => ({ tokenx: { environment: 'production', baseUrls: { auth, clientSettings: auth, basket: auth } } });
    const plain = await core.invoke('settings.update', production('http://api.tokeninc.com/x'));
    expect(plain).toMatchObject({ ok: false, error: { code: 'settings.endpoint-not-https', path: 'tokenx.baseUrls.auth' } });
    const foreign = await core.invoke('settings.update', production('https://collector.example.net/x'));
    expect(foreign).toMatchObject({ ok: false, error: { code: 'settings.endpoint-not-allowed', path: 'tokenx.baseUrls.auth' } });
    expect(errorCode(await core.invoke('settings.update', { tosla: { environment: 'production', baseUrl: 'https://entegrasyon.tosla.com.evil.net/api' } }))).toBe(
      'settings.endpoint-not-allowed',
    );
    value(await core.invoke('settings.update', production('https://pos-api.tokeninc.com/app-store/external')));
    value(await core.invoke('settings.update', { tosla: { environment: 'production', baseUrl: 'https://entegrasyon.tosla.com/api/Payment' } }));

    expect(errorCode(await core.invoke('settings.setCustomHosts', { hosts: ['gateway.example.net'], pin: '913057' }))).toBe('auth.wrong-pin');
    value(await core.invoke('settings.setCustomHosts', { hosts: ['Gateway.Example.net'], pin: PINS.admin }));
    value(await core.invoke('settings.update', production('https://gateway.example.net/tokenx')));
    const row = value<{ entries: { details: unknown }[] }>(await core.invoke('audit.list', { action: 'settings.custom-hosts' })).entries[0];
    expect(row?.details).toEqual({ from: [], to: ['gateway.example.net'] });
  });

  it('wipes a service’s saved credentials when its environment or base URL changes', async () => {
    const staff = await coreWithStaff();
    const { core } = staff;
    await staff.signIn('admin');
    value(await core.invoke('secrets.set', { name: 'tokenx.clientId', value: 'live-client-id-123' }));
    value(await core.invoke('secrets.set', { name: 'tokenx.clientSecret', value: 'live-client-secret-456' }));
    value(await core.invoke('secrets.set', { name: 'tosla.apiPass', value: 'tosla-pass' }));
    value(await core.invoke('settings.update', { tokenx: { pollIntervalMs: 2000 } }));
    expect(value<{ items: Record<string, string> }>(await core.invoke('secrets.status', undefined)).items['tokenx.clientId']).toBe('set');
    value(await core.invoke('settings.update', { tokenx: { baseUrls: { basket: 'https://other.devtokeninc.com/app-store/external' } } }));
    const items = value<{ items: Record<string, string> }>(await core.invoke('secrets.status', undefined)).items;
    expect([items['tokenx.clientId'], items['tokenx.clientSecret'], items['tosla.apiPass']]).toEqual(['not-set', 'not-set', 'set']);
    value(await core.invoke('settings.update', { tosla: { environment: 'production', baseUrl: 'https://entegrasyon.tosla.com/api/Payment' } }));
    expect(value<{ items: Record<string, string> }>(await core.invoke('secrets.status', undefined)).items['tosla.apiPass']).toBe('not-set');
    const cleared = value<{ entries: { subject: string; details: { reason: string } }[] }>(
      await core.invoke('audit.list', { action: 'secrets.clear' }),
    ).entries;
    expect(cleared.map((row) => [row.subject, row.details.reason])).toEqual([
      ['tosla', 'endpoint-changed'],
      ['tokenx', 'endpoint-changed'],
    ]);
  });

  it('never sends the live credentials to a non-allowlisted host, even from a settings file edited by hand', async () => {
    const trap = await listener();
    const dir = tempDir();
    const stored = defaultSettings();
    storeSettings(dir, {
      ...stored,
      trainingMode: 'off',
      tokenx: { ...stored.tokenx, environment: 'production', baseUrls: { auth: trap.url, clientSettings: trap.url, basket: trap.url }, terminalId: 'AV0000000001' },
      tosla: { environment: 'production', baseUrl: `${trap.url}/api/Payment` },
    });
    const core = await startTestCore(dir);
    for (const [name, secret] of [
      ['tokenx.clientId', 'live-client-id-123'],
      ['tokenx.clientSecret', 'live-client-secret-456'],
      ['tosla.clientId', '1000000494'],
      ['tosla.apiUser', 'POS_ENT_Live'],
      ['tosla.apiPass', 'live-api-pass-789'],
    ] as const) {
      value(await core.invoke('secrets.set', { name, value: secret }));
    }
    const check = value<{ outcome: string }>(await core.invoke('tokenx.testConnection', undefined));
    expect(check.outcome).not.toBe('ok');
    value(await core.invoke('users.bootstrapAdmin', { displayName: 'Aylin Admin', pin: PINS.admin }));
    expect(errorCode(await core.invoke('tosla.lookup', { orderId: 'ORD-1' }))).toBe('tosla.endpoint-not-allowed');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(trap.seen.filter((request) => request.authorization !== undefined || /live-|POS_ENT/u.test(request.body))).toEqual([]);
  });
});
