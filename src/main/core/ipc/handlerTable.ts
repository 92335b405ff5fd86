import type { Merged } from '../../../shared/contract/define';
import type { CoreModule } from '../module';
import type { HandlerTable } from './dispatcher';

/**
 * Every module's handlers as the one table the dispatcher runs. Given the result as a
 * `HandlerTable`, the compiler proves every call of the contract has a handler; a call
 * two modules answer would silently keep only one of them, so it stops the core at start.
 */
export function handlerTable<M extends CoreModule<Partial<HandlerTable>>>(modules: readonly M[]): Merged<M['handlers']> {
  const table: Record<string, unknown> = {};
  for (const module of modules) {
    for (const [name, handler] of Object.entries(module.handlers)) {
      if (Object.hasOwn(table, name)) throw new Error(`Two modules answer the call "${name}": each call has exactly one handler.`);
      table[name] = handler;
    }
  }
  return table as Merged<M['handlers']>;
}
