import type { Core } from '../../src/main/core/composition';
import type { Result } from '../../src/shared/result';
import { startTestCore } from '../helpers/core';
import { tempDir } from '../helpers/tmp';

export const PINS = { admin: '258013', manager: '482719', cashier: '7391' } as const;
export type StaffRole = keyof typeof PINS;

export function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

export function errorCode(result: Result<unknown>): string | null {
  return result.ok ? null : result.error.code;
}

/**
 * The real core over a fresh data folder with an admin (from the wizard), a manager and
 * a cashier; nobody is signed in afterwards unless `signIn` is called.
 */
export async function coreWithStaff(dir = tempDir()) {
  const core = await startTestCore(dir);
  const boot = value<{ user: { id: string }; recoveryCode: string }>(
    await core.invoke('users.bootstrapAdmin', { displayName: 'Aylin Admin', pin: PINS.admin }),
  );
  const manager = value<{ id: string }>(
    await core.invoke('users.create', { displayName: 'Mehmet Müdür', role: 'manager', pin: PINS.manager }),
  );
  const cashier = value<{ id: string }>(
    await core.invoke('users.create', { displayName: 'Kerem Kasiyer', role: 'cashier', pin: PINS.cashier }),
  );
  value(await core.invoke('users.signOut', undefined));
  const ids: Record<StaffRole, string> = { admin: boot.user.id, manager: manager.id, cashier: cashier.id };
  return {
    core,
    dir,
    ids,
    recoveryCode: boot.recoveryCode,
    signIn: async (role: StaffRole) => value(await core.invoke('users.signIn', { id: ids[role], pin: PINS[role] })),
    approval: async (role: StaffRole, request: unknown) =>
      value<{ token: string }>(await core.invoke('users.requestApproval', { approverId: ids[role], pin: PINS[role], request })).token,
  };
}

export type StaffCore = Awaited<ReturnType<typeof coreWithStaff>>;
export type { Core };
