import type { Role } from '../../../shared/contract/users';
import { call } from '../state/call';
import type { Query } from '../state/useQuery';
import { useQuery } from '../state/useQuery';

export interface RosterEntry {
  id: string;
  displayName: string;
  role: Role;
  lockedUntil: string | null;
}

/** The users who can sign in at this till, for the pickers (sign-in, approval, the audit log's names). */
export function useRoster(): Query<RosterEntry[]> {
  return useQuery('users.roster', () => call('users.roster'));
}

const RANK: Record<Role, number> = { cashier: 0, manager: 1, admin: 2 };

/** Who may be asked to approve: managers and administrators, most senior first (a cashier never approves). */
export const approversOf = (roster: readonly RosterEntry[]): RosterEntry[] =>
  roster.filter((user) => user.role !== 'cashier').sort((a, b) => RANK[b.role] - RANK[a.role]);
