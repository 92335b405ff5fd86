import type { TrainingStatus } from '../../../shared/contract/app';
import type { EventBus } from '../ipc/events';
import type { CoreModule } from '../module';
import { trainingStatus } from '../training';
import type { SettingsHandlerDeps, SettingsHandlers } from './settingsHandlers';
import { settingsHandlers } from './settingsHandlers';

export interface SettingsModuleDeps extends SettingsHandlerDeps {
  events: EventBus;
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
