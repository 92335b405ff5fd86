import type { ToslaOperation } from '../../../../../shared/tosla/views';
import { StatusLine } from '../../../components/StatusLine';
import { useFormat } from '../../../i18n/format';
import { usePick, useT } from '../../../i18n/useT';
import { describeCode } from '../../../../../shared/tosla/catalog';

/** Where one void or refund stands, in words; a lost answer reads "checking" until Tosla's records settle it. */
export function OperationState({ operation, onCheckAgain, checking }: { operation: ToslaOperation; onCheckAgain(): void; checking: boolean }) {
  const t = useT();
  const format = useFormat();
  const pick = usePick();
  const what = t(`manager.orders.kind.${operation.kind}`, { amount: format.money(operation.amountKurus) });
  switch (operation.status) {
    case 'sending':
      return <StatusLine tone="working" testId="operation-state">{t('manager.orders.op.sending', { what })}</StatusLine>;
    case 'unknown':
      return (
        <div className="operation-unknown">
          <StatusLine tone="warn" testId="operation-state">
            <span className="spinner" aria-hidden="true" /> {t('manager.orders.op.unknown', { what })}
          </StatusLine>
          <button type="button" disabled={checking} onClick={onCheckAgain}>
            {checking ? t('manager.orders.op.checkingNow') : t('manager.orders.op.checkAgain')}
          </button>
        </div>
      );
    case 'succeeded':
      return (
        <StatusLine tone="ok" testId="operation-state">
          {t('manager.orders.op.succeeded', { what })}
          {operation.resolvedBy === 'inquiry' ? ` ${t('manager.orders.op.byInquiry')}` : ''}
        </StatusLine>
      );
    case 'rejected':
      return (
        <StatusLine tone="bad" testId="operation-state">
          {t('manager.orders.op.rejected', { what })}{' '}
          {operation.responseCode !== null
            ? `${pick(describeCode(operation.responseCode))} (${t('manager.orders.code', { code: operation.responseCode })})`
            : (operation.responseMessage ?? '')}
        </StatusLine>
      );
    case 'not-applied':
      return <StatusLine tone="bad" testId="operation-state">{t('manager.orders.op.notApplied', { what })}</StatusLine>;
  }
}
