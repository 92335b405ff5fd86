import { useState } from 'react';
import type { ToslaOrder } from '../../../../../shared/tosla/views';
import { AmountInput } from '../../../components/AmountInput';
import { readAmount } from '../../../components/amount';
import { formatDate, useFormat } from '../../../i18n/format';
import { usePick, useT } from '../../../i18n/useT';
import type { OrderPlan } from './useOrder';

const dayText = (day: string | null): string => (day === null ? '—' : formatDate(`${day}T12:00:00+03:00`));

/** The one action possible on the order now (void, or a refund up to what is left), with the reason. */
export function OrderAction({ order, sending, onPlan }: { order: ToslaOrder; sending: boolean; onPlan(plan: OrderPlan): void }) {
  const t = useT();
  const pick = usePick();
  const format = useFormat();
  const [amountText, setAmountText] = useState(() => (order.refundableKurus > 0 ? format.amount(order.refundableKurus) : ''));
  const reading = readAmount(amountText, order.refundableKurus, t);
  if (order.canVoid) {
    return (
      <div className="order-action" data-testid="order-action">
        <p>
          <strong>{t('manager.orders.voidPossible')}</strong> {t('manager.orders.voidWhy', { day: dayText(order.businessDate ?? null) })}
        </p>
        <button type="button" className="danger" disabled={sending} onClick={() => onPlan({ kind: 'void', amountKurus: order.amountKurus })}>
          {t('manager.orders.void', { amount: format.money(order.amountKurus) })}
        </button>
      </div>
    );
  }
  if (!order.canRefund) {
    return (
      <div className="order-action" data-testid="order-action">
        <p className="notice warn">{order.blockedReason ? pick(order.blockedReason) : t('manager.orders.nothing')}</p>
      </div>
    );
  }
  return (
    <form
      className="order-action"
      data-testid="order-action"
      onSubmit={(event) => {
        event.preventDefault();
        if (reading.ok) onPlan({ kind: 'refund', amountKurus: reading.kurus });
      }}
    >
      <p>
        <strong>{t('manager.orders.refundOnly')}</strong>{' '}
        {order.refundedKurus > 0 ? t('manager.orders.refundWhyRefunded') : t('manager.orders.refundWhySettled', { day: dayText(order.businessDate) })}
      </p>
      <AmountInput label={t('manager.orders.refundAmount')} text={amountText} onText={setAmountText} maxKurus={order.refundableKurus} />
      <button type="submit" disabled={sending} aria-disabled={!reading.ok}>
        {reading.ok ? t('manager.orders.refund', { amount: format.money(reading.kurus) }) : t('manager.orders.refundPlain')}
      </button>
    </form>
  );
}
