import type { Role } from '../../../shared/contract/users';
import type { PrivilegedAction } from '../auth/ports';
import { PRIVILEGED_ACTIONS } from '../auth/ports';

/**
 * What a new user of each role may do unless set otherwise. Managers run the floor but
 * do not change the app's settings or users; admins can do everything, always, so the
 * shop can never lock itself out of its own configuration.
 */
export function defaultPermissions(role: Role): PrivilegedAction[] {
  switch (role) {
    case 'cashier':
      return [];
    case 'manager':
      return PRIVILEGED_ACTIONS.filter((action) => action !== 'settings');
    case 'admin':
      return [...PRIVILEGED_ACTIONS];
  }
}

/** The permissions that apply: an admin's are all of them whatever is stored. */
export function effectivePermissions(role: Role, stored: readonly PrivilegedAction[]): PrivilegedAction[] {
  if (role === 'admin') return [...PRIVILEGED_ACTIONS];
  return PRIVILEGED_ACTIONS.filter((action) => stored.includes(action));
}

const RANK: Record<Role, number> = { cashier: 0, manager: 1, admin: 2 };

export const outranks = (a: Role, b: Role): boolean => RANK[a] > RANK[b];
