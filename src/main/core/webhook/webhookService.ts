import type { DatabaseSync } from 'node:sqlite';
import type { WebhookStatus } from '../../../shared/checkout/webhookStatus';
import type { TunnelSetting } from '../../../shared/settings';
import type { AppError } from '../../../shared/result';
import type { WebhookPayload } from '../../../shared/tokenx/basketModel';
import { isAppFailure } from '../failure';
import type { Logger } from '../ports';
import type { WebhookReceiver } from './receiver';
import { startWebhookReceiver, WEBHOOK_PATH } from './receiver';
import type { ClientSettingsGateway } from './registration';
import { WebhookRegistrar } from './registration';
import type { Tunnel } from './tunnel';
import { startTunnel } from './tunnel';
import { errorMessage } from '../../../shared/errorMessage';

/** Where TokenX should call this till, for the account the till uses right now. */
export interface WebhookConfig {
  environment: string;
  gateway: ClientSettingsGateway;
  /** The receiver's loopback port; 0 picks a free one. */
  port: number;
  /** Typed by the user (their tunnel or reverse proxy); '' when none. */
  publicUrl: string;
  /** The tunnel program started when no public URL is typed; kind `none` when none. */
  tunnel: TunnelSetting;
  /** True for the embedded simulator, which reaches the loopback receiver directly. */
  loopbackReachable: boolean;
  /**
   * The full Authorization value TokenX must send back (`callbackAuthHeader`). Made by
   * the TokenX connection from the account's keychain secret; never written to disk here.
   */
  authorization: string;
}

export interface WebhookServiceDeps {
  db: DatabaseSync;
  now: () => number;
  log: Logger;
  onEvent: (payload: WebhookPayload) => void;
  onChange: (status: WebhookStatus) => void;
  tunnelStartTimeoutMs?: number;
}

const INITIAL_STATUS: WebhookStatus = {
  receiver: { listening: false, port: null, error: null },
  tunnel: { state: 'off', publicUrl: null, error: null },
  registration: { state: 'no-public-url', ourUrl: null, registeredUrl: null, error: null },
};

/**
 * Owns the webhook path of one installation: the loopback receiver, the tunnel process
 * when one is configured, and the registration of the callback URL in TokenX's client
 * settings. The URL is a business-wide template (`…/tokenx/webhook/${terminal-id}`), so
 * every till of an account registers the same one, and a relay or reverse proxy routes
 * each terminal's deliveries to its own till. Deliveries are hints for the checkout,
 * which reads the basket before believing anything. Every failure here only slows
 * outcomes down: polling keeps working.
 */
export class WebhookService {
  readonly #deps: WebhookServiceDeps;
  readonly #registrar: WebhookRegistrar;
  #receiver: WebhookReceiver | null = null;
  #tunnel: { choice: string; port: number; tunnel: Tunnel } | null = null;
  #config: WebhookConfig | null = null;
  #status: WebhookStatus = INITIAL_STATUS;
  /** Configuration changes run one after another, so two never start two receivers. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(deps: WebhookServiceDeps) {
    this.#deps = deps;
    this.#registrar = new WebhookRegistrar(deps.db, deps.now);
  }

  status(): WebhookStatus {
    return this.#status;
  }

  /** Brings receiver, tunnel and registration in line with the account in use; never rejects. */
  configure(config: WebhookConfig): Promise<WebhookStatus> {
    return this.#serial(async () => {
      this.#config = config;
      await this.#ensureReceiver(config.port);
      await this.#ensureTunnel(config);
      await this.#registerNow(config, false);
      return this.#status;
    });
  }

  /** The settings screen's "register": another till's URL is replaced only when confirmed. */
  register(confirmOverwrite: boolean): Promise<WebhookStatus> {
    return this.#serial(async () => {
      const config = this.#config;
      if (config !== null) await this.#registerNow(config, confirmOverwrite);
      return this.#status;
    });
  }

  close(): Promise<void> {
    return this.#serial(async () => {
      this.#config = null;
      await this.#tunnel?.tunnel.stop();
      this.#tunnel = null;
      await this.#receiver?.close();
      this.#receiver = null;
    });
  }

  /** Follows the move of an account's rows to a new journal key. */
  renameEnvironment(from: string, to: string): void {
    this.#registrar.renameEnvironment(from, to);
  }

  async #ensureReceiver(port: number): Promise<void> {
    if (this.#receiver !== null && (port === 0 || this.#receiver.port === port)) return;
    await this.#receiver?.close();
    this.#receiver = null;
    try {
      this.#receiver = await startWebhookReceiver({
        port,
        expectedAuthorization: () => this.#config?.authorization ?? null,
        onEvent: (payload) => this.#deps.onEvent(payload),
        log: this.#deps.log,
      });
      this.#set({ receiver: { listening: true, port: this.#receiver.port, error: null } });
    } catch (error) {
      const reason = errorMessage(error);
      this.#set({
        receiver: {
          listening: false,
          port: null,
          error: {
            code: 'webhook.receiver-failed',
            message: `The webhook receiver could not listen on 127.0.0.1:${port} (${reason}). Choose another port in Settings → TokenX; outcomes still arrive by polling.`,
            messageTr: `Webhook alıcısı 127.0.0.1:${port} adresinde dinleyemedi (${reason}). Ayarlar → TokenX bölümünden başka bir port seçin; sonuçlar yoklama ile gelmeye devam eder.`,
            path: 'tokenx.webhookPort',
          },
        },
      });
    }
  }

  async #ensureTunnel(config: WebhookConfig): Promise<void> {
    const receiver = this.#receiver;
    const { tunnel: chosen } = config;
    const choice = JSON.stringify(chosen);
    const wanted = !config.loopbackReachable && config.publicUrl === '' && chosen.kind !== 'none' && receiver !== null;
    const current = this.#tunnel;
    if (current !== null && wanted && current.choice === choice && current.port === receiver.port) return;
    if (current !== null) {
      this.#tunnel = null;
      await current.tunnel.stop();
    }
    if (!wanted || chosen.kind === 'none') {
      this.#set({ tunnel: { state: 'off', publicUrl: null, error: null } });
      return;
    }
    this.#set({ tunnel: { state: 'starting', publicUrl: null, error: null } });
    try {
      const tunnel = await startTunnel({
        kind: chosen.kind,
        program: chosen.program,
        port: receiver.port,
        startTimeoutMs: this.#deps.tunnelStartTimeoutMs ?? 30_000,
        log: this.#deps.log,
        onExit: (code, signal) => this.#tunnelEnded(tunnel, code, signal),
      });
      this.#tunnel = { choice, port: receiver.port, tunnel };
      this.#set({ tunnel: { state: 'running', publicUrl: tunnel.publicUrl, error: null } });
    } catch (error) {
      this.#set({ tunnel: { state: 'failed', publicUrl: null, error: appErrorOf(error) } });
    }
  }

  #tunnelEnded(tunnel: Tunnel, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.#tunnel?.tunnel !== tunnel) return;
    this.#tunnel = null;
    this.#set({
      tunnel: {
        state: 'failed',
        publicUrl: null,
        error: {
          code: 'webhook.tunnel-exited',
          message: `The tunnel process ended (${signal ?? `exit code ${String(code)}`}). Outcomes arrive by polling until it is started again (save the TokenX settings).`,
          messageTr: `Tünel işlemi sonlandı (${signal ?? `çıkış kodu ${String(code)}`}). Yeniden başlatılana kadar (TokenX ayarlarını kaydedin) sonuçlar yoklama ile gelir.`,
        },
      },
    });
  }

  async #registerNow(config: WebhookConfig, confirmOverwrite: boolean): Promise<void> {
    const ourUrl = this.#ourUrl(config);
    if (ourUrl === null) {
      this.#set({ registration: { state: 'no-public-url', ourUrl: null, registeredUrl: null, error: null } });
      return;
    }
    this.#set({ registration: { state: 'checking', ourUrl, registeredUrl: this.#status.registration.registeredUrl, error: null } });
    const result = await this.#registrar.register(config.gateway, config.environment, ourUrl, config.authorization, confirmOverwrite);
    // Superseded by another account while TokenX answered: that one's registration is what counts.
    if (this.#config === config) this.#set({ registration: result });
  }

  #ourUrl(config: WebhookConfig): string | null {
    const receiver = this.#receiver;
    if (receiver === null) return null;
    if (config.loopbackReachable) return receiver.url;
    if (config.publicUrl !== '') return callbackTemplate(config.publicUrl);
    const tunnel = this.#tunnel;
    return tunnel === null ? null : callbackTemplate(tunnel.tunnel.publicUrl);
  }

  #set(patch: Partial<WebhookStatus>): void {
    this.#status = { ...this.#status, ...patch };
    this.#deps.onChange(this.#status);
  }

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.catch(() => undefined).then(work);
    this.#queue = next;
    return next;
  }
}

/** TokenX's placeholder for the terminal a delivery is about (reference §2.2). */
export const TERMINAL_PLACEHOLDER = '${terminal-id}';

/**
 * The callback URL every till of the business registers: a bare origin gets the
 * receiver's path, a URL with its own path is the user's reverse-proxy route; either
 * ends in the terminal placeholder, unless the user placed TokenX's placeholders
 * themselves.
 */
export function callbackTemplate(publicUrl: string): string {
  const url = new URL(publicUrl);
  const base = url.pathname === '/' || url.pathname === '' ? `${url.origin}${WEBHOOK_PATH}` : publicUrl.replace(/\/+$/, '');
  return publicUrl.includes('${') ? publicUrl.replace(/\/+$/, '') : `${base}/${TERMINAL_PLACEHOLDER}`;
}

function appErrorOf(error: unknown): AppError {
  if (isAppFailure(error)) return error.appError;
  const reason = errorMessage(error);
  return {
    code: 'webhook.tunnel-start-failed',
    message: `The tunnel could not be started (${reason}).`,
    messageTr: `Tünel başlatılamadı (${reason}).`,
  };
}
