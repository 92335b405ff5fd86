import { join } from 'node:path';
import { Agent, request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core/composition';
import { createCore } from '../../src/main/core/composition';
import { accountFingerprint } from '../../src/main/core/tokenx/tokenxConnection';
import { silentLogger } from '../../src/main/core/platform/consoleLogger';
import { JsonFileStore } from '../../src/main/core/platform/jsonFileStore';
import { systemClock } from '../../src/main/core/ports';
import { SIM_BRANCH_ID, SIM_CLIENT_ID, SIM_CLIENT_SECRET } from '../../src/main/simulators/tokenx/fixtures';
import type { TokenxSimulator } from '../../src/main/simulators/tokenx/server';
import { startTokenxSimulator } from '../../src/main/simulators/tokenx/server';
import type { CheckoutEntry } from '../../src/shared/checkout/checkoutState';
import type { ConnectionCheck, TokenxSimulatorInfo } from '../../src/shared/checkout/tokenxSetup';
import type { WebhookStatus } from '../../src/shared/checkout/webhookStatus';
import { defaultSettings } from '../../src/shared/settings';
import { switchableCipher } from '../helpers/fakeCipher';
import { tempDir } from '../helpers/tmp';
import { eventually, sampleBasket } from './serviceHarness';

let core: Core | null = null;
let liveSim: TokenxSimulator | null = null;
afterEach(async () => {
  await core?.close();
  core = null;
  await liveSim?.close();
  liveSim = null;
});

async function start() {
  const dir = tempDir();
  const settings = new JsonFileStore(join(dir, 'settings.json'));
  // A free port: tests run side by side and must not fight over the default 8787.
  const initial = defaultSettings();
  settings.set('settings', { ...initial, tokenx: { ...initial.tokenx, webhookPort: 0, pollIntervalMs: 250 } });
  core = await createCore({
    clock: systemClock,
    dispatcher: new Agent(),
    cipher: switchableCipher({ backend: 'gnome_libsecret' }).cipher,
    dataDir: dir,
    stores: { settings, secrets: new JsonFileStore(join(dir, 'secrets.json')) },
    host: { kind: 'web-harness', appName: 'Tezgah POS', appVersion: '0.1.0', electronVersion: null },
    log: silentLogger,
  });
  return core;
}

const value = <T>(result: { ok: true; value: unknown } | { ok: false; error: unknown }): T => {
  if (!result.ok) throw new Error(`call failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
};

/** Plays the device through the simulator's control API, with the token the ÖKC page's address carries. */
async function device(okcUrl: string, action: Record<string, unknown>) {
  const { origin, searchParams } = new URL(okcUrl);
  const response = await request(`${origin}/__control/device`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-simulator-token': searchParams.get('token') ?? '' },
    body: JSON.stringify(action),
  });
  expect(response.statusCode).toBe(200);
  await response.body.dump();
}

/** Waits until the checkout runs on the expected account (a settings change switches it in the background). */
async function onAccount(api: Core, environment: string): Promise<ConnectionCheck> {
  let last: ConnectionCheck | undefined;
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const answer = await api.invoke('tokenx.testConnection', undefined);
    if (answer.ok) {
      last = answer.value as ConnectionCheck;
      if (last.environment === environment) return last;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`never switched to ${environment}; last ${JSON.stringify(last)}`);
}

describe('checkout in the core', () => {
  it('in training runs against the embedded simulator: send, pay on the virtual ÖKC, outcome pushed by webhook', async () => {
    const api = await start();
    const changes: CheckoutEntry[] = [];
    api.subscribe((name, payload) => {
      if (name === 'checkout.changed') changes.push(payload as CheckoutEntry);
    });
    expect(await onAccount(api, 'training')).toMatchObject({ outcome: 'ok', terminal: { id: 'AV0000000001', mode: 'instant' } });
    const simulator = value<TokenxSimulatorInfo | null>(await api.invoke('tokenx.simulator', undefined));
    expect(simulator?.okcUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/okc\?token=\w+$/u);
    const okcPage = await request(simulator?.okcUrl ?? '');
    expect(okcPage.statusCode).toBe(200);
    await okcPage.body.dump();

    const webhook = await eventually(async () => {
      const status = value<WebhookStatus>(await api.invoke('webhook.status', undefined));
      return status.registration.state === 'registered' && status;
    }, 'webhook registered with the simulator');
    expect(webhook.registration.ourUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/tokenx\/webhook$/u);

    await eventually(async () => value<{ phase: string }>(await api.invoke('checkout.recoveryStatus', undefined)).phase === 'ready', 'ready');
    const sent = value<CheckoutEntry>(await api.invoke('checkout.send', { basket: sampleBasket() }));
    expect(sent).toMatchObject({ state: 'on-device', environment: 'training', target: { terminalId: 'AV0000000001' } });
    expect(JSON.stringify(sent)).not.toContain('"machine"');

    const okcUrl = simulator?.okcUrl ?? '';
    await device(okcUrl, { action: 'open', terminalId: 'AV0000000001', basketId: sent.basketId });
    await device(okcUrl, { action: 'pay', terminalId: 'AV0000000001', basketId: sent.basketId });
    const paid = await eventually(() => changes.find((entry) => entry.basketId === sent.basketId && entry.state === 'paid'), 'paid pushed');
    expect(paid.sale).toMatchObject({ status: 0, receiptNo: 1 });
    const detail = value<{ transitions: { cause: string }[] }>(await api.invoke('checkout.get', { basketId: sent.basketId }));
    // Read because a delivery came (the read decides), not because the poller got there first.
    expect(detail.transitions.at(-1)?.cause).toMatch(/^webhook:BASKET_(LOCKED|COMPLETED)$/u);

    const terminals = value<{ id: string; mode: string }[]>(await api.invoke('tokenx.terminals', {}));
    expect(terminals.map((t) => [t.id, t.mode])).toEqual([
      ['AV0000000001', 'instant'],
      ['AV0000000002', 'instant'],
      ['AT0000000003', 'list'],
    ]);
    const fiscal = value<{ sections: { taxPercent: number }[] }>(await api.invoke('tokenx.fiscalParameters', {}));
    expect(fiscal.sections.map((section) => section.taxPercent)).toEqual([100, 1000, 2000, 0]);
  });

  it('live keeps its own journal and gives a precise verdict for each connection problem', async () => {
    const api = await start();
    // Live selling needs someone signed in: the first admin is.
    value(await api.invoke('users.bootstrapAdmin', { displayName: 'Ayşe Yönetici', pin: '258013' }));
    await onAccount(api, 'training');
    await eventually(async () => value<{ phase: string }>(await api.invoke('checkout.recoveryStatus', undefined)).phase === 'ready', 'ready');
    value(await api.invoke('checkout.send', { basket: sampleBasket() }));

    value(await api.invoke('settings.update', { trainingMode: 'off' }));
    expect(await onAccount(api, 'test:no-client-id')).toMatchObject({ outcome: 'credentials-missing' });
    expect(value(await api.invoke('checkout.list', {}))).toEqual([]);
    expect(value(await api.invoke('tokenx.simulator', undefined))).toBeNull();
    const refused = await api.invoke('checkout.send', { basket: sampleBasket() });
    expect(refused).toMatchObject({ ok: false, error: { code: 'checkout.credentials-missing', path: 'tokenx.clientId' } });

    liveSim = await startTokenxSimulator({ seed: 3 });
    const base = liveSim.baseUrl;
    // The base URLs first: changing them wipes the credentials saved for the old ones.
    value(
      await api.invoke('settings.update', {
        tokenx: { baseUrls: { auth: base, clientSettings: base, basket: base }, terminalId: 'AV0000000002', branchId: SIM_BRANCH_ID },
      }),
    );
    value(await api.invoke('secrets.set', { name: 'tokenx.clientId', value: SIM_CLIENT_ID }));
    value(await api.invoke('secrets.set', { name: 'tokenx.clientSecret', value: 'wrong-secret' }));
    // The journal key carries a fingerprint of the client id, never the id itself.
    const environment = `test:${accountFingerprint(SIM_CLIENT_ID)}`;
    expect(environment).not.toContain(SIM_CLIENT_ID);
    expect(await onAccount(api, environment)).toMatchObject({ outcome: 'auth-failed' });
    value(await api.invoke('secrets.set', { name: 'tokenx.clientSecret', value: SIM_CLIENT_SECRET }));
    expect(value(await api.invoke('tokenx.testConnection', undefined))).toMatchObject({ outcome: 'ok', terminal: { id: 'AV0000000002' } });

    const verdictFor = async (terminalId: string) => {
      value(await api.invoke('settings.update', { tokenx: { terminalId } }));
      await eventually(async () => {
        const check = value<ConnectionCheck>(await api.invoke('tokenx.testConnection', undefined));
        return (check.terminal?.id ?? terminalId) === terminalId && check.outcome !== 'ok' && check;
      }, `verdict for ${terminalId}`);
      return value<ConnectionCheck>(await api.invoke('tokenx.testConnection', undefined));
    };
    expect(await verdictFor('AT0000000003')).toMatchObject({ outcome: 'wrong-sale-mode', terminal: { mode: 'list' } });
    expect(await verdictFor('AV0000009999')).toMatchObject({ outcome: 'terminal-foreign' });
    expect(await verdictFor('AV0000000404')).toMatchObject({ outcome: 'terminal-unknown' });

    await liveSim.close();
    liveSim = null;
    const unreachable = await verdictFor('AV0000000001');
    expect(unreachable.outcome).toBe('unreachable');
    expect(unreachable.messageTr).toMatch(/ulaşılamadı/u);
  });
});
