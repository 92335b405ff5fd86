import type { AuditRecord } from '../../../../../shared/contract/audit';
import { describeAuditAction, describeAuditOutcome } from '../../../../../shared/audit/auditText';
import { useFormat } from '../../../i18n/format';
import { usePick, useT } from '../../../i18n/useT';

/** A page of the log: every code in words, every user by name. */
export function AuditTable({ entries, names }: { entries: readonly AuditRecord[]; names: ReadonlyMap<string, string> }) {
  const t = useT();
  const pick = usePick();
  const format = useFormat();
  const who = (id: string | null) => (id === null ? '—' : (names.get(id) ?? id));
  return (
    <table className="data-table audit-table" data-testid="audit-table">
      <thead>
        <tr>
          <th>#</th>
          <th>{t('manager.audit.at')}</th>
          <th>{t('manager.audit.action')}</th>
          <th>{t('manager.audit.actor')}</th>
          <th>{t('manager.audit.approver')}</th>
          <th>{t('manager.audit.subject')}</th>
          <th className="num">{t('manager.audit.amount')}</th>
          <th>{t('manager.audit.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.seq}>
            <td>{entry.seq}</td>
            <td className="nowrap">{format.dateTime(entry.at)}</td>
            <td data-code={entry.action}>{pick(describeAuditAction(entry.action))}</td>
            <td>{who(entry.actorId)}</td>
            <td>{who(entry.approverId)}</td>
            <td className="subject">{names.get(entry.subject) ?? entry.subject}</td>
            <td className="num">{entry.amountKurus === null ? '' : format.money(entry.amountKurus)}</td>
            <td data-code={entry.outcome}>{pick(describeAuditOutcome(entry.outcome))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
