import type { CallName, EventName, PosApi } from './contract';
import { unknownCall } from './contract';
import type { Result } from './result';
import { errorMessage } from './errorMessage';

interface Transport {
  invoke(request: { name: CallName; arg: unknown }): Promise<unknown>;
  /** Called once; `deliver` receives every `{ name, payload }` event message. */
  subscribe(deliver: (message: unknown) => void): void;
  isCallName(name: unknown): name is CallName;
  isEventName(name: unknown): name is EventName;
}

/**
 * Builds `window.pos` over any transport (Electron IPC in the preload, HTTP in the web
 * harness), so both hosts expose the same object with the same checks.
 */
export function createPosApi(transport: Transport): PosApi {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  transport.subscribe((message) => {
    if (typeof message !== 'object' || message === null) return;
    const { name, payload } = message as { name?: unknown; payload?: unknown };
    if (typeof name !== 'string') return;
    for (const listener of listeners.get(name) ?? []) listener(payload);
  });

  const api = {
    call: async (name: unknown, arg?: unknown): Promise<Result<unknown>> => {
      if (!transport.isCallName(name)) return { ok: false, error: unknownCall(name) };
      try {
        return (await transport.invoke({ name, arg })) as Result<unknown>;
      } catch (error) {
        return {
          ok: false,
          error: {
            code: 'transport.failed',
            message: `Could not reach the app core: ${errorMessage(error)}`,
            messageTr: `Uygulama çekirdeğine ulaşılamadı: ${errorMessage(error)}`,
          },
        };
      }
    },
    on: (name: unknown, listener: (payload: unknown) => void): (() => void) => {
      if (!transport.isEventName(name) || typeof listener !== 'function') return () => undefined;
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    },
  };
  return api as PosApi;
}
