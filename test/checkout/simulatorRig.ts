import type { DatabaseSync } from 'node:sqlite';
import { randomBytes } from 'node:crypto';
import { Agent } from 'undici';
import type { AuditEntry } from '../../src/main/core/auth/ports';
import type { VoidWatchPolicy } from '../../src/main/core/checkout/checkoutService';
import { CheckoutService } from '../../src/main/core/checkout/checkoutService';
import type { FollowUpPolicy } from '../../src/main/core/checkout/followUpPolicy';
import { DEFAULT_FOLLOW_UP } from '../../src/main/core/checkout/followUpPolicy';
import { CheckoutJournal } from '../../src/main/core/checkout/journal';
import type { PollPolicy } from '../../src/main/core/checkout/poller';
import { silentLogger } from '../../src/main/core/platform/consoleLogger';
import { TokenxClient } from '../../src/main/core/tokenx/client';
import type { WebhookStatus } from '../../src/shared/checkout/webhookStatus';
import { WebhookService } from '../../src/main/core/webhook/webhookService';
import { SIM_CLIENT_ID, SIM_CLIENT_SECRET } from '../../src/main/simulators/tokenx/fixtures';
import type { TokenxSimulatorControl } from '../../src/main/simulators/tokenx/control';
import type { CheckoutEntry, CheckoutState, RecoveryStatus } from '../../src/shared/checkout/checkoutState';
import { TestApprovals } from '../helpers/approvals';

/**
 * The real checkout stack (journal, service, TokenX client, webhook receiver) against a
 * running simulator over loopback, with timings short enough for fault suites. Shared by
 * the service tests, the fault suite, the two-till test and the kill suite's child.
 */

export const ENVIRONMENT = 'training';
/** How long the simulator holds a stalled or late-landing request: past the client's deadline. */
export const STALL_MS = 2_000;
export const FAST_POLL: PollPolicy = { initialMs: 10, maxMs: 60, factor: 1.5 };
/**
 * Settled baskets are read again for a while (voids, payments after a decline). The
 * suites' device acts at once, so a short window does; reads slow to two a
 * second, or hundreds of watched baskets would flood the simulator sharing the process.
 */
export const FAST_VOID_WATCH: VoidWatchPolicy = { initialMs: 15, maxMs: 500, factor: 1.5, windowMs: 10_000, lateWindowMs: 10_000 };

export interface RigOptions {
  seed: number;
  poll?: PollPolicy;
  voidWatch?: VoidWatchPolicy;
  followUp?: FollowUpPolicy;
  tillNumber?: number;
  now?: () => number;
  /** The webhook value TokenX must send back; tills of one account share it. */
  authorization?: string;
  /**
   * The client's whole-request deadline: far longer than a normal answer on a loaded
   * machine, shorter than the simulator's stall (STALL_MS), so only a fault times out.
   */
  requestMs?: number;
}

export interface Rig {
  journal: CheckoutJournal;
  service: CheckoutService;
  webhook: WebhookService;
  client: TokenxClient;
  approvals: TestApprovals;
  audit: AuditEntry[];
  changes: CheckoutEntry[];
  recovery: RecoveryStatus[];
  authorization: string;
  close(): Promise<void>;
}

export async function buildRig(db: DatabaseSync, baseUrl: string, options: RigOptions): Promise<Rig> {
  const dispatcher = new Agent({ connect: { timeout: 500 }, keepAliveTimeout: 2_000 });
  let draw = options.seed >>> 0;
  const now = options.now ?? Date.now;
  const client = new TokenxClient({
    baseUrls: { auth: baseUrl, clientSettings: baseUrl, basket: baseUrl },
    credentials: () => ({ clientId: SIM_CLIENT_ID, clientSecret: SIM_CLIENT_SECRET }),
    dispatcher,
    clock: { now },
    log: silentLogger,
    timeouts: { connectMs: 1_000, requestMs: options.requestMs ?? 1_000 },
    retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
    random: () => {
      draw = (draw * 1_103_515_245 + 12_345) >>> 0;
      return draw / 4_294_967_296;
    },
  });
  const journal = new CheckoutJournal(db, now);
  const approvals = new TestApprovals();
  const audit: AuditEntry[] = [];
  const changes: CheckoutEntry[] = [];
  const recovery: RecoveryStatus[] = [];
  const service = new CheckoutService({
    journal,
    approvals,
    audit: { record: (entry) => audit.push(entry) },
    log: silentLogger,
    pollPolicy: () => options.poll ?? FAST_POLL,
    voidWatch: () => options.voidWatch ?? FAST_VOID_WATCH,
    followUp: () => options.followUp ?? DEFAULT_FOLLOW_UP,
    tillNumber: () => options.tillNumber ?? 1,
    now,
    onChange: (entry) => changes.push(entry),
    onRecovery: (status) => recovery.push(status),
  });
  const webhook = new WebhookService({
    db,
    now,
    log: silentLogger,
    onEvent: (payload) => service.handleWebhook(payload),
    onChange: () => undefined,
  });
  return {
    journal,
    service,
    webhook,
    client,
    approvals,
    audit,
    changes,
    recovery,
    authorization: options.authorization ?? `Bearer ${randomBytes(24).toString('base64url')}`,
    close: async () => {
      service.stop();
      await webhook.close();
      await dispatcher.close();
    },
  };
}

export interface StartOptions {
  /** The counter's terminal, for instant baskets; null sends nowhere by default. */
  terminalId: string | null;
  /** Where TokenX reaches this till: the loopback receiver itself (default), or a relay in front of several tills. */
  publicUrl?: string;
}

/** Registers the webhook (retrying through the simulator's faults) and runs start-up recovery. */
export async function startRig(rig: Rig, options: StartOptions): Promise<WebhookStatus> {
  let status: WebhookStatus | null = null;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    status = await rig.webhook.configure({
      environment: ENVIRONMENT,
      gateway: rig.client,
      port: 0,
      publicUrl: options.publicUrl ?? '',
      tunnel: { kind: 'none', program: '' },
      loopbackReachable: options.publicUrl === undefined,
      authorization: rig.authorization,
    });
    if (status.registration.state === 'registered') break;
  }
  await rig.service.activate({
    environment: ENVIRONMENT,
    gateway: rig.client,
    defaultTarget: options.terminalId === null ? null : { kind: 'terminal', terminalId: options.terminalId },
  });
  if (status === null) throw new Error('webhook never configured');
  return status;
}

/**
 * What the simulator holds for a basket, in the journal's terms, read off the
 * simulator's own record and the vendor's tables (not the app's code): null when
 * TokenX never got it. Device status 4 (network error) leaves it unsettled.
 */
export function truthOf(control: TokenxSimulatorControl, basketId: string): CheckoutState | 'unsettled' | null {
  const record = control.basket(basketId);
  if (record === undefined) return null;
  const sale = record.sale;
  if (sale === null) return record.deletedAt === null ? 'on-device' : 'deleted';
  switch (sale.status) {
    case 0:
    case 5:
      return 'paid';
    case 99:
      return 'receipt-voided';
    case 4:
      return 'unsettled';
    case -1: {
      const declineCode = /\b5\d{3}\b/u.test(sale.message) || (sale.paymentItems ?? []).some((item) => (item.status ?? 0) >= 5000);
      return declineCode || sale.message !== 'CANCELLED' ? 'declined' : 'cancelled-on-device';
    }
    default:
      return null;
  }
}

/**
 * Whether the journal agrees with TokenX about a basket: the same final state, or, for
 * a basket TokenX never took, a refusal or the cashier's drop, never a sale.
 */
export function agrees(entry: CheckoutEntry | undefined, truth: ReturnType<typeof truthOf>): boolean {
  if (entry === undefined || !entry.final) return false;
  if (truth === null) return entry.state === 'rejected' || entry.state === 'device-busy' || entry.state === 'dropped';
  return entry.state === truth;
}

export function tally(states: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const state of states) counts[state] = (counts[state] ?? 0) + 1;
  return counts;
}

