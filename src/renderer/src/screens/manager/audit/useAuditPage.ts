import type { AuditPage } from '../../../../../shared/contract/audit';
import { call } from '../../../state/call';
import type { Query } from '../../../state/useQuery';
import { useQuery } from '../../../state/useQuery';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  action: string;
  userId: string;
  subject: string;
  outcome: string;
  /** `yyyy-MM-dd`, Istanbul days; '' for open-ended. */
  from: string;
  to: string;
}

export const NO_FILTER: AuditFilter = { action: '', userId: '', subject: '', outcome: '', from: '', to: '' };

/** Turkey keeps UTC+3 all year (no daylight saving since 2016): an Istanbul day is a fixed span of UTC. */
const istanbulMidnight = (day: string, plusDays: number): string =>
  new Date(new Date(`${day}T00:00:00+03:00`).getTime() + plusDays * 86_400_000).toISOString();

/** The form as the contract's filter: blank fields are left out, days become Istanbul midnights (the `to` day included). */
function toQuery(filter: AuditFilter, offset: number) {
  const subject = filter.subject.trim();
  return {
    offset,
    limit: AUDIT_PAGE_SIZE,
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.userId ? { userId: filter.userId } : {}),
    ...(subject ? { subject } : {}),
    ...(filter.outcome ? { outcome: filter.outcome } : {}),
    ...(filter.from ? { from: istanbulMidnight(filter.from, 0) } : {}),
    ...(filter.to ? { to: istanbulMidnight(filter.to, 1) } : {}),
  };
}

/** One page of the audit log under a filter, newest first. */
export function useAuditPage(filter: AuditFilter, offset: number): Query<AuditPage> {
  return useQuery(JSON.stringify([filter, offset]), () => call('audit.list', toQuery(filter, offset)));
}
