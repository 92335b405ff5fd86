import type { AuditSink } from '../auth/ports';
import type { HandlerTable } from '../ipc/dispatcher';
import type { CoreModule } from '../module';
import type { SettingsService } from '../settings/settingsService';
import type { UserService } from '../users/userService';
import { checkedTunnel } from './tunnelProgram';
import type { WebhookService } from './webhookService';

export type WebhookHandlers = Pick<
  HandlerTable,
  'webhook.status' | 'webhook.register' | 'webhook.setTunnel' | 'webhook.chooseTunnelProgram'
>;

export interface WebhookModuleDeps {
  /** The receiver and registration of the checkout's current account (the checkout owns its life). */
  service: WebhookService;
  settings: SettingsService;
  users: Pick<UserService, 'confirmPin'>;
  audit: AuditSink;
  actor: () => string | null;
  /** The desktop app's file dialog, run in main; absent in the web harness. */
  chooseFile?: ((title: string) => Promise<string | null>) | undefined;
}

/**
 * The webhook path as people change it. Registering points TokenX's callbacks for the
 * whole client at this till, away from any other; the tunnel is a program the till runs.
 * Both are audited, and the tunnel needs the settings permission and a fresh PIN.
 */
export function createWebhookModule({ service, settings, users, audit, actor, chooseFile }: WebhookModuleDeps): CoreModule<WebhookHandlers> {
  return {
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
