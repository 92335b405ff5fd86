import { describeRequestStatus, describeTransactionType } from '../../../../../shared/tosla/catalog';
import type { ToslaOrder } from '../../../../../shared/tosla/views';
import { useFormat } from '../../../i18n/format';
import { usePick, useT } from '../../../i18n/useT';
import { createDateText } from './orderText';

/** What the order was and what is left of it. */
export function OrderFacts({ order }: { order: ToslaOrder }) {
  const t = useT();
  const pick = usePick();
  const format = useFormat();
  return (
    <dl className="order-facts">
      <dt>{t('manager.orders.type')}</dt>
      <dd>{pick(describeTransactionType(order.transactionType))}</dd>
      <dt>{t('manager.orders.status')}</dt>
      <dd data-testid="order-status">{pick(describeRequestStatus(order.requestStatus))}</dd>
      <dt>{t('manager.orders.time')}</dt>
      <dd>{createDateText(order.createDate)}</dd>
      <dt>{t('manager.orders.card')}</dt>
      <dd>
        {order.cardNo ?? '—'}
        {order.installmentCount > 1 ? ` · ${t('manager.orders.installments', { count: order.installmentCount })}` : ''}
      </dd>
      <dt>{t('manager.orders.amount')}</dt>
      <dd className="money">{format.money(order.amountKurus)}</dd>
      <dt>{t('manager.orders.refundedSoFar')}</dt>
      <dd className="money" data-testid="order-refunded">
        {format.money(order.refundedKurus)}
      </dd>
      <dt>{t('manager.orders.remaining')}</dt>
      <dd className="money strong" data-testid="order-remaining">
        {format.money(order.refundableKurus)}
      </dd>
    </dl>
  );
}
