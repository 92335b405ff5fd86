import { useState } from 'react';
import type { AuditIntegrity } from '../../../../../shared/contract/audit';
import { StatusLine } from '../../../components/StatusLine';
import { fromError } from '../../../i18n/bilingual';
import { useFormat } from '../../../i18n/format';
import { usePick, useT } from '../../../i18n/useT';
import { call } from '../../../state/call';

/** Checks the log's hash chain and says whether it is intact, or the first row that is not. */
export function IntegrityCheck() {
  const t = useT();
  const pick = usePick();
  const format = useFormat();
  const [integrity, setIntegrity] = useState<AuditIntegrity | 'checking' | null>(null);
  const verify = async () => {
    setIntegrity('checking');
    const result = await call('audit.verify');
    setIntegrity(result.ok ? result.value : null);
  };
  return (
    <div className="integrity">
      <button type="button" onClick={() => void verify()} disabled={integrity === 'checking'}>
        {t('manager.audit.verify')}
      </button>
      {integrity === 'checking' && <StatusLine tone="working">{t('manager.audit.verifying')}</StatusLine>}
      {integrity !== null && integrity !== 'checking' && (
        <div data-testid="audit-integrity">
          {integrity.intact ? (
            <StatusLine tone="ok">{t('manager.audit.intact', { rows: integrity.checkedRows, at: format.dateTime(integrity.checkedAt) })}</StatusLine>
          ) : (
            <StatusLine tone="bad">
              <strong>{t('manager.audit.broken', { seq: integrity.firstBroken?.seq ?? '?' })}</strong> {integrity.firstBroken && pick(fromError(integrity.firstBroken))}
            </StatusLine>
          )}
        </div>
      )}
    </div>
  );
}
