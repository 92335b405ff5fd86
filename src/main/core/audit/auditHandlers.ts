import { AppFailure } from '../failure';
import type { HandlerTable } from '../ipc/dispatcher';
import type { Clock } from '../ports';
import type { TillSession } from '../users/tillSession';
import type { AuditLog } from './auditLog';
import { checkAuditIntegrity } from './auditIntegrity';
import type { DatabaseSync } from 'node:sqlite';

type AuditHandlers = Pick<HandlerTable, 'audit.list' | 'audit.verify'>;

/** The audit trail is for managers and admins signed in at the till. */
export function auditHandlers(deps: { log: AuditLog; db: DatabaseSync; clock: Clock; session: TillSession }): AuditHandlers {
  const assertManager = () => {
    const user = deps.session.user();
    if (user === null || user.role === 'cashier') {
      throw new AppFailure(
        'auth.not-permitted',
        'Only a manager or admin signed in at this till can view the audit log.',
        'Denetim kaydını yalnızca bu kasada oturum açmış bir yönetici veya admin görebilir.',
      );
    }
  };
  return {
    'audit.list': (filter) => {
      assertManager();
      return deps.log.list(filter);
    },
    'audit.verify': () => {
      assertManager();
      return checkAuditIntegrity(deps.db, deps.clock);
    },
  };
}
