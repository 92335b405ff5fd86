import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { StatusLine } from '../../../components/StatusLine';
import { useApproval } from '../../../components/useApproval';
import { FailureNotice } from '../../../feedback/FailureNotice';
import { useFormat } from '../../../i18n/format';
import { useT } from '../../../i18n/useT';
import { OperationState } from './OperationState';
import { OperationsTable } from './OperationsTable';
import { OrderAction } from './OrderAction';
import { OrderFacts } from './OrderFacts';
import type { OrderPlan } from './useOrder';
import { useOrder } from './useOrder';

/**
 * One order: what it was, what was refunded, what is left, this till's operations on it,
 * and the one action that is possible now, with the reason. Every void or refund is
 * confirmed, then approved with a manager's PIN, then followed until Tosla settles it.
 */
export function OrderDetail({ orderId: typedId, onClose }: { orderId: string; onClose(): void }) {
  const t = useT();
  const format = useFormat();
  const { ask, dialog } = useApproval();
  const { orderId, order, operations, following, sending, checking, run, checkAgain } = useOrder(typedId);
  const [plan, setPlan] = useState<OrderPlan | null>(null);

  const start = async (chosen: OrderPlan) => {
    setPlan(null);
    const what = t(`manager.orders.kind.${chosen.kind}`, { amount: format.money(chosen.amountKurus) });
    const subject = { orderId, amountKurus: chosen.amountKurus };
    const request = chosen.kind === 'void' ? ({ action: 'tosla-void', subject } as const) : ({ action: 'tosla-refund', subject } as const);
    const approval = await ask(request, `${orderId} · ${what}`);
    if (approval) await run(chosen, approval.token);
  };

  return (
    <section className="order-detail" aria-labelledby="order-title" data-testid="order-detail">
      <header className="order-head">
        <h2 id="order-title">
          {t('manager.orders.detail')} <span className="order-id">{orderId}</span>
        </h2>
        <button type="button" className="ghost" onClick={onClose}>
          {t('manager.orders.close')}
        </button>
      </header>
      <FailureNotice claims={['tosla.lookup', 'tosla.operations', 'tosla.void', 'tosla.refund', 'tosla.checkAgain']} />
      {order === null && <StatusLine tone="working">{t('manager.orders.looking')}</StatusLine>}
      {order && (
        <>
          <OrderFacts order={order} />
          {following && <OperationState operation={following} checking={checking} onCheckAgain={() => void checkAgain(following.id)} />}
          {sending && !following && <StatusLine tone="working">{t('manager.orders.op.sending', { what: t('manager.orders.toTosla') })}</StatusLine>}
          <OrderAction key={`${order.refundableKurus}`} order={order} sending={sending} onPlan={setPlan} />
          <h3>{t('manager.orders.history')}</h3>
          <OperationsTable operations={operations} />
        </>
      )}
      {plan && (
        <ConfirmDialog
          danger
          title={t(`manager.orders.confirm.${plan.kind}`)}
          confirmLabel={t('manager.orders.confirm.go')}
          onCancel={() => setPlan(null)}
          onConfirm={() => void start(plan)}
        >
          <p>{t(`manager.orders.confirm.${plan.kind}.text`, { orderId, amount: format.money(plan.amountKurus) })}</p>
        </ConfirmDialog>
      )}
      {dialog}
    </section>
  );
}
