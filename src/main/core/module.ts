import type { HandlerTable } from './ipc/dispatcher';

/**
 * The one shape every domain of the core is built in: `create…Module(deps)` returns the
 * contract calls the domain answers, the background work it begins once every module
 * exists (start-up recovery, reconciliation, subscriptions), and what it releases at
 * shut-down. A module may also expose the services other modules are given.
 */
export interface CoreModule<H extends Partial<HandlerTable>> {
  readonly handlers: H;
  start?(): void;
  close?(): void | Promise<void>;
}
