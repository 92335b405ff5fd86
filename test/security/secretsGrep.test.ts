import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileKeyCipher } from '../../src/harness/aesCipher';
import type { Core } from '../../src/main/core/composition';
import { createCore } from '../../src/main/core/composition';
import type { Logger } from '../../src/main/core/ports';
import { PUBLISHED_TEST_MERCHANT } from '../../src/main/simulators/tosla/merchantHash';
import { istanbulDateNumber } from '../../src/main/core/tosla/istanbulTime';
import { SIM_BRANCH_ID, SIM_CLIENT_ID, SIM_CLIENT_SECRET } from '../../src/main/simulators/tokenx/fixtures';
import { startTokenxSimulator } from '../../src/main/simulators/tokenx/server';
import type { CheckoutEntry } from '../../src/shared/checkout/checkoutState';
import { approvalForEdit } from '../../src/shared/contract/till';
import { eventually } from '../checkout/serviceHarness';
import { testCorePorts } from '../helpers/core';
import { value } from './staff';

/** PINs long and odd enough that no timestamp or amount contains them by chance. */
const PINS = { admin: '46150392', manager: '58203917', cashier: '73916485' };
const LIVE = {
  tokenxSecret: 'live-tokenx-secret-Qm4Zp8',
  toslaApiPass: 'live-tosla-apipass-Vw7Rk2',
};

/**
 * A loopback proxy in front of a standalone TokenX simulator that keeps a copy of every
 * client-settings registration: the one place the app's webhook Authorization value
 * leaves it, so the test learns the value without the app exposing it.
 */
async function recordingProxy(target: string) {
  const registrations: { callbackAuthHeader?: string }[] = [];
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      if (incoming.method === 'POST' && incoming.url === '/v1/client-settings') registrations.push(JSON.parse(body.toString('utf8')) as { callbackAuthHeader?: string });
      const headers = Object.fromEntries(Object.entries(incoming.headers).filter(([name]) => !['host', 'connection', 'content-length'].includes(name))) as Record<string, string>;
      void request(`${target}${incoming.url ?? '/'}`, { method: (incoming.method ?? 'GET') as 'GET', headers, body: body.length > 0 ? body : undefined }).then(
        async (answer) => {
          outgoing.writeHead(answer.statusCode, { 'content-type': String(answer.headers['content-type'] ?? 'application/json') });
          outgoing.end(Buffer.from(await answer.body.arrayBuffer()));
        },
        () => outgoing.writeHead(502).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    registrations,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

/** Every file of the data folder (database, WAL, stores, simulator state) and the log, searched as bytes. */
function hits(dir: string, logLines: string[], secrets: Record<string, string>): string[] {
  const sources = [...filesUnder(dir).filter((file) => statSync(file).isFile()).map((file) => ({ name: file.slice(dir.length + 1), bytes: readFileSync(file) })), { name: 'log', bytes: Buffer.from(logLines.join('\n')) }];
  return Object.entries(secrets).flatMap(([label, secret]) =>
    sources.filter((source) => source.bytes.includes(Buffer.from(secret, 'utf8'))).map((source) => `${label} in ${source.name}`),
  );
}

/**
 * A training day through the real core, as the web harness runs it (its AES key-file
 * cipher, JSON stores): setup, staff, live credentials saved for later, sales paid and
 * declined on the virtual ÖKC with webhooks, a discount and a void approved by a
 * manager, a Tosla refund, the audit check. Afterwards nothing secret may be readable
 * in the data folder, the database or the log.
 */
async function trainingDay() {
  const dir = mkdtempSync(join(tmpdir(), 'pos-training-day-'));
  const logLines: string[] = [];
  const capture = (level: string) => (message: string, fields?: Record<string, unknown>) => logLines.push(JSON.stringify({ level, message, ...fields }));
  const log: Logger = { info: capture('info'), warn: capture('warn'), error: capture('error') };
  const core: Core = await createCore(testCorePorts(dir, { cipher: fileKeyCipher(join(dir, 'harness-secret.key')), log }));
  const call = async <T>(name: string, arg?: unknown) => value<T>(await core.invoke(name, arg));
  const changes: CheckoutEntry[] = [];
  core.subscribe((name, payload) => {
    if (name === 'checkout.changed') changes.push(payload as CheckoutEntry);
  });
  try {
    const admin = await call<{ user: { id: string } }>('users.bootstrapAdmin', { displayName: 'Aylin Admin', pin: PINS.admin });
    const manager = await call<{ id: string }>('users.create', { displayName: 'Mehmet Müdür', role: 'manager', pin: PINS.manager });
    const cashier = await call<{ id: string }>('users.create', { displayName: 'Kerem Kasiyer', role: 'cashier', pin: PINS.cashier });
    // Port 0: the receiver takes a free port, so nothing else on this machine can be in its way.
    await call('settings.update', { trainingMode: 'on', allowWeakSecretStorage: true, tokenx: { webhookPort: 0 } });
    await call('secrets.set', { name: 'tokenx.clientId', value: '0b9e6f4c-51aa-4d2e-9c77-3f2a8e1d6b55' });
    await call('secrets.set', { name: 'tokenx.clientSecret', value: LIVE.tokenxSecret });
    await call('secrets.set', { name: 'tosla.clientId', value: '1000000777' });
    await call('secrets.set', { name: 'tosla.apiUser', value: 'POS_ENT_Live_007' });
    await call('secrets.set', { name: 'tosla.apiPass', value: LIVE.toslaApiPass });
    await call('users.signOut');

    await call('users.signIn', { id: admin.user.id, pin: PINS.admin });
    const simulator = await eventually(async () => {
      const answer = await core.invoke('tokenx.simulator', undefined);
      return answer.ok && answer.value !== null && (answer.value as { okcUrl: string; terminalId: string });
    }, 'simulator');
    await eventually(async () => (await call<{ phase: string }>('checkout.recoveryStatus')).phase === 'ready', 'ready');
    let last: unknown = null;
    const webhook = await eventually(async () => {
      const status = await call<{ registration: { state: string } }>('webhook.status');
      last = status;
      return status.registration.state === 'registered';
    }, 'webhook registered', 30_000).catch((error: unknown) => {
      throw new Error(`${String(error)}: ${JSON.stringify(last)}`);
    });
    expect(webhook).toBe(true);
    await call('users.signIn', { id: cashier.id, pin: PINS.cashier });
    const okc = new URL(simulator.okcUrl);
    const device = async (action: Record<string, unknown>) => {
      const response = await request(`${okc.origin}/__control/device`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-simulator-token': okc.searchParams.get('token') ?? '' },
        body: JSON.stringify(action),
      });
      expect(response.statusCode).toBe(200);
      await response.body.dump();
    };
    const basketId = 'training-day-basket';
    await call('till.authorizeEdit', { basketId, edit: { kind: 'discount', lineId: null, name: '', baseKurus: 10_000, discountKurus: 500 } });
    const voiding = { kind: 'line-void', lineId: 'line-2', name: 'Simit', amountKurus: 1500 } as const;
    const approval = await call<{ token: string }>('users.requestApproval', { approverId: manager.id, pin: PINS.manager, request: approvalForEdit(basketId, voiding) });
    await call('till.authorizeEdit', { basketId, edit: voiding, approvalToken: approval.token });

    const basket = { items: [{ name: 'Çay', price: 500, quantity: 2000, sectionNo: 1, taxPercent: 1000 }], paymentItems: [{ type: 1, amount: 1000 }] };
    for (const outcome of ['pay', 'decline'] as const) {
      const sent = await call<CheckoutEntry>('checkout.send', { basket });
      await device({ action: 'open', terminalId: simulator.terminalId, basketId: sent.basketId });
      await device(outcome === 'pay' ? { action: 'pay', terminalId: simulator.terminalId, basketId: sent.basketId } : { action: 'decline', terminalId: simulator.terminalId, basketId: sent.basketId, code: 5005 });
      await eventually(() => changes.some((entry) => entry.basketId === sent.basketId && entry.final), `${outcome} settled`);
    }

    await call('users.signIn', { id: manager.id, pin: PINS.manager });
    const orderId = `ORD-${istanbulDateNumber(Date.now())}-0001`;
    await call('tosla.lookup', { orderId });
    const refund = await call<{ token: string }>('users.requestApproval', {
      approverId: admin.user.id,
      pin: PINS.admin,
      request: { action: 'tosla-refund', subject: { orderId, amountKurus: 100 } },
    });
    await call('tosla.refund', { orderId, amountKurus: 100, approvalToken: refund.token });
    expect(await call<{ intact: boolean }>('audit.verify')).toMatchObject({ intact: true });

    // Evening: the shop goes live against TokenX (a standalone simulator behind a recording proxy), which
    // registers this till's webhook with the Authorization value TokenX must send back.
    await call('users.signIn', { id: admin.user.id, pin: PINS.admin });
    const live = await startTokenxSimulator({ seed: 7 });
    const proxy = await recordingProxy(live.baseUrl);
    try {
      await call('settings.update', {
        trainingMode: 'auto',
        tokenx: {
          baseUrls: { auth: proxy.url, clientSettings: proxy.url, basket: proxy.url },
          publicUrl: 'https://kasa-7.ornek-magaza.com.tr',
          terminalId: 'AV0000000001',
          branchId: SIM_BRANCH_ID,
        },
      });
      await call('secrets.set', { name: 'tokenx.clientId', value: SIM_CLIENT_ID });
      await call('secrets.set', { name: 'tokenx.clientSecret', value: SIM_CLIENT_SECRET });
      const webhookValue = await eventually(
        () => proxy.registrations.find((registration) => registration.callbackAuthHeader !== undefined)?.callbackAuthHeader?.replace(/^Bearer /u, ''),
        'live webhook registered',
      );
      await call('users.signOut');
      // A few wrong PINs with nobody signed in: counted, never stored as typed.
      for (const pin of ['91735246', '28461937']) await core.invoke('users.signIn', { id: cashier.id, pin });
      return { dir, logLines, webhookValue };
    } finally {
      await proxy.close();
      await live.close();
    }
  } finally {
    await core.close();
  }
}

describe('a training day leaves no secret readable', () => {
  let day: Awaited<ReturnType<typeof trainingDay>>;
  beforeAll(async () => {
    day = await trainingDay();
  }, 120_000);
  afterAll(() => rmSync(day.dir, { recursive: true, force: true }));

  it('finds no TokenX secret, Tosla API password or PIN in the data folder, the database or the log', () => {
    const { dir, logLines } = day;
    expect(logLines.length).toBeGreaterThan(0);
    expect(
      hits(dir, logLines, {
        'live TokenX secret': LIVE.tokenxSecret,
        'simulator TokenX secret': SIM_CLIENT_SECRET,
        'live Tosla apiPass': LIVE.toslaApiPass,
        'test Tosla apiPass': PUBLISHED_TEST_MERCHANT.apiPass,
        'admin PIN': PINS.admin,
        'manager PIN': PINS.manager,
        'cashier PIN': PINS.cashier,
        'a wrong PIN': '91735246',
      }),
    ).toEqual([]);
  });

  // The live webhook Authorization value is derived from the client secret and never
  // stored (the lead's change for issue 9 item 6); the training one lives in memory only.
  it('finds no webhook Authorization value either', () => {
    const { dir, logLines, webhookValue } = day;
    expect(webhookValue.length).toBeGreaterThan(20);
    expect(hits(dir, logLines, { 'webhook Authorization value': webhookValue })).toEqual([]);
  });
});
