import { useState } from 'react';
import { StatusLine } from '../../../components/StatusLine';
import { useRoster } from '../../../components/useRoster';
import { FailureNotice } from '../../../feedback/FailureNotice';
import { useT } from '../../../i18n/useT';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { IntegrityCheck } from './IntegrityCheck';
import type { AuditFilter } from './useAuditPage';
import { AUDIT_PAGE_SIZE, NO_FILTER, useAuditPage } from './useAuditPage';

/** The audit log, newest first, with filters, paging (PageUp/PageDown) and the hash-chain check. */
export function AuditScreen() {
  const t = useT();
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const [offset, setOffset] = useState(0);
  const page = useAuditPage(filter, offset).data;
  const names = new Map((useRoster().data ?? []).map((user) => [user.id, user.displayName]));
  const total = page?.total ?? 0;
  /** A page back or on; past either end it stays where it is. */
  const move = (delta: number) =>
    setOffset((current) => {
      const next = current + delta * AUDIT_PAGE_SIZE;
      return next < 0 || next >= total ? current : next;
    });

  return (
    <div
      className="audit-screen"
      onKeyDown={(event) => {
        if (event.key === 'PageDown') move(1);
        else if (event.key === 'PageUp') move(-1);
        else return;
        event.preventDefault();
      }}
    >
      <AuditFilters
        names={names}
        onApply={(next) => {
          setOffset(0);
          setFilter(next);
        }}
      />
      <IntegrityCheck />
      <FailureNotice claims={['audit.list', 'audit.verify']} />
      {page === null ? (
        <StatusLine tone="working">{t('manager.audit.loading')}</StatusLine>
      ) : (
        <>
          <p className="muted" aria-live="polite">
            {total === 0 ? t('manager.audit.none') : t('manager.audit.range', { first: page.offset + 1, last: page.offset + page.entries.length, total })}
          </p>
          <AuditTable entries={page.entries} names={names} />
          <div className="pager">
            <button type="button" className="ghost" aria-disabled={offset === 0} onClick={() => move(-1)}>
              <kbd>PgUp</kbd> {t('manager.page.previous')}
            </button>
            <button type="button" className="ghost" aria-disabled={offset + AUDIT_PAGE_SIZE >= total} onClick={() => move(1)}>
              <kbd>PgDn</kbd> {t('manager.page.next')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
