import type { Dispatcher } from 'undici';
import type { ServiceEnvironment } from '../../../shared/settings';
import type { ToslaEnvironment } from '../../../shared/tosla/views';
import { AppFailure } from '../failure';
import type { Clock } from '../ports';
import type { SecretStore } from '../secrets/secretStore';
import { EmbeddedSimulator } from '../training/embeddedSimulator';
import type { EmbeddedTosla } from '../training/toslaSimulator';
import type { ToslaCredentials } from './hash';
import { ToslaClient } from './toslaClient';

/** Which Tosla to talk to right now: the embedded simulator, or the configured live service. */
export interface ToslaTarget {
  mode: 'simulator' | 'live';
  /** Live only: the configured base URL and environment. */
  baseUrl: string;
  environment: ServiceEnvironment;
  /** Live only: whether the base URL is one the credentials may be sent to (see `shared/endpoints.ts`). */
  endpointAllowed: boolean;
}

export interface ToslaLink {
  environment: ToslaEnvironment;
  mode: 'simulator' | 'live';
  baseUrl: string;
  client: ToslaClient;
  /** How long after sending a lost answer can still land at Tosla; only then may "not applied" be concluded. */
  settleAfterMs: number;
}

export interface ToslaConnectionDeps {
  target: () => ToslaTarget;
  secrets: Pick<SecretStore, 'reveal'>;
  dispatcher: Dispatcher;
  clock: Clock;
  onClockSkew: (skewMs: number) => void;
  /** Starts the training simulator (injected, as for TokenX: the client never imports a simulator). */
  launchSimulator: () => Promise<EmbeddedTosla>;
  timeoutMs?: number;
}

/** Well past the client timeout, so a request Tosla was still working on has landed. */
const LIVE_SETTLE_MS = 120_000;
const SIMULATOR_SETTLE_MS = 5_000;

/**
 * Hands out a client for the current mode. In training the simulator is started the
 * first time it is needed and signs as the merchant it knows; live calls use settings and
 * the secret store.
 */
export class ToslaConnection {
  readonly #deps: ToslaConnectionDeps;
  readonly #simulator: EmbeddedSimulator<EmbeddedTosla>;
  #cached: { key: string; link: ToslaLink } | null = null;

  constructor(deps: ToslaConnectionDeps) {
    this.#deps = deps;
    this.#simulator = new EmbeddedSimulator(deps.launchSimulator);
  }

  /** The environment journal rows are filed under right now; starts nothing. */
  environment(): ToslaEnvironment {
    const target = this.#deps.target();
    return target.mode === 'simulator' ? 'training' : target.environment;
  }

  async current(): Promise<ToslaLink> {
    const target = this.#deps.target();
    if (target.mode === 'simulator') {
      const simulator = await this.#simulator.get();
      return this.#link('training', 'simulator', simulator.baseUrl, simulator.credentials, SIMULATOR_SETTLE_MS);
    }
    if (!target.endpointAllowed) {
      throw new AppFailure(
        'tosla.endpoint-not-allowed',
        `The Tosla address ${target.baseUrl} is not one of Tosla's published addresses, so the credentials are not sent to it. Choose the environment again in Settings → Tosla, or have an admin allow it as a custom host.`,
        `Tosla adresi ${target.baseUrl}, Tosla'nın yayımladığı adreslerden biri değil; kimlik bilgileri oraya gönderilmez. Ayarlar → Tosla'dan ortamı yeniden seçin ya da bir admin bunu özel sunucu olarak eklesin.`,
        'tosla.baseUrl',
      );
    }
    return this.#link(target.environment, 'live', target.baseUrl, this.#liveCredentials(), LIVE_SETTLE_MS);
  }

  /** The embedded simulator's control token while in training (it is running by then); null live. */
  async simulatorToken(): Promise<string | null> {
    if (this.#deps.target().mode !== 'simulator') return null;
    return (await this.#simulator.get()).controlToken;
  }

  close(): Promise<void> {
    return this.#simulator.close();
  }

  #link(
    environment: ToslaEnvironment,
    mode: 'simulator' | 'live',
    baseUrl: string,
    credentials: ToslaCredentials,
    settleAfterMs: number,
  ): ToslaLink {
    const key = JSON.stringify([environment, baseUrl, credentials.clientId, credentials.apiUser, credentials.apiPass]);
    if (this.#cached?.key === key) return this.#cached.link;
    const client = new ToslaClient({
      baseUrl,
      credentials,
      dispatcher: this.#deps.dispatcher,
      clock: this.#deps.clock,
      timeoutMs: this.#deps.timeoutMs,
      onClockSkew: this.#deps.onClockSkew,
    });
    const link: ToslaLink = { environment, mode, baseUrl, client, settleAfterMs };
    this.#cached = { key, link };
    return link;
  }

  #liveCredentials(): ToslaCredentials {
    const clientId = this.#deps.secrets.reveal('tosla.clientId');
    const apiUser = this.#deps.secrets.reveal('tosla.apiUser');
    const apiPass = this.#deps.secrets.reveal('tosla.apiPass');
    if (clientId === undefined || apiUser === undefined || apiPass === undefined) {
      throw new AppFailure(
        'tosla.credentials-missing',
        'Tosla live mode needs the client id, API user and API password; enter them in settings or switch training mode on.',
        'Tosla canlı modu müşteri numarası, API kullanıcısı ve API şifresi ister; bunları ayarlara girin veya eğitim modunu açın.',
      );
    }
    return { clientId, apiUser, apiPass };
  }
}
