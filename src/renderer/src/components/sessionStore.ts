import { create } from 'zustand';
import type { PosApi } from '../../../shared/contract';
import type { CurrentUser } from '../../../shared/contract/users';
import type { AppError } from '../../../shared/result';

interface SessionState {
  /** Null until main has answered. */
  current: CurrentUser | null;
  error: AppError | null;
  load(api: PosApi): Promise<void>;
  set(current: CurrentUser): void;
}

/**
 * Who is signed in at this till and whether the first admin still has to be created,
 * kept in step with main through `users.currentChanged`.
 */
export const useSession = create<SessionState>()((set) => {
  let unsubscribe: (() => void) | null = null;
  return {
    current: null,
    error: null,
    async load(api) {
      unsubscribe?.();
      unsubscribe = api.on('users.currentChanged', (current) => set({ current }));
      const result = await api.call('users.current');
      if (result.ok) set({ current: result.value, error: null });
      else set({ error: result.error });
    },
    set: (current) => set({ current }),
  };
});
