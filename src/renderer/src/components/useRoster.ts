import type { RosterEntry, Role } from '../../../shared/contract/users';
import { call } from '../state/call';
import type { Query } from '../state/useQuery';
import { useQuery } from '../state/useQuery';

export type { RosterEntry } from '../../../shared/contract/users';

/** The users who can sign in at this till, for the sign-in picker and the audit log's names. */
export function useRoster(): Query<RosterEntry[]> {
  return useQuery('users.roster', () => call('users.roster'));
}

const RANK: Record<Role, number> = { cashier: 0, manager: 1, admin: 2 };

/** Most senior first: the usual approver is at the top of the list. */
export const bySeniority = (people: readonly RosterEntry[]): RosterEntry[] => [...people].sort((a, b) => RANK[b.role] - RANK[a.role]);
