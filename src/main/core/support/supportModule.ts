import type { EventBus } from '../ipc/events';
import type { CoreModule } from '../module';
import type { UpdateServiceDeps } from '../updates/updateService';
import { UpdateService } from '../updates/updateService';
import type { SupportDeps, SupportHandlers } from './supportHandlers';
import { supportHandlers } from './supportHandlers';

export interface SupportModuleDeps extends Omit<SupportDeps, 'updates'> {
  updates: Omit<UpdateServiceDeps, 'onChange'>;
  events: EventBus;
}

/**
 * What keeps the till maintained: updates (never installed while a basket is in flight)
 * and the diagnostics bundle for support.
 */
export function createSupportModule(deps: SupportModuleDeps): CoreModule<SupportHandlers> {
  const { events } = deps;
  const updates = new UpdateService({ ...deps.updates, onChange: (status) => events.emit('updates.changed', status) });
  return {
    handlers: supportHandlers({ ...deps, updates }),
    start: () => {
      // An outcome may end the last basket in flight, which an update may be waiting for.
      events.subscribe((name) => {
        if (name === 'checkout.changed') void updates.evaluate();
      });
    },
    close: () => updates.close(),
  };
}
