import type { DatabaseSync } from 'node:sqlite';
import type { HandlerTable } from '../ipc/dispatcher';
import type { Clock } from '../ports';
import type { AuditHeadMirror } from './auditHeadMirror';
import type { AuditLog } from './auditLog';
import { checkAuditIntegrity } from './auditIntegrity';

export type AuditHandlers = Pick<HandlerTable, 'audit.list' | 'audit.verify'>;

/** The audit trail; the call gate lets only managers and admins signed in at the till read it. */
export function auditHandlers(deps: { log: AuditLog; db: DatabaseSync; clock: Clock; mirror: AuditHeadMirror }): AuditHandlers {
  return {
    'audit.list': (filter) => deps.log.list(filter),
    'audit.verify': () => checkAuditIntegrity(deps.db, deps.clock, deps.mirror),
  };
}
