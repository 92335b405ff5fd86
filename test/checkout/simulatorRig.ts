import type { DatabaseSync } from 'node:sqlite';
import { Agent } from 'undici';
import type { VoidWatchPolicy } from '../../src/main/core/checkout/checkoutService';
import { CheckoutService } from '../../src/main/core/checkout/checkoutService';
import { CheckoutJournal } from '../../src/main/core/checkout/journal';
import { normaliseSale } from '../../src/main/core/checkout/observations';
import type { PollPolicy } from '../../src/main/core/checkout/poller';
import { stateOfSale } from '../../src/main/core/checkout/stateMachine';
import { silentLogger } from '../../src/main/core/platform/consoleLogger';
import { systemClock } from '../../src/main/core/ports';
import { TokenxClient } from '../../src/main/core/tokenx/client';
import { WebhookService } from '../../src/main/core/webhook/webhookService';
import { SIM_CLIENT_ID, SIM_CLIENT_SECRET } from '../../src/main/simulators/tokenx/fixtures';
import type { TokenxSimulatorControl } from '../../src/main/simulators/tokenx/control';
import type { CheckoutState } from '../../src/shared/checkout/checkoutState';

/**
 * The real checkout stack (journal, service, TokenX client, webhook receiver) against a
 * running simulator over loopback, with timings short enough for fault suites. Shared by
 * the in-process fault suite and the child process the kill suite runs.
 */

export const ENVIRONMENT = 'training';
const FAST_POLL: PollPolicy = { initialMs: 10, maxMs: 60, factor: 1.5 };
const FAST_VOID_WATCH: VoidWatchPolicy = { initialMs: 15, maxMs: 60, factor: 1.5, windowMs: 10 * 60_000 };

export interface Rig {
  journal: CheckoutJournal;
  service: CheckoutService;
  webhook: WebhookService;
  client: TokenxClient;
  close(): Promise<void>;
}

export async function buildRig(db: DatabaseSync, baseUrl: string, seed: number): Promise<Rig> {
  const dispatcher = new Agent({ connect: { timeout: 500 }, keepAliveTimeout: 2_000 });
  let draw = seed >>> 0;
  const client = new TokenxClient({
    baseUrls: { auth: baseUrl, clientSettings: baseUrl, basket: baseUrl },
    credentials: () => ({ clientId: SIM_CLIENT_ID, clientSecret: SIM_CLIENT_SECRET }),
    dispatcher,
    clock: systemClock,
    log: silentLogger,
    // Longer than a normal answer under load, shorter than the simulator's stall.
    timeouts: { connectMs: 500, requestMs: 400 },
    retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
    random: () => {
      draw = (draw * 1_103_515_245 + 12_345) >>> 0;
      return draw / 4_294_967_296;
    },
  });
  const journal = new CheckoutJournal(db, systemClock.now);
  const service = new CheckoutService({
    journal,
    approvals: {
      consume: () => {
        throw new Error('no approvals in fault suites');
      },
    },
    audit: { record: () => undefined },
    log: silentLogger,
    pollPolicy: () => FAST_POLL,
    voidWatch: () => FAST_VOID_WATCH,
    now: systemClock.now,
    onChange: () => undefined,
    onRecovery: () => undefined,
  });
  const webhook = new WebhookService({
    db,
    now: systemClock.now,
    log: silentLogger,
    onEvent: (payload) => service.handleWebhook(payload),
    onChange: () => undefined,
  });
  return {
    journal,
    service,
    webhook,
    client,
    close: async () => {
      service.stop();
      await webhook.close();
      await dispatcher.close();
    },
  };
}

/** Registers the receiver with the simulator (retrying through its faults) and runs start-up recovery. */
export async function startRig(rig: Rig, terminalId: string | null): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const status = await rig.webhook.configure({
      environment: ENVIRONMENT,
      gateway: rig.client,
      port: 0,
      publicUrl: '',
      tunnel: { kind: 'none', program: '' },
      loopbackReachable: true,
    });
    if (status.registration.state === 'registered') break;
  }
  await rig.service.activate({
    environment: ENVIRONMENT,
    gateway: rig.client,
    defaultTarget: terminalId === null ? null : { kind: 'terminal', terminalId },
  });
}

/** What the simulator holds for a basket, in the journal's terms; null when it never got it. */
export function truthOf(control: TokenxSimulatorControl, basketId: string): CheckoutState | null {
  const record = control.basket(basketId);
  if (record === undefined) return null;
  if (record.deletedAt !== null) return 'deleted';
  return record.sale === null ? 'on-device' : stateOfSale(normaliseSale(record.sale));
}

export function tally(states: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const state of states) counts[state] = (counts[state] ?? 0) + 1;
  return counts;
}
