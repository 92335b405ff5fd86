import type { HostInfo } from './ports';
import type { HandlerTable } from './ipc/dispatcher';
import type { SecretStore } from './secrets/secretStore';
import type { SettingsGuard } from './settingsGuard';
import type { SettingsService } from './settings/settingsService';
import { trainingStatus } from './training';

type AppHandlers = Pick<
  HandlerTable,
  | 'app.info'
  | 'settings.get'
  | 'settings.update'
  | 'secrets.status'
  | 'secrets.set'
  | 'secrets.clear'
  | 'training.status'
  | 'app.openExternal'
>;

export function appHandlers(
  host: HostInfo,
  settings: SettingsService,
  secrets: SecretStore,
  guard: SettingsGuard,
  openExternal: ((url: string) => Promise<void>) | undefined,
): AppHandlers {
  return {
    'app.info': () => ({
      name: host.appName,
      version: host.appVersion,
      host: host.kind,
      platform: process.platform,
      nodeVersion: process.versions.node,
      electronVersion: host.electronVersion,
    }),
    'settings.get': () => settings.get(),
    'settings.update': (patch) => {
      guard.assertMayUpdate(patch);
      return settings.update(patch);
    },
    'secrets.status': () => secrets.status(),
    'secrets.set': ({ name, value }) => {
      guard.assertMayChangeCredentials();
      return secrets.set(name, value);
    },
    'secrets.clear': ({ name }) => {
      guard.assertMayChangeCredentials();
      return secrets.clear(name);
    },
    'training.status': () => trainingStatus(settings.get(), secrets),
    'app.openExternal': async ({ url }) => {
      if (openExternal === undefined) return { opened: false };
      await openExternal(url);
      return { opened: true };
    },
  };
}
