import type { CheckoutEntry } from '../../../../../shared/checkout/checkoutState';
import { PAYMENT_TYPES } from '../../../../../shared/tokenx/paymentTypes';
import { useFormat } from '../../../i18n/format';
import { useLanguage, usePick, useT } from '../../../i18n/useT';
import { DeviceAnswer, declineCode } from './DeviceAnswer';

/** What the device printed: receipt and Z numbers, and the payments as it took them. */
function Receipt({ sale }: { sale: NonNullable<CheckoutEntry['sale']> }) {
  const t = useT();
  const pick = usePick();
  const format = useFormat();
  return (
    <dl className="receipt" data-testid="receipt">
      <dt>{t('cashier.status.receiptNo')}</dt>
      <dd data-testid="receipt-no">{sale.receiptNo ?? '—'}</dd>
      <dt>{t('cashier.status.zNo')}</dt>
      <dd data-testid="z-no">{sale.zNo ?? '—'}</dd>
      <dt>{t('cashier.status.payments')}</dt>
      <dd>
        <ul className="payments" data-testid="payments">
          {sale.paymentItems.map((item, index) => {
            const type = PAYMENT_TYPES.find((candidate) => candidate.code === item.type);
            const extra = item.description && item.description.toLocaleUpperCase('tr-TR') !== type?.tr.toLocaleUpperCase('tr-TR') ? ` (${item.description})` : '';
            return (
              <li key={index}>
                {type ? pick(type) : t('cashier.status.paymentType', { code: item.type })}
                {extra}: <strong>{format.money(item.amount)}</strong>
              </li>
            );
          })}
        </ul>
      </dd>
    </dl>
  );
}

/** The details of the state the basket is in, in words. */
export function StateDetail({ entry }: { entry: CheckoutEntry }) {
  const t = useT();
  const language = useLanguage();
  switch (entry.state) {
    case 'on-device':
      return (
        <p className="status-detail" data-testid="locked-by">
          {entry.lockedBy ? t('cashier.status.lockedBy', { terminal: entry.lockedBy }) : t('cashier.status.notLocked')}
        </p>
      );
    case 'unknown':
      return (
        <>
          <p className="status-detail">{t('cashier.status.unknownHelp')}</p>
          {entry.communicationError && (
            <p className="muted small">{language === 'en' ? t('cashier.status.communication', { reason: entry.communicationError }) : t('cashier.status.communicationShort')}</p>
          )}
        </>
      );
    case 'paid':
    case 'receipt-voided':
      return entry.sale ? <Receipt sale={entry.sale} /> : null;
    case 'declined':
      return <DeviceAnswer code={declineCode(entry)} description={entry.sale?.message ?? null} />;
    case 'rejected':
    case 'device-busy':
      return <DeviceAnswer code={entry.rejection?.code ?? null} description={entry.rejection?.description ?? null} />;
    default:
      return null;
  }
}
