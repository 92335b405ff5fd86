import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Dispatcher } from 'undici';
import type { CheckoutTarget } from '../../../shared/checkout/checkoutState';
import type { TokenxSimulatorInfo } from '../../../shared/checkout/tokenxSetup';
import type { Settings } from '../../../shared/settings';
import { AppFailure } from '../failure';
import type { Clock, Logger } from '../ports';
import type { SecretStore } from '../secrets/secretStore';
import type { TokenxBaseUrlSet, TokenxCredentials } from './client';
import { TokenxClient } from './client';
import { EmbeddedSimulator } from '../training/embeddedSimulator';
import type { EmbeddedTokenx } from '../training/tokenxSimulator';
import { errorMessage } from '../../../shared/errorMessage';

export interface TokenxConnectionDeps {
  clock: Clock;
  dispatcher: Dispatcher;
  log: Logger;
  settings: () => Settings;
  /** From the training status: the embedded simulator, or the configured account. */
  mode: () => 'simulator' | 'live';
  /** Whether the configured base URLs are ones the credentials may be sent to (see `shared/endpoints.ts`). */
  endpointAllowed: () => boolean;
  secrets: Pick<SecretStore, 'reveal'>;
  /** Starts the training simulator (injected, as for Tosla: the client never imports a simulator). */
  launchSimulator: () => Promise<EmbeddedTokenx>;
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

/** Where TokenX should call this till for the account, and the value it must send back. */
export interface AccountWebhook {
  port: number;
  publicUrl: string;
  tunnel: Settings['tokenx']['tunnel'];
  /** True for the embedded simulator, which reaches the loopback receiver directly. */
  loopbackReachable: boolean;
  /** The full Authorization value TokenX must send with every webhook (`callbackAuthHeader`). */
  authorization: string;
}

export interface ActiveAccount {
  /** Journal rows are keyed by it: `training`, `test:<fingerprint>` or `production:<fingerprint>`. */
  environment: string;
  /** The key this account's rows had before keys stopped carrying the client id; null when there is none. */
  legacyEnvironment: string | null;
  mode: 'simulator' | 'live';
  client: TokenxClient;
  terminalId: string;
  branchId: string;
  /** Where baskets go by default: this till's terminal or its branch's list; null while not set. */
  defaultTarget: CheckoutTarget | null;
  webhook: AccountWebhook;
  simulator: EmbeddedTokenx | null;
}

/**
 * Told of every switch of account; a switch is done once every listener's promise has
 * settled. `null` means no account: the switch failed, and nothing may be sold.
 */
export type AccountListener = (account: ActiveAccount | null) => void | Promise<void>;

/**
 * Which TokenX account the till talks to (the embedded simulator in training, the
 * configured one live), as one client with its target and webhook value. Every account
 * has its own journal key (`training`, `test:<fingerprint>`, `production:<fingerprint>`,
 * the fingerprint a hash of the client id, which itself never leaves main), so baskets
 * never mix; the checkout and the webhook follow a change through `onChange`.
 */
export class TokenxConnection {
  readonly #deps: TokenxConnectionDeps;
  #active: { plan: Plan; account: ActiveAccount } | null = null;
  readonly #simulator: EmbeddedSimulator<EmbeddedTokenx>;
  readonly #listeners = new Set<AccountListener>();
  #syncing: Promise<void> = Promise.resolve();
  #closed = false;
  /** Why the last switch failed, until one succeeds. */
  #failure: string | null = null;
  /** Training's webhook value: made per run, held in memory only (the simulator restarts with the app). */
  readonly #trainingWebhookAuthorization = `Bearer ${randomBytes(32).toString('base64url')}`;

  constructor(deps: TokenxConnectionDeps) {
    this.#deps = deps;
    this.#simulator = new EmbeddedSimulator(deps.launchSimulator);
  }

  /**
   * Registers a listener for every switch of account. The answer stops it: it resolves
   * once a switch under way has finished with it, so the listener's owner may close.
   */
  onChange(listener: AccountListener): () => Promise<void> {
    this.#listeners.add(listener);
    return async () => {
      this.#listeners.delete(listener);
      await this.#syncing;
    };
  }

  /**
   * Follows the settings and the training status: called at start-up and whenever either
   * changes. Runs one at a time, each against the latest settings; an unchanged account
   * is left alone. Resolves when every listener has taken the account (the checkout's
   * recovery has had its first pass); never rejects (a failed switch is logged, and the
   * next change tries again).
   */
  sync(): Promise<void> {
    this.#syncing = this.#syncing
      .then(() => this.#syncNow())
      .catch(async (error: unknown) => {
        // Never keep selling on the previous account when the settings asked for another.
        this.#active = null;
        this.#failure = errorMessage(error);
        this.#deps.log.error('checkout account switch failed', { error: this.#failure });
        await this.#tell(null).catch(() => undefined);
      });
    return this.#syncing;
  }

  current(): ActiveAccount {
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
    const account = this.current();
    if (account.mode === 'live' && this.#liveCredentials() === null) {
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
    this.#closed = true;
    await this.#syncing;
    this.#active = null;
    await this.#simulator.close();
  }

  async #syncNow(): Promise<void> {
    if (this.#closed) return;
    const settings = this.#deps.settings();
    const mode = this.#deps.mode();
    const simulator = mode === 'simulator' ? await this.#simulator.get() : null;
    const plan = simulator === null ? livePlan(settings, this.#liveCredentials()) : trainingPlan(settings, simulator);
    if (this.#active?.plan.key === plan.key) return;
    const client = new TokenxClient({
      baseUrls: plan.baseUrls,
      credentials: () => (simulator === null ? this.#liveCredentials() : { clientId: simulator.clientId, clientSecret: simulator.clientSecret }),
      dispatcher: this.#deps.dispatcher,
      clock: this.#deps.clock,
      log: this.#deps.log,
    });
    const account: ActiveAccount = {
      environment: plan.environment,
      legacyEnvironment: plan.legacyEnvironment,
      mode: plan.mode,
      client,
      terminalId: plan.terminalId,
      branchId: plan.branchId,
      defaultTarget: targetOf(plan),
      webhook: {
        ...plan.webhook,
        loopbackReachable: simulator !== null,
        authorization: simulator === null ? this.#liveWebhookAuthorization(plan) : this.#trainingWebhookAuthorization,
      },
      simulator,
    };
    this.#active = { plan, account };
    this.#failure = null;
    this.#deps.log.info('checkout account', { environment: plan.environment, mode: plan.mode });
    await this.#tell(account);
  }

  async #tell(account: ActiveAccount | null): Promise<void> {
    await Promise.all([...this.#listeners].map((listener) => listener(account)));
  }

  /** The live account's credentials, never sent to a base URL outside the vendor's published hosts (an older setting, or a file edited by hand). */
  #liveCredentials(): TokenxCredentials | null {
    if (!this.#deps.endpointAllowed()) return null;
    const clientId = this.#deps.secrets.reveal('tokenx.clientId');
    const clientSecret = this.#deps.secrets.reveal('tokenx.clientSecret');
    return clientId === undefined || clientSecret === undefined ? null : { clientId, clientSecret };
  }

  /**
   * The value TokenX must send with every webhook. Client settings belong to the whole
   * business, so every till of an account must register the same value: it is derived
   * from the account's client secret (held in the keychain), never stored, and changes
   * whenever the account or its secret does.
   */
  #liveWebhookAuthorization(plan: Plan): string {
    const secret = this.#liveCredentials()?.clientSecret ?? '';
    const value = createHmac('sha256', secret).update(`tezgah-webhook-v1|${plan.environment}`).digest('base64url');
    return `Bearer ${value}`;
  }
}

/** No account yet: the connection (and with it the checkout) is still starting. */
export function checkoutNotReady(): AppFailure {
  return new AppFailure(
    'checkout.not-ready',
    'The checkout is still starting. Try again in a moment.',
    'Ödeme modülü henüz başlıyor. Birazdan tekrar deneyin.',
  );
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
