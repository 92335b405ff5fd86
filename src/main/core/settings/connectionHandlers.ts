import type { AuditSink } from '../auth/ports';
import type { HandlerTable } from '../ipc/dispatcher';
import type { UserService } from '../users/userService';
import { checkedTunnel } from '../webhook/tunnelProgram';
import type { SettingsService } from './settingsService';

type ConnectionHandlers = Pick<HandlerTable, 'webhook.setTunnel' | 'webhook.chooseTunnelProgram' | 'settings.setCustomHosts'>;

export interface ConnectionHandlerDeps {
  settings: SettingsService;
  users: UserService;
  audit: AuditSink;
  /** The desktop app's file dialog, run in main; absent in the web harness. */
  chooseFile?: ((title: string) => Promise<string | null>) | undefined;
}

/**
 * What the till runs (the tunnel program) and where credentials may go (custom hosts):
 * each change needs the settings permission and a fresh PIN, and is audited.
 */
export function connectionHandlers({ settings, users, audit, chooseFile }: ConnectionHandlerDeps): ConnectionHandlers {
  return {
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
    'settings.setCustomHosts': async ({ hosts, pin }) => {
      const user = await users.confirmPin('settings', pin);
      const before = settings.get().customHosts;
      const next = settings.setCustomHosts([...new Set(hosts)]);
      audit.record({
        action: 'settings.custom-hosts',
        actorId: user.id,
        approverId: null,
        subject: 'customHosts',
        outcome: 'changed',
        details: { from: before, to: next.customHosts },
      });
      return next;
    },
  };
}
