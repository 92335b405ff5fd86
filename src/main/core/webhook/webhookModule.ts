import type { DatabaseSync } from 'node:sqlite';
import type { WebhookStatus } from '../../../shared/checkout/webhookStatus';
import type { WebhookPayload } from '../../../shared/tokenx/basketModel';
import type { AuditSink } from '../auth/ports';
import type { HandlerTable } from '../ipc/dispatcher';
import type { CoreModule } from '../module';
import type { Clock, Logger } from '../ports';
import type { SettingsService } from '../settings/settingsService';
import type { TokenxConnection } from '../tokenx/tokenxConnection';
import type { UserService } from '../users/userService';
import { checkedTunnel } from './tunnelProgram';
import { WebhookService } from './webhookService';

export type WebhookHandlers = Pick<
  HandlerTable,
  'webhook.status' | 'webhook.register' | 'webhook.setTunnel' | 'webhook.chooseTunnelProgram'
>;

export interface WebhookModuleDeps {
  db: DatabaseSync;
  clock: Clock;
  log: Logger;
  /** The account whose callbacks this till receives; the receiver, tunnel and registration follow it. */
  connection: TokenxConnection;
  /** Where each delivery goes: the checkout, which reads the basket before believing anything. */
  onDelivery: (payload: WebhookPayload) => void;
  onChange: (status: WebhookStatus) => void;
  settings: SettingsService;
  users: Pick<UserService, 'confirmPin'>;
  audit: AuditSink;
  actor: () => string | null;
  /** The desktop app's file dialog, run in main; absent in the web harness. */
  chooseFile?: ((title: string) => Promise<string | null>) | undefined;
}

/**
 * The webhook path of the TokenX account in use: receiver, tunnel and registration follow
 * the connection, and each delivery goes to `onDelivery`. Registering points TokenX's callbacks for the
 * whole client at this till, away from any other; the tunnel is a program the till runs.
 * Both are audited, and the tunnel needs the settings permission and a fresh PIN.
 */
export function createWebhookModule(deps: WebhookModuleDeps): CoreModule<WebhookHandlers> {
  const { settings, users, audit, actor, chooseFile } = deps;
  const service = new WebhookService({ db: deps.db, now: deps.clock.now, log: deps.log, onEvent: deps.onDelivery, onChange: deps.onChange });
  const stopFollowing = deps.connection.onChange((account) => {
    if (account === null) return;
    if (account.legacyEnvironment !== null) service.renameEnvironment(account.legacyEnvironment, account.environment);
    // The webhook only speeds outcomes up, so selling never waits for a tunnel or a registration.
    void service.configure({ environment: account.environment, gateway: account.client, ...account.webhook });
  });
  return {
    close: async () => {
      await stopFollowing();
      await service.close();
    },
    handlers: {
      'webhook.status': () => service.status(),
      'webhook.register': async ({ confirmOverwrite }) => {
        const status = await service.register(confirmOverwrite);
        const { registration } = status;
        audit.record({
          action: 'webhook.register',
          actorId: actor(),
          approverId: null,
          subject: registration.ourUrl ?? 'no-public-url',
          outcome: registration.state,
          details: { confirmOverwrite, registeredUrl: registration.registeredUrl },
        });
        return status;
      },
      'webhook.setTunnel': async ({ kind, program, pin }) => {
        const tunnel = checkedTunnel({ kind, program });
        const user = await users.confirmPin('settings', pin);
        const before = settings.get().tokenx.tunnel;
        const next = settings.setTunnel(tunnel);
        audit.record({
          action: 'settings.tunnel',
          actorId: user.id,
          approverId: null,
          subject: tunnel.kind,
          outcome: 'changed',
          details: { from: before, to: tunnel },
        });
        return next;
      },
      'webhook.chooseTunnelProgram': async ({ kind }) => {
        if (chooseFile === undefined) return { available: false, path: null };
        return { available: true, path: await chooseFile(kind) };
      },
    },
  };
}
