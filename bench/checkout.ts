import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent } from 'undici';
import type { PollPolicy } from '../src/main/core/checkout/poller';
import { CheckoutService } from '../src/main/core/checkout/checkoutService';
import { DEFAULT_FOLLOW_UP } from '../src/main/core/checkout/followUpPolicy';
import { CheckoutJournal, checkoutMigrations } from '../src/main/core/checkout/journal';
import { silentLogger } from '../src/main/core/platform/consoleLogger';
import { systemClock } from '../src/main/core/ports';
import { openDatabase } from '../src/main/core/storage/database';
import { TokenxClient } from '../src/main/core/tokenx/client';
import { webhookMigrations } from '../src/main/core/webhook/registration';
import { WebhookService } from '../src/main/core/webhook/webhookService';
import { SIM_CLIENT_ID, SIM_CLIENT_SECRET } from '../src/main/simulators/tokenx/fixtures';
import { startTokenxSimulator } from '../src/main/simulators/tokenx/server';

/**
 * Send → final state through the real checkout against the loopback TokenX simulator:
 * `npx tsx bench/checkout.ts`. The device pays a fixed while after the basket reaches
 * it; "overhead" is what the app adds on top of that simulated device time (the send's
 * round trip, plus the time from the device's payment to the journal saying "paid": on
 * the webhook path that includes the read the webhook triggers, which is what decides).
 */

const DEVICE_DELAY_MS = 50;
const TERMINAL = 'AV0000000001';

interface Path {
  label: string;
  rounds: number;
  webhook: boolean;
  poll: PollPolicy;
}

const PATHS: Path[] = [
  // Polling slowed right down, so the outcome can only come by webhook.
  { label: 'webhook', rounds: 200, webhook: true, poll: { initialMs: 60_000, maxMs: 60_000, factor: 1 } },
  // The app's own polling for the default 1500 ms setting (see CheckoutAccounts).
  { label: 'poll 1500', rounds: 25, webhook: false, poll: { initialMs: 750, maxMs: 3_000, factor: 1.5 } },
  { label: 'poll 250', rounds: 80, webhook: false, poll: { initialMs: 125, maxMs: 500, factor: 1.5 } },
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const figures = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 0.5).toFixed(1).padStart(7)} ms  p95 ${percentile(sorted, 0.95).toFixed(1).padStart(7)} ms`;
};

async function measure(path: Path): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pos-bench-checkout-'));
  const simulator = await startTokenxSimulator({ seed: 1 });
  const dispatcher = new Agent();
  const db = openDatabase({ file: join(dir, 'pos.sqlite'), migrations: [checkoutMigrations, webhookMigrations] });
  const client = new TokenxClient({
    baseUrls: { auth: simulator.baseUrl, clientSettings: simulator.baseUrl, basket: simulator.baseUrl },
    credentials: () => ({ clientId: SIM_CLIENT_ID, clientSecret: SIM_CLIENT_SECRET }),
    dispatcher,
    clock: systemClock,
    log: silentLogger,
  });
  const finishedAt = new Map<string, number>();
  const service = new CheckoutService({
    journal: new CheckoutJournal(db, systemClock.now),
    approvals: {
      consume: () => {
        throw new Error('no approvals in the benchmark');
      },
    },
    audit: { record: () => undefined },
    log: silentLogger,
    pollPolicy: () => path.poll,
    voidWatch: () => ({ initialMs: 60_000, maxMs: 60_000, factor: 1, windowMs: 0, lateWindowMs: 0 }),
    followUp: () => DEFAULT_FOLLOW_UP,
    tillNumber: () => 1,
    now: systemClock.now,
    onChange: (entry) => {
      if (entry.final && !finishedAt.has(entry.basketId)) finishedAt.set(entry.basketId, performance.now());
    },
    onRecovery: () => undefined,
  });
  const webhook = new WebhookService({
    db,
    now: systemClock.now,
    log: silentLogger,
    onEvent: (payload) => service.handleWebhook(payload),
    onChange: () => undefined,
  });
  if (path.webhook) {
    await webhook.configure({
      environment: 'bench',
      gateway: client,
      port: 0,
      publicUrl: '',
      tunnel: { kind: 'none', program: '' },
      loopbackReachable: true,
      authorization: `Bearer ${randomBytes(24).toString('base64url')}`,
    });
  }
  await service.activate({ environment: 'bench', gateway: client, defaultTarget: { kind: 'terminal', terminalId: TERMINAL } });

  const totals: number[] = [];
  const sends: number[] = [];
  const afterDevice: number[] = [];
  const overheads: number[] = [];
  for (let round = 0; round < path.rounds + 5; round += 1) {
    const started = performance.now();
    const entry = await service.send({
      basket: { items: [{ name: 'Simit', price: 1500, quantity: 1000, sectionNo: 1, taxPercent: 100 }], paymentItems: [{ type: 1, amount: 1500 }] },
      cashierId: null,
    });
    const sent = performance.now();
    await sleep(DEVICE_DELAY_MS);
    simulator.control.device({ action: 'open', terminalId: TERMINAL, basketId: entry.basketId });
    simulator.control.device({ action: 'pay', terminalId: TERMINAL, basketId: entry.basketId });
    const paid = performance.now();
    while (!finishedAt.has(entry.basketId)) await sleep(0);
    const final = finishedAt.get(entry.basketId) ?? paid;
    // The first rounds warm up connections, the token and the JIT.
    if (round < 5) continue;
    totals.push(final - started);
    sends.push(sent - started);
    afterDevice.push(final - paid);
    overheads.push(sent - started + (final - paid));
  }

  console.log(
    `${path.label.padEnd(10)} ${String(path.rounds).padStart(4)} checkouts  send → final ${figures(totals)} | ` +
      `app overhead (device ${DEVICE_DELAY_MS} ms excluded) ${figures(overheads)} | send ${figures(sends)} | device paid → journal ${figures(afterDevice)}`,
  );
  service.stop();
  await webhook.close();
  await dispatcher.close();
  await simulator.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  for (const path of PATHS) await measure(path);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
