import type { TrainingStatus } from '../../../shared/contract/app';
import type { AuditSink } from '../auth/ports';
import type { EventBus } from '../ipc/events';
import type { CoreModule } from '../module';
import type { HostInfo } from '../ports';
import type { SecretStore } from '../secrets/secretStore';
import { trainingStatus } from '../training';
import type { UserService } from '../users/userService';
import type { SettingsHandlers } from './settingsHandlers';
import { settingsHandlers } from './settingsHandlers';
import type { SettingsService } from './settingsService';

export interface SettingsModuleDeps {
  host: HostInfo;
  settings: SettingsService;
  secrets: SecretStore;
  audit: AuditSink;
  actor: () => string | null;
  users: Pick<UserService, 'confirmPin'>;
  events: EventBus;
  openExternal: ((url: string) => Promise<void>) | undefined;
}

export interface SettingsModule extends CoreModule<SettingsHandlers> {
  /** Which services run against their simulators, from the settings and the saved credentials as they are now. */
  training(): TrainingStatus;
  /** Calls `listener` after every change of the settings or of the saved credentials: either may change an account. */
  onAnyChange(listener: () => void): void;
}

/** Settings, credentials and training mode, and the screens' view of their changes. */
export function createSettingsModule(deps: SettingsModuleDeps): SettingsModule {
  const { settings, secrets, events } = deps;
  const training = () => trainingStatus(settings.get(), secrets);
  const onAnyChange = (listener: () => void) => {
    settings.onChange(listener);
    secrets.onChange(listener);
  };
  return {
    handlers: settingsHandlers(deps),
    training,
    onAnyChange,
    start: () => {
      settings.onChange((next) => events.emit('settings.changed', next));
      secrets.onChange((status) => events.emit('secrets.changed', status));
      onAnyChange(() => events.emit('training.changed', training()));
    },
  };
}
