import { create } from 'zustand';
import type { CurrentUser } from '../../../shared/contract/users';
import { pos } from '../pos';
import { call } from '../state/call';
import { useFailures } from '../state/failures';

/** Someone signed in: a refusal for want of a signed-in user is out of date. */
function signedIn(current: CurrentUser): CurrentUser {
  if (current.user !== null) useFailures.getState().settledCode('auth.not-signed-in');
  return current;
}

interface SessionState {
  /** Null until main has answered. */
  current: CurrentUser | null;
  load(): Promise<void>;
  set(current: CurrentUser): void;
  signIn(userId: string, pin: string): Promise<boolean>;
  signOut(): Promise<void>;
}

/**
 * Who is signed in at this till and whether the first admin still has to be created,
 * kept in step with main through `users.currentChanged`.
 */
export const useSession = create<SessionState>()((set) => {
  let unsubscribe: (() => void) | null = null;
  return {
    current: null,
    async load() {
      unsubscribe?.();
      unsubscribe = pos.on('users.currentChanged', (current) => set({ current: signedIn(current) }));
      const result = await call('users.current');
      if (result.ok) set({ current: signedIn(result.value) });
    },
    set: (current) => set({ current: signedIn(current) }),
    async signIn(userId, pin) {
      const result = await call('users.signIn', { id: userId, pin });
      if (result.ok) set({ current: signedIn(result.value) });
      return result.ok;
    },
    async signOut() {
      const result = await call('users.signOut');
      if (result.ok) set({ current: result.value });
    },
  };
});
