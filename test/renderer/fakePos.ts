import type { PosApi } from '../../src/shared/contract';
import type { AppError } from '../../src/shared/result';
import { useFailures } from '../../src/renderer/src/state/failures';

type Answer = (arg: unknown) => { ok: true; value: unknown } | { ok: false; error: AppError };

/**
 * An in-memory window.pos, installed as the page's own: each call answers from the
 * table, and every call is recorded. Installing it also clears what the last test left
 * in the failure store.
 */
export function fakePos(answers: Record<string, Answer>) {
  const calls: { name: string; arg: unknown }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const api = {
    call: async (name: string, arg?: unknown) => {
      calls.push({ name, arg });
      const answer = answers[name];
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
  const emit = (name: string, payload: unknown) => listeners.get(name)?.forEach((listener) => listener(payload));
  window.pos = api;
  useFailures.setState({ current: null, claims: {} });
  return { api, calls, emit };
}

export const failure = (code: string, message: string, messageTr: string) => ({ ok: false as const, error: { code, message, messageTr } });
export const success = (value: unknown) => ({ ok: true as const, value });
