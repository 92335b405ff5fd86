import type { CallName, Calls, EventName, Output, Payload, PosApi } from '../../src/shared/contract';
import type { CallArg } from '../../src/shared/contract/define';
import type { Result } from '../../src/shared/result';
import { useFailures } from '../../src/renderer/src/state/failures';

/** A fake answer to one call, typed by the contract: an answer of the wrong shape does not compile. */
type Answer<N extends CallName> = (arg: CallArg<Calls[N]>) => Result<Output<N>> | Promise<Result<Output<N>>>;
export type Answers = { [N in CallName]?: Answer<N> };

/**
 * An in-memory window.pos, installed as the page's own: each call answers from the
 * table, and every call is recorded. Installing it also clears what the last test left
 * in the failure store.
 */
export function fakePos(answers: Answers) {
  const calls: { name: string; arg: unknown }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const table = answers as Record<string, ((arg: unknown) => Result<unknown> | Promise<Result<unknown>>) | undefined>;
  const api = {
    call: async (name: string, arg?: unknown) => {
      calls.push({ name, arg });
      const answer = table[name];
      if (!answer) return { ok: false, error: { code: 'test.unanswered', message: `no answer for ${name}`, messageTr: `${name} için cevap yok` } };
      return answer(arg);
    },
    on: (name: string, listener: (payload: unknown) => void) => {
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    },
  } as unknown as PosApi;
  const emit = <E extends EventName>(name: E, payload: Payload<E>) => listeners.get(name)?.forEach((listener) => listener(payload));
  window.pos = api;
  useFailures.setState({ current: null, claims: {} });
  return { api, calls, emit };
}

export const failure = (code: string, message: string, messageTr: string) => ({ ok: false as const, error: { code, message, messageTr } });
export const success = <T>(value: T) => ({ ok: true as const, value });
