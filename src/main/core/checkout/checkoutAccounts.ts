import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { Dispatcher } from 'undici';
import type { CheckoutEntry, CheckoutTarget, RecoveryStatus } from '../../../shared/checkout/checkoutState';
import type { TokenxSimulatorInfo } from '../../../shared/checkout/tokenxSetup';
import type { WebhookStatus } from '../../../shared/checkout/webhookStatus';
import type { Settings } from '../../../shared/settings';
import type { ApprovalVerifier, AuditSink } from '../auth/ports';
import { AppFailure } from '../failure';
import type { Clock, Logger } from '../ports';
import type { TokenxBaseUrlSet, TokenxClientOptions, TokenxCredentials } from '../tokenx/client';
import { TokenxClient } from '../tokenx/client';
import { EmbeddedSimulator } from '../training/embeddedSimulator';
import type { EmbeddedTokenx } from '../training/tokenxSimulator';
import { WebhookService } from '../webhook/webhookService';
import type { VoidWatchPolicy } from './checkoutService';
import { CheckoutService, checkoutNotReady } from './checkoutService';
import { DEFAULT_FOLLOW_UP } from './followUpPolicy';
import type { FollowUpPolicy } from './followUpPolicy';
import { CheckoutJournal, publicEntry } from './journal';
import type { PollPolicy } from './poller';
import { errorMessage } from '../../../shared/errorMessage';

export interface CheckoutAccountsDeps {
  db: DatabaseSync;
  clock: Clock;
  dispatcher: Dispatcher;
  log: Logger;
  approvals: ApprovalVerifier;
  audit: AuditSink;
  settings: () => Settings;
  /** From the training status: the embedded simulator, or the configured account. */
  tokenxMode: () => 'simulator' | 'live';
  /** The live account's credentials (secret store); null while not both are set. */
  liveCredentials: () => TokenxCredentials | null;
  launchSimulator: () => Promise<EmbeddedTokenx>;
  onChange: (entry: CheckoutEntry) => void;
  onRecovery: (status: RecoveryStatus) => void;
  onWebhook: (status: WebhookStatus) => void;
  /** Tests shorten the client's retries and timeouts. */
  tokenx?: Pick<TokenxClientOptions, 'retry' | 'timeouts' | 'sleep'>;
  voidWatch?: VoidWatchPolicy;
  followUp?: FollowUpPolicy;
}

/** Everything about the account that, when it changes, makes the checkout start over. */
interface Plan {
  key: string;
  environment: string;
  mode: 'simulator' | 'live';
  baseUrls: TokenxBaseUrlSet;
  terminalId: string;
  branchId: string;
  target: Settings['tokenx']['target'];
  webhook: { port: number; publicUrl: string; tunnel: Settings['tokenx']['tunnel'] };
  /** The journal key this account's rows had before keys stopped carrying the client id. */
  legacyEnvironment: string | null;
}

export interface ActiveAccount {
  environment: string;
  mode: 'simulator' | 'live';
  client: TokenxClient;
  terminalId: string;
  branchId: string;
  simulator: EmbeddedTokenx | null;
}

/**
 * Half an hour covers a receipt voided at the till right after a sale; five minutes a
 * payment that comes after a cancel or a decline was reported. Reads slow to one every
 * two minutes.
 */
const DEFAULT_VOID_WATCH: VoidWatchPolicy = {
  initialMs: 15_000,
  maxMs: 120_000,
  factor: 2,
  windowMs: 30 * 60_000,
  lateWindowMs: 5 * 60_000,
};

/**
 * The checkout as the app runs it: which TokenX account it talks to (the embedded
 * simulator in training, the configured one live), the journal and service on that
 * account, and the webhook path in front of it. Every account has its own journal key
 * (`training`, `test:<fingerprint>`, `production:<fingerprint>`, the fingerprint a hash
 * of the client id, which itself never leaves main), so baskets never mix, and a change
 * of account reconciles the new account's unfinished baskets before selling.
 */
export class CheckoutAccounts {
  readonly journal: CheckoutJournal;
  readonly service: CheckoutService;
  readonly webhook: WebhookService;
  readonly #deps: CheckoutAccountsDeps;
  #active: { plan: Plan; account: ActiveAccount } | null = null;
  readonly #simulator: EmbeddedSimulator<EmbeddedTokenx>;
  #syncing: Promise<void> = Promise.resolve();
  /** Why the last switch failed, until one succeeds. */
  #failure: string | null = null;
  /** Training's webhook value: made per run, held in memory only (the simulator restarts with the app). */
  readonly #trainingWebhookAuthorization = `Bearer ${randomBytes(32).toString('base64url')}`;

  constructor(deps: CheckoutAccountsDeps) {
    this.#deps = deps;
    this.#simulator = new EmbeddedSimulator(deps.launchSimulator);
    const journal = new CheckoutJournal(deps.db, deps.clock.now);
    this.journal = journal;
    this.service = new CheckoutService({
      journal,
      approvals: deps.approvals,
      audit: deps.audit,
      log: deps.log,
      pollPolicy: () => pollPolicy(deps.settings().tokenx.pollIntervalMs),
      voidWatch: () => deps.voidWatch ?? DEFAULT_VOID_WATCH,
      followUp: () => deps.followUp ?? DEFAULT_FOLLOW_UP,
      tillNumber: () => deps.settings().tokenx.tillNumber,
      now: deps.clock.now,
      onChange: (entry) => deps.onChange(publicEntry(entry)),
      onRecovery: deps.onRecovery,
    });
    this.webhook = new WebhookService({
      db: deps.db,
      now: deps.clock.now,
      log: deps.log,
      onEvent: (payload) => this.service.handleWebhook(payload),
      onChange: deps.onWebhook,
    });
  }

  /**
   * Follows the settings and the training status: called at start-up and whenever either
   * changes. Runs one at a time, each against the latest settings; an unchanged account
   * is left alone. Resolves when the account's recovery has had its first pass; never
   * rejects (a failed switch is logged, and the next change tries again).
   */
  sync(): Promise<void> {
    this.#syncing = this.#syncing
      .then(() => this.#syncNow())
      .catch((error: unknown) => {
        // Never keep selling on the previous account when the settings asked for another.
        this.service.deactivate();
        this.#active = null;
        this.#failure = errorMessage(error);
        this.#deps.log.error('checkout account switch failed', { error: this.#failure });
      });
    return this.#syncing;
  }

  account(): ActiveAccount {
    if (this.#active === null && this.#failure !== null) {
      throw new AppFailure(
        'checkout.start-failed',
        `The checkout could not start on the chosen TokenX account (${this.#failure}). Check Settings → TokenX, or restart the app.`,
        `Ödeme modülü seçili TokenX hesabıyla başlatılamadı (${this.#failure}). Ayarlar → TokenX bölümünü kontrol edin veya uygulamayı yeniden başlatın.`,
      );
    }
    if (this.#active === null) throw checkoutNotReady();
    return this.#active.account;
  }

  /** Live without both credentials nothing can be sent; the cashier is told where to fix it. */
  assertCanSell(): void {
    const account = this.account();
    if (account.mode === 'live' && this.#deps.liveCredentials() === null) {
      throw new AppFailure(
        'checkout.credentials-missing',
        'TokenX is set to live but its client id and secret are not both saved. Enter them in Settings → TokenX, or turn training mode on.',
        'TokenX canlı moda ayarlı ama istemci kimliği ve gizli anahtarı birlikte kayıtlı değil. Ayarlar → TokenX bölümünden girin veya eğitim modunu açın.',
        'tokenx.clientId',
      );
    }
  }

  simulatorInfo(): TokenxSimulatorInfo | null {
    const simulator = this.#active?.account.simulator ?? null;
    if (simulator === null) return null;
    const { baseUrl, okcUrl, clientId, branchId, terminalId, terminalIds } = simulator;
    return { baseUrl, okcUrl, clientId, branchId, terminalId, terminalIds };
  }

  async close(): Promise<void> {
    await this.#syncing;
    this.service.stop();
    this.#active = null;
    await this.webhook.close();
    await this.#simulator.close();
  }

  async #syncNow(): Promise<void> {
    const settings = this.#deps.settings();
    const mode = this.#deps.tokenxMode();
    const simulator = mode === 'simulator' ? await this.#simulator.get() : null;
    const plan = simulator === null ? livePlan(settings, this.#deps.liveCredentials()) : trainingPlan(settings, simulator);
    if (this.#active?.plan.key === plan.key) return;
    this.service.deactivate();
    const client = new TokenxClient({
      baseUrls: plan.baseUrls,
      credentials: () =>
        simulator === null ? this.#deps.liveCredentials() : { clientId: simulator.clientId, clientSecret: simulator.clientSecret },
      dispatcher: this.#deps.dispatcher,
      clock: this.#deps.clock,
      log: this.#deps.log,
      ...this.#deps.tokenx,
    });
    const account: ActiveAccount = {
      environment: plan.environment,
      mode: plan.mode,
      client,
      terminalId: plan.terminalId,
      branchId: plan.branchId,
      simulator,
    };
    this.#active = { plan, account };
    this.#failure = null;
    this.#deps.log.info('checkout account', { environment: plan.environment, mode: plan.mode });
    if (plan.legacyEnvironment !== null) {
      const moved = this.journal.renameEnvironment(plan.legacyEnvironment, plan.environment);
      this.webhook.renameEnvironment(plan.legacyEnvironment, plan.environment);
      if (moved > 0) this.#deps.log.info('checkout journal rows moved to the fingerprint key', { moved });
    }
    // The webhook only speeds outcomes up, so selling never waits for a tunnel or a registration.
    void this.webhook.configure({
      environment: plan.environment,
      gateway: client,
      port: plan.webhook.port,
      publicUrl: plan.webhook.publicUrl,
      tunnel: plan.webhook.tunnel,
      loopbackReachable: simulator !== null,
      authorization: simulator === null ? this.#liveWebhookAuthorization(plan) : this.#trainingWebhookAuthorization,
    });
    await this.service.activate({ environment: plan.environment, gateway: client, defaultTarget: targetOf(plan) });
  }

  /**
   * The value TokenX must send with every webhook. Client settings belong to the whole
   * business, so every till of an account must register the same value: it is derived
   * from the account's client secret (held in the keychain), never stored, and changes
   * whenever the account or its secret does.
   */
  #liveWebhookAuthorization(plan: Plan): string {
    const secret = this.#deps.liveCredentials()?.clientSecret ?? '';
    const value = createHmac('sha256', secret).update(`tezgah-webhook-v1|${plan.environment}`).digest('base64url');
    return `Bearer ${value}`;
  }

}

function pollPolicy(intervalMs: number): PollPolicy {
  return { initialMs: Math.round(intervalMs / 2), maxMs: intervalMs * 2, factor: 1.5 };
}

function targetOf(plan: Plan): CheckoutTarget | null {
  if (plan.target === 'branch') return plan.branchId === '' ? null : { kind: 'branch', branchId: plan.branchId };
  return plan.terminalId === '' ? null : { kind: 'terminal', terminalId: plan.terminalId };
}

function webhookOf(settings: Settings): Plan['webhook'] {
  const { webhookPort, publicUrl, tunnel } = settings.tokenx;
  return { port: webhookPort, publicUrl, tunnel };
}

function trainingPlan(settings: Settings, simulator: EmbeddedTokenx): Plan {
  const base = simulator.baseUrl;
  const plan = {
    environment: 'training',
    mode: 'simulator' as const,
    baseUrls: { auth: base, clientSettings: base, basket: base },
    terminalId: simulator.terminalId,
    branchId: simulator.branchId,
    target: settings.tokenx.target,
    webhook: webhookOf(settings),
    legacyEnvironment: null,
  };
  return { ...plan, key: JSON.stringify(plan) };
}

/** A stable, non-reversible stand-in for the client id in journal keys, logs and the screens. */
export const accountFingerprint = (clientId: string): string => createHash('sha256').update(clientId, 'utf8').digest('hex').slice(0, 12);

function livePlan(settings: Settings, credentials: TokenxCredentials | null): Plan {
  const { tokenx } = settings;
  const plan = {
    environment: `${tokenx.environment}:${credentials === null ? 'no-client-id' : accountFingerprint(credentials.clientId)}`,
    legacyEnvironment: credentials === null ? null : `${tokenx.environment}:${credentials.clientId}`,
    mode: 'live' as const,
    baseUrls: tokenx.baseUrls,
    terminalId: tokenx.terminalId,
    branchId: tokenx.branchId,
    target: tokenx.target,
    webhook: webhookOf(settings),
  };
  return { ...plan, key: JSON.stringify(plan) };
}
