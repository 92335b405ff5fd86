import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { settingsApproval } from '../../shared/approvals';
import type { DatabaseSync } from 'node:sqlite';
import { createCallGate } from './access/callGate';
import { appHandlers } from './appHandlers';
import { auditHandlers } from './audit/auditHandlers';
import { storeHeadMirror } from './audit/auditHeadMirror';
import { AuditLog } from './audit/auditLog';
import { auditMigrations } from './audit/auditMigrations';
import type { ApprovalVerifier, AuditSink } from './auth/ports';
import { catalogHandlers } from './catalog/catalogHandlers';
import { checkoutHandlers } from './checkout/checkoutHandlers';
import { CheckoutModule } from './checkout/checkoutModule';
import { checkoutMigrations } from './checkout/journal';
import { catalogMigrations } from './catalog/catalogMigrations';
import { createCatalogModule } from './catalog/catalogModule';
import type { ImportFile } from '../../shared/contract/catalog';
import type { Result } from '../../shared/result';
import { isAppFailure } from './failure';
import type { Invoke } from './ipc/dispatcher';
import type { HandlerTable } from './ipc/dispatcher';
import { createInvoke } from './ipc/dispatcher';
import type { EventListener } from './ipc/events';
import { EventBus } from './ipc/events';
import type { CorePorts } from './ports';
import { SecretStore } from './secrets/secretStore';
import { connectionHandlers } from './settings/connectionHandlers';
import { SettingsService } from './settings/settingsService';
import { supportHandlers } from './supportHandlers';
import { openDatabase } from './storage/database';
import { toslaMigrations } from './tosla/toslaMigrations';
import { createToslaModule } from './tosla/toslaModule';
import { trainingStatus } from './training';
import { launchEmbeddedTokenx } from './training/tokenxSimulator';
import { launchEmbeddedTosla } from './training/toslaSimulator';
import { tillHandlers } from './till/tillHandlers';
import { TillEdits } from './till/tillEdits';
import { UpdateService } from './updates/updateService';
import { usersHandlers } from './users/usersHandlers';
import { usersMigrations } from './users/usersMigrations';
import { webhookMigrations } from './webhook/registration';
import { auditedWebhookRegister } from './webhook/webhookAudit';
import { createUsersModule } from './users/usersModule';

export interface Core {
  invoke: Invoke;
  /** Takes a product file streamed to main (the web harness's upload) and answers its import handle. */
  receiveImportFile(fileName: string, body: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<Result<ImportFile>>;
  subscribe(listener: EventListener): () => void;
  close(): Promise<void>;
}

/**
 * The composition root of the plain-Node core: builds every service from the injected
 * ports and returns the one entry the shell (or the web harness) exposes.
 */
export async function createCore(ports: CorePorts): Promise<Core> {
  ownerOnlyFolder(ports.dataDir);
  const events = new EventBus();
  const settings = new SettingsService(ports.stores.settings, ports.log, ports.clock);
  const secrets = new SecretStore(ports.cipher, ports.stores.secrets, () => settings.get().allowWeakSecretStorage);
  const db: DatabaseSync = openDatabase({
    file: join(ports.dataDir, 'pos.sqlite'),
    migrations: [auditMigrations, usersMigrations, catalogMigrations, toslaMigrations, checkoutMigrations, webhookMigrations],
    now: ports.clock.now,
  });

  // The log's end is also copied into the settings store, another file, so truncating the log is caught.
  const auditMirror = storeHeadMirror(ports.stores.settings);
  const auditLog = new AuditLog(db, ports.clock, auditMirror);
  const audit: AuditSink = auditLog;
  const users = createUsersModule(db, audit, ports.clock, { till: () => settings.get().till });
  const approvals: ApprovalVerifier = users.approvals;
  users.session.onChange((current) => events.emit('users.currentChanged', current));

  const checkout = new CheckoutModule({
    db,
    clock: ports.clock,
    dispatcher: ports.dispatcher,
    log: ports.log,
    approvals,
    audit,
    settings: () => settings.get(),
    tokenxMode: () => trainingStatus(settings.get(), secrets).services.tokenx,
    liveCredentials: () => {
      // Never sent to a base URL outside the vendor's published hosts (an older setting, or a file edited by hand).
      if (!settings.endpointsAllowed('tokenx')) return null;
      const clientId = secrets.reveal('tokenx.clientId');
      const clientSecret = secrets.reveal('tokenx.clientSecret');
      return clientId === undefined || clientSecret === undefined ? null : { clientId, clientSecret };
    },
    launchSimulator: () => launchEmbeddedTokenx(ports.clock, join(ports.dataDir, 'training', 'tokenx-simulator.json')),
    onChange: (entry) => events.emit('checkout.changed', entry),
    onRecovery: (status) => events.emit('checkout.recovery', status),
    onWebhook: (status) => events.emit('webhook.changed', status),
  });
  // Start-up recovery runs in the background; selling waits for it inside the checkout.
  void checkout.sync();

  const catalog = createCatalogModule({
    db,
    clock: ports.clock,
    audit,
    // Changing products is back-office work: the same right as changing settings.
    authorize: (operation, target, approvalToken) => users.authorizer.authorize(settingsApproval(operation, target), approvalToken),
    sent: { wasSent: (basketId) => checkout.journal.has(basketId) },
    changed: (change) => events.emit('catalog.changed', change),
    importDir: join(ports.dataDir, 'imports'),
    pickImportFile: ports.dialogs?.chooseImportFile,
    importProgress: (progress) => events.emit('catalog.importProgress', progress),
  });
  if (trainingStatus(settings.get(), secrets).active) catalog.seedTrainingCatalog();

  const tosla = createToslaModule({
    db,
    ports,
    settings,
    secrets,
    approvals,
    audit,
    events,
    actor: () => users.session.user()?.id ?? null,
    launchSimulator: () => launchEmbeddedTosla(ports.clock, join(ports.dataDir, 'training', 'tosla-simulator.json')),
  });
  void tosla.reconcile();

  // A newcomer may try the till in training before anyone is set up; once a user exists, selling needs one signed in.
  const anonymousTraining = () =>
    users.session.current().needsBootstrap && trainingStatus(settings.get(), secrets).services.tokenx === 'simulator';
  const tillEdits = new TillEdits({
    session: users.session,
    authorizer: users.authorizer,
    audit,
    limits: () => settings.get().till.discountLimitPercent,
    anonymousTraining,
  });

  const publishTraining = () => events.emit('training.changed', trainingStatus(settings.get(), secrets));
  settings.onChange((next) => {
    events.emit('settings.changed', next);
    publishTraining();
    void checkout.sync();
  });
  secrets.onChange((status) => {
    events.emit('secrets.changed', status);
    publishTraining();
    void checkout.sync();
  });

  const actor = () => users.session.user()?.id ?? null;
  const checkoutTable = checkoutHandlers(checkout, () => settings.get().tokenx.target, actor);
  const updates = new UpdateService({
    port: ports.updater ?? null,
    currentVersion: ports.host.appVersion,
    clock: ports.clock,
    log: ports.log,
    // Read through the contract, as the till screen reads it (main's own reads pass no gate): the checkout stays the only judge of "in flight".
    basketsInFlight: async () => {
      const unfinished = await internal('checkout.list', { unfinishedOnly: true, limit: 1 });
      return unfinished.ok && Array.isArray(unfinished.value) ? unfinished.value.length : null;
    },
    onChange: (status) => events.emit('updates.changed', status),
  });
  events.subscribe((name) => {
    if (name === 'checkout.changed') void updates.evaluate();
  });

  const handlers: HandlerTable = {
    ...appHandlers({ host: ports.host, settings, secrets, audit, actor, openExternal: ports.openExternal }),
    ...usersHandlers(users),
    ...catalogHandlers(catalog.service, catalog.parked),
    ...auditHandlers({ log: auditLog, db, clock: ports.clock, mirror: auditMirror }),
    ...tosla.handlers,
    ...checkoutTable,
    'webhook.register': auditedWebhookRegister(checkoutTable['webhook.register'], audit, actor),
    ...tillHandlers(tillEdits),
    ...connectionHandlers({ settings, users: users.service, audit, chooseFile: ports.dialogs?.chooseProgram }),
    ...supportHandlers({
      updates,
      diagnostics: { dataDir: ports.dataDir, host: ports.host, clock: ports.clock, clipboard: ports.clipboard ?? null },
      training: () => trainingStatus(settings.get(), secrets),
      secrets: () => secrets.status(),
      ask: async (call) => {
        const answer = await internal(call, undefined);
        return answer.ok ? answer.value : answer.error;
      },
    }),
  };
  // The renderer's calls pass the gate (who may make each call); main's own reads of its contract do not.
  const gate = createCallGate({ session: users.session, anonymousTraining });
  const invoke = createInvoke(handlers, ports.log, gate);
  const internal = createInvoke(handlers, ports.log);

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
      users.session.close();
      updates.close();
      await tosla.close();
      await checkout.close();
      db.close();
    },
  };
}

/** The data folder holds the database, settings, secrets and the simulators' state: this user's alone. */
function ownerOnlyFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (process.platform !== 'win32') chmodSync(dir, 0o700);
}
