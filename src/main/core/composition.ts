import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { settingsApproval } from '../../shared/approvals';
import type { ImportFile } from '../../shared/contract/catalog';
import type { Result } from '../../shared/result';
import { createCallGate } from './access/callGate';
import { auditMigrations } from './audit/auditMigrations';
import { createAuditModule } from './audit/auditModule';
import { catalogMigrations } from './catalog/catalogMigrations';
import { createCatalogModule } from './catalog/catalogModule';
import { createCheckoutModule } from './checkout/checkoutModule';
import { checkoutMigrations } from './checkout/journal';
import { isAppFailure } from './failure';
import type { HandlerTable, Invoke } from './ipc/dispatcher';
import { createInvoke } from './ipc/dispatcher';
import { handlerTable } from './ipc/handlerTable';
import type { EventListener } from './ipc/events';
import { EventBus } from './ipc/events';
import type { CorePorts } from './ports';
import { SecretStore } from './secrets/secretStore';
import { createSettingsModule } from './settings/settingsModule';
import { SettingsService } from './settings/settingsService';
import { openDatabase } from './storage/database';
import { createSupportModule } from './support/supportModule';
import { createTillModule } from './till/tillModule';
import { createTokenxModule } from './tokenx/tokenxModule';
import { toslaMigrations } from './tosla/toslaMigrations';
import { createToslaModule } from './tosla/toslaModule';
import { launchEmbeddedTokenx } from './training/tokenxSimulator';
import { launchEmbeddedTosla } from './training/toslaSimulator';
import { usersMigrations } from './users/usersMigrations';
import { createUsersModule } from './users/usersModule';
import { webhookMigrations } from './webhook/registration';
import { createWebhookModule } from './webhook/webhookModule';

export interface Core {
  invoke: Invoke;
  /** Takes a product file streamed to main (the web harness's upload) and answers its import handle. */
  receiveImportFile(fileName: string, body: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<Result<ImportFile>>;
  subscribe(listener: EventListener): () => void;
  close(): Promise<void>;
}

/**
 * The composition root of the plain-Node core: the ports, then one module per domain,
 * started in this order once all exist and closed in the reverse order. The shell (or
 * the web harness) exposes the one entry it returns.
 */
export async function createCore(ports: CorePorts): Promise<Core> {
  const { clock, log, dataDir } = ports;
  ownerOnlyFolder(dataDir);
  const events = new EventBus();
  const settings = new SettingsService(ports.stores.settings, log, clock);
  const secrets = new SecretStore(ports.cipher, ports.stores.secrets, () => settings.get().allowWeakSecretStorage);
  const db = openDatabase({
    file: join(dataDir, 'pos.sqlite'),
    migrations: [auditMigrations, usersMigrations, catalogMigrations, toslaMigrations, checkoutMigrations, webhookMigrations],
    now: clock.now,
  });

  const audit = createAuditModule({ db, clock, headStore: ports.stores.settings });
  const users = createUsersModule({ db, audit: audit.log, clock, till: () => settings.get().till });
  users.session.onChange((current) => events.emit('users.currentChanged', current));
  const { actor } = users;
  const settingsModule = createSettingsModule({
    host: ports.host,
    settings,
    secrets,
    audit: audit.log,
    actor,
    users: users.service,
    events,
    openExternal: ports.openExternal,
  });
  const { training } = settingsModule;

  const tokenx = createTokenxModule({
    ports,
    settings,
    secrets,
    onAnyChange: settingsModule.onAnyChange,
    launchSimulator: () => launchEmbeddedTokenx(clock, join(dataDir, 'training', 'tokenx-simulator.json')),
  });
  const checkout = createCheckoutModule({
    db,
    clock,
    log,
    approvals: users.approvals,
    audit: audit.log,
    actor,
    settings: () => settings.get(),
    connection: tokenx.connection,
    onChange: (entry) => events.emit('checkout.changed', entry),
    onRecovery: (status) => events.emit('checkout.recovery', status),
  });
  const webhook = createWebhookModule({
    db,
    clock,
    log,
    connection: tokenx.connection,
    onDelivery: (payload) => checkout.service.handleWebhook(payload),
    onChange: (status) => events.emit('webhook.changed', status),
    settings,
    users: users.service,
    audit: audit.log,
    actor,
    chooseFile: ports.dialogs?.chooseProgram,
  });

  const catalog = createCatalogModule({
    db,
    clock,
    audit: audit.log,
    // Changing products is back-office work: the same right as changing settings.
    authorize: (operation, target, approvalToken) => users.authorizer.authorize(settingsApproval(operation, target), approvalToken),
    sent: { wasSent: (basketId) => checkout.journal.has(basketId) },
    changed: (change) => events.emit('catalog.changed', change),
    importDir: join(dataDir, 'imports'),
    pickImportFile: ports.dialogs?.chooseImportFile,
    importProgress: (progress) => events.emit('catalog.importProgress', progress),
    inTraining: () => training().active,
  });

  const tosla = createToslaModule({
    db,
    ports,
    settings,
    secrets,
    approvals: users.approvals,
    audit: audit.log,
    events,
    actor,
    launchSimulator: () => launchEmbeddedTosla(clock, join(dataDir, 'training', 'tosla-simulator.json')),
  });

  // A newcomer may try the till in training before anyone is set up; once a user exists, selling needs one signed in.
  const anonymousTraining = () => users.session.current().needsBootstrap && training().services.tokenx === 'simulator';
  const till = createTillModule({
    session: users.session,
    authorizer: users.authorizer,
    audit: audit.log,
    limits: () => settings.get().till.discountLimitPercent,
    anonymousTraining,
  });

  const support = createSupportModule({
    events,
    updates: {
      port: ports.updater ?? null,
      currentVersion: ports.host.appVersion,
      clock,
      log,
      // Read through the contract, as the till screen reads it: the checkout stays the only judge of "in flight".
      basketsInFlight: async () => {
        const unfinished = await internal('checkout.list', { unfinishedOnly: true, limit: 1 });
        return unfinished.ok && Array.isArray(unfinished.value) ? unfinished.value.length : null;
      },
    },
    diagnostics: { dataDir, host: ports.host, clock, clipboard: ports.clipboard ?? null },
    training,
    secrets: () => secrets.status(),
    ask: async (call) => {
      const answer = await internal(call, undefined);
      return answer.ok ? answer.value : answer.error;
    },
  });

  const modules = [audit, users, settingsModule, tokenx, checkout, webhook, catalog, tosla, till, support];
  const handlers: HandlerTable = handlerTable(modules);
  // The renderer's calls pass the gate (who may make each call); main's own reads of its contract do not.
  const gate = createCallGate({ session: users.session, anonymousTraining });
  const invoke = createInvoke(handlers, log, gate);
  const internal = createInvoke(handlers, log);
  for (const module of modules) module.start?.();

  return {
    invoke,
    receiveImportFile: async (fileName, body) => {
      try {
        // The upload stands in for main's file dialog, so the same people may make it.
        gate('catalog.chooseImportFile', undefined);
        return { ok: true, value: await catalog.service.receiveImportFile(fileName, body) };
      } catch (error) {
        if (isAppFailure(error)) return { ok: false, error: error.appError };
        throw error;
      }
    },
    subscribe: (listener) => events.subscribe(listener),
    close: async () => {
      for (const module of [...modules].reverse()) await module.close?.();
      db.close();
    },
  };
}

/** The data folder holds the database, settings, secrets and the simulators' state: this user's alone. */
function ownerOnlyFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') chmodSync(dir, 0o700);
}
