import type { ToslaOperation } from '../../../../../shared/tosla/views';
import { useFormat } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';

/** This till's voids and refunds on the order, newest first, with who approved them. */
export function OperationsTable({ operations }: { operations: readonly ToslaOperation[] }) {
  const t = useT();
  const format = useFormat();
  if (operations.length === 0) return <p className="muted">{t('manager.orders.noOperations')}</p>;
  return (
    <table className="data-table" data-testid="operations-table">
      <thead>
        <tr>
          <th>{t('manager.orders.when')}</th>
          <th>{t('manager.orders.what')}</th>
          <th className="num">{t('manager.orders.amount')}</th>
          <th>{t('manager.orders.outcome')}</th>
          <th>{t('manager.orders.approvedBy')}</th>
        </tr>
      </thead>
      <tbody>
        {operations.map((operation) => (
          <tr key={operation.id}>
            <td className="nowrap">{format.dateTime(operation.updatedAt)}</td>
            <td>{t(`manager.orders.kindName.${operation.kind}`)}</td>
            <td className="num">{format.money(operation.amountKurus)}</td>
            <td>{t(`manager.orders.opStatus.${operation.status}`)}</td>
            <td>{operation.approverName}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
