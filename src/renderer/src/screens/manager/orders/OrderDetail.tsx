import { useCallback, useEffect, useState } from 'react';
import { formatAmount, formatTry } from '../../../../../shared/money';
import type { AppError } from '../../../../../shared/result';
import { describeRequestStatus, describeTransactionType } from '../../../../../shared/tosla/catalog';
import type { ToslaOperation, ToslaOrder } from '../../../../../shared/tosla/views';
import { AmountInput } from '../../../components/AmountInput';
import { readAmount } from '../../../components/amount';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { StatusLine } from '../../../components/StatusLine';
import { useApproval } from '../../../components/useApproval';
import { errorText } from '../../../i18n/translate';
import { useLanguage, useT } from '../../../i18n/useT';
import { useAppStore } from '../../../state/appStore';
import { istanbulDateTime, istanbulToday } from '../istanbulTime';
import { OperationState } from './OperationState';
import { createDateText } from './orderText';

type Plan = { kind: 'void'; amountKurus: number } | { kind: 'refund'; amountKurus: number };

/**
 * One order: what it was, what was refunded, what is left, this till's operations on it,
 * and the one action that is possible now, with the reason. Every void or refund is
 * confirmed, then approved with a manager's PIN, then followed until Tosla settles it.
 */
export function OrderDetail({ orderId, onClose }: { orderId: string; onClose(): void }) {
  const t = useT();
  const language = useLanguage();
  const api = useAppStore((state) => state.api);
  const { ask, dialog } = useApproval();
  const [order, setOrder] = useState<ToslaOrder | null>(null);
  const [operations, setOperations] = useState<ToslaOperation[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const [amountText, setAmountText] = useState('');
  const [plan, setPlan] = useState<Plan | null>(null);
  const [current, setCurrent] = useState<ToslaOperation | null>(null);
  const [sending, setSending] = useState(false);
  const [checking, setChecking] = useState(false);

  const load = useCallback(async () => {
    if (!api) return;
    const [lookup, history] = await Promise.all([api.call('tosla.lookup', { orderId }), api.call('tosla.operations', { orderId })]);
    if (lookup.ok) {
      setOrder(lookup.value);
      setAmountText(lookup.value.refundableKurus > 0 ? formatAmount(lookup.value.refundableKurus) : '');
      setError(null);
    } else {
      // The last known state stays on screen: a failed reload says nothing new about the order.
      setError(lookup.error);
    }
    if (history.ok) setOperations(history.value);
  }, [api, orderId]);

  useEffect(() => {
    void load();
  }, [load]);

  // The service pushes every change of an operation; the one on show follows it, and a settled one reloads the order.
  useEffect(() => {
    if (!api) return;
    return api.on('tosla.operationChanged', (operation) => {
      if (operation.orderId !== orderId) return;
      // While a call is in flight nothing is shown yet: its first event (sent, answer lost…) is the one to show.
      setCurrent((shown) => (shown === null || shown.id === operation.id ? operation : shown));
      if (operation.status !== 'sending' && operation.status !== 'unknown') void load();
    });
  }, [api, orderId, load]);

  const label = (text: { tr: string; en: string }) => (language === 'tr' ? text.tr : text.en);

  const start = async (chosen: Plan) => {
    setPlan(null);
    if (!api) return;
    const what = t(`manager.orders.kind.${chosen.kind}`, { amount: formatTry(chosen.amountKurus) });
    const subject = { orderId, amountKurus: chosen.amountKurus };
    const request = chosen.kind === 'void' ? ({ action: 'tosla-void', subject } as const) : ({ action: 'tosla-refund', subject } as const);
    const approval = await ask(request, `${orderId} · ${what}`);
    if (!approval) return;
    setCurrent(null);
    setSending(true);
    setError(null);
    const result =
      chosen.kind === 'void'
        ? await api.call('tosla.void', { orderId, approvalToken: approval.token })
        : await api.call('tosla.refund', { orderId, amountKurus: chosen.amountKurus, approvalToken: approval.token });
    setSending(false);
    if (result.ok) setCurrent(result.value);
    else setError(result.error);
    await load();
  };

  const checkAgain = async (operationId: string) => {
    if (!api) return;
    setChecking(true);
    const result = await api.call('tosla.checkAgain', { operationId });
    setChecking(false);
    if (result.ok) setCurrent(result.value);
    else setError(result.error);
    await load();
  };

  const refundReading = order ? readAmount(amountText, order.refundableKurus, t) : null;
  const today = istanbulToday(new Date());
  const open = operations.find((operation) => operation.id === order?.openOperationId) ?? null;

  return (
    <section className="order-detail" aria-labelledby="order-title" data-testid="order-detail">
      <header className="order-head">
        <h2 id="order-title">
          {t('manager.orders.detail')} <code>{orderId}</code>
        </h2>
        <button type="button" className="ghost" onClick={onClose}>
          {t('manager.orders.close')}
        </button>
      </header>
      {error && (
        <p className="field-error" role="alert">
          {errorText(error, language)}
        </p>
      )}
      {order === null && !error && <StatusLine tone="working">{t('manager.orders.looking')}</StatusLine>}
      {order && (
        <>
          <dl className="order-facts">
            <dt>{t('manager.orders.type')}</dt>
            <dd>{label(describeTransactionType(order.transactionType))}</dd>
            <dt>{t('manager.orders.status')}</dt>
            <dd data-testid="order-status">{label(describeRequestStatus(order.requestStatus))}</dd>
            <dt>{t('manager.orders.time')}</dt>
            <dd>{createDateText(order.createDate, language)}</dd>
            <dt>{t('manager.orders.card')}</dt>
            <dd>
              {order.cardNo ?? '—'}
              {order.installmentCount > 1 ? ` · ${t('manager.orders.installments', { count: order.installmentCount })}` : ''}
            </dd>
            <dt>{t('manager.orders.amount')}</dt>
            <dd className="money">{formatTry(order.amountKurus)}</dd>
            <dt>{t('manager.orders.refundedSoFar')}</dt>
            <dd className="money" data-testid="order-refunded">
              {formatTry(order.refundedKurus)}
            </dd>
            <dt>{t('manager.orders.remaining')}</dt>
            <dd className="money strong" data-testid="order-remaining">
              {formatTry(order.refundableKurus)}
            </dd>
          </dl>

          {current && <OperationState operation={current} checking={checking} onCheckAgain={() => void checkAgain(current.id)} />}
          {!current && open && <OperationState operation={open} checking={checking} onCheckAgain={() => void checkAgain(open.id)} />}
          {sending && !current && <StatusLine tone="working">{t('manager.orders.op.sending', { what: t('manager.orders.toTosla') })}</StatusLine>}

          <div className="order-action" data-testid="order-action">
            {order.canVoid ? (
              <>
                <p>
                  <strong>{t('manager.orders.voidPossible')}</strong> {t('manager.orders.voidWhy', { day: order.businessDate ?? today })}
                </p>
                <button
                  type="button"
                  className="danger"
                  disabled={sending}
                  onClick={() => setPlan({ kind: 'void', amountKurus: order.amountKurus })}
                >
                  {t('manager.orders.void', { amount: formatTry(order.amountKurus) })}
                </button>
              </>
            ) : order.canRefund ? (
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  if (refundReading?.ok) setPlan({ kind: 'refund', amountKurus: refundReading.kurus });
                }}
              >
                <p>
                  <strong>{t('manager.orders.refundOnly')}</strong>{' '}
                  {order.refundedKurus > 0
                    ? t('manager.orders.refundWhyRefunded')
                    : t('manager.orders.refundWhySettled', { day: order.businessDate ?? '—' })}
                </p>
                <AmountInput label={t('manager.orders.refundAmount')} text={amountText} onText={setAmountText} maxKurus={order.refundableKurus} />
                <button type="submit" disabled={sending || !refundReading?.ok}>
                  {refundReading?.ok ? t('manager.orders.refund', { amount: formatTry(refundReading.kurus) }) : t('manager.orders.refundPlain')}
                </button>
              </form>
            ) : (
              <p className="notice warn">{order.blockedReason ? label(order.blockedReason) : t('manager.orders.nothing')}</p>
            )}
          </div>

          <h3>{t('manager.orders.history')}</h3>
          {operations.length === 0 ? (
            <p className="muted">{t('manager.orders.noOperations')}</p>
          ) : (
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
                    <td className="nowrap">{istanbulDateTime(operation.updatedAt, language)}</td>
                    <td>{t(`manager.orders.kindName.${operation.kind}`)}</td>
                    <td className="num">{formatTry(operation.amountKurus)}</td>
                    <td>{t(`manager.orders.opStatus.${operation.status}`)}</td>
                    <td>{operation.approverName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
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
          <p>{t(`manager.orders.confirm.${plan.kind}.text`, { orderId, amount: formatTry(plan.amountKurus) })}</p>
        </ConfirmDialog>
      )}
      {dialog}
    </section>
  );
}
