import type { DatabaseSync } from 'node:sqlite';
import type { WebhookStatus } from '../../../shared/checkout/webhookStatus';
import type { TokenxOutcome } from '../tokenx/outcome';
import type { MigrationSet } from '../storage/database';

export const webhookMigrations: MigrationSet = {
  module: 'webhook',
  migrations: [
    {
      version: 1,
      description: 'callback URLs this workstation registered, per environment',
      up: `CREATE TABLE webhook_registrations (
             environment TEXT PRIMARY KEY,
             callback_url TEXT NOT NULL,
             registered_at INTEGER NOT NULL
           ) STRICT`,
    },
    {
      version: 2,
      description: 'the Authorization value TokenX sends with webhooks, made once per installation',
      up: `CREATE TABLE webhook_auth (
             id INTEGER PRIMARY KEY CHECK (id = 1),
             authorization TEXT NOT NULL,
             created_at INTEGER NOT NULL
           ) STRICT`,
    },
    {
      version: 3,
      description: 'the webhook value leaves the database: it is derived from the keychain-held account secret',
      up: `DROP TABLE webhook_auth`,
    },
  ],
};

export interface ClientSettingsGateway {
  getClientSettings(): Promise<TokenxOutcome<{ callbackUrl?: string | null }>>;
  setClientSettings(settings: { callbackUrl: string; callbackAuthHeader: string }): Promise<TokenxOutcome<unknown>>;
}

export type RegistrationResult = WebhookStatus['registration'];

/**
 * Puts this workstation's callback URL into TokenX's client settings, which belong to
 * the whole business. The current value is read first; another workstation's URL is
 * only replaced on explicit confirmation. A URL this workstation registered before (a
 * quick tunnel gets a new one each start) counts as its own.
 */
export class WebhookRegistrar {
  readonly #db: DatabaseSync;
  readonly #now: () => number;

  constructor(db: DatabaseSync, now: () => number) {
    this.#db = db;
    this.#now = now;
  }

  async register(
    gateway: ClientSettingsGateway,
    environment: string,
    ourUrl: string,
    authorization: string,
    confirmOverwrite: boolean,
  ): Promise<RegistrationResult> {
    const read = await gateway.getClientSettings();
    if (read.kind !== 'ok') return failed(ourUrl, null, read, 'read');
    const registeredUrl = read.value.callbackUrl?.trim() || null;
    const ours = registeredUrl === null || registeredUrl === ourUrl || registeredUrl === this.lastRegistered(environment);
    if (!ours && !confirmOverwrite) {
      return { state: 'conflict', ourUrl, registeredUrl, error: null };
    }
    // Remembered before the call: if its answer is lost, the URL is still known as ours next time.
    this.#remember(environment, ourUrl);
    const written = await gateway.setClientSettings({ callbackUrl: ourUrl, callbackAuthHeader: authorization });
    if (written.kind !== 'ok') return failed(ourUrl, registeredUrl, written, 'write');
    return { state: 'registered', ourUrl, registeredUrl: ourUrl, error: null };
  }

  renameEnvironment(from: string, to: string): void {
    this.#db
      .prepare('UPDATE OR IGNORE webhook_registrations SET environment = ? WHERE environment = ?')
      .run(to, from);
  }

  lastRegistered(environment: string): string | null {
    const row = this.#db.prepare('SELECT callback_url FROM webhook_registrations WHERE environment = ?').get(environment) as
      | { callback_url: string }
      | undefined;
    return row?.callback_url ?? null;
  }

  #remember(environment: string, url: string): void {
    this.#db
      .prepare(
        `INSERT INTO webhook_registrations (environment, callback_url, registered_at) VALUES (?, ?, ?)
         ON CONFLICT (environment) DO UPDATE SET callback_url = excluded.callback_url, registered_at = excluded.registered_at`,
      )
      .run(environment, url, this.#now());
  }
}

function failed(
  ourUrl: string,
  registeredUrl: string | null,
  answer: Exclude<TokenxOutcome<unknown>, { kind: 'ok' }>,
  step: 'read' | 'write',
): RegistrationResult {
  const what = step === 'read' ? 'Reading' : 'Saving';
  const whatTr = step === 'read' ? 'okunamadı' : 'kaydedilemedi';
  const why =
    answer.kind === 'unknown' ? `no answer (${answer.reason})` : `TokenX refused it: ${answer.code} ${answer.description}`;
  const whyTr =
    answer.kind === 'unknown' ? `yanıt yok (${answer.reason})` : `TokenX reddetti: ${answer.code} ${answer.description}`;
  return {
    state: 'failed',
    ourUrl,
    registeredUrl,
    error: {
      code: `webhook.registration-${step}-failed`,
      message: `${what} TokenX's webhook settings failed: ${why}. Baskets are still followed by polling.`,
      messageTr: `TokenX webhook ayarları ${whatTr}: ${whyTr}. Sepetler yoklama ile izlenmeye devam ediyor.`,
    },
  };
}
