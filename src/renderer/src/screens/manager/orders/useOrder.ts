import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../../../shared/result';
import type { ToslaOperation, ToslaOrder } from '../../../../../shared/tosla/views';
import { call } from '../../../state/call';
import { usePosEvent } from '../../../state/useQuery';

export type OrderPlan = { kind: 'void' | 'refund'; amountKurus: number };

/**
 * The order as typed, or in capitals when Tosla does not know it as typed: order
 * numbers are written in capitals (`ORD-…`), people type them any way.
 */
async function lookUp(typed: string): Promise<Result<ToslaOrder>> {
  const found = await call('tosla.lookup', { orderId: typed });
  const upper = typed.toUpperCase();
  if (found.ok || found.error.code !== 'tosla.order-not-found' || upper === typed) return found;
  return call('tosla.lookup', { orderId: upper });
}

/**
 * One Tosla order as the detail screen needs it: the order, this till's operations on
 * it, the operation being followed, and the void/refund and check-again actions.
 * Every change main pushes for this order is followed; a settled one reloads it.
 */
export function useOrder(typedId: string) {
  const [order, setOrder] = useState<ToslaOrder | null>(null);
  const [operations, setOperations] = useState<ToslaOperation[]>([]);
  const [current, setCurrent] = useState<ToslaOperation | null>(null);
  const [sending, setSending] = useState(false);
  const [checking, setChecking] = useState(false);
  const orderId = order?.orderId ?? typedId;

  const load = useCallback(async () => {
    const found = await lookUp(typedId);
    // The last known state stays on screen: a failed reload says nothing new about the order.
    if (!found.ok) return;
    setOrder(found.value);
    const history = await call('tosla.operations', { orderId: found.value.orderId });
    if (history.ok) setOperations(history.value);
  }, [typedId]);

  useEffect(() => {
    void load();
  }, [load]);

  usePosEvent('tosla.operationChanged', (operation) => {
    if (operation.orderId !== orderId) return;
    // While a call is in flight nothing is shown yet: its first event (sent, answer lost…) is the one to show.
    setCurrent((shown) => (shown === null || shown.id === operation.id ? operation : shown));
    if (operation.status !== 'sending' && operation.status !== 'unknown') void load();
  });

  const run = async (plan: OrderPlan, approvalToken: string) => {
    setCurrent(null);
    setSending(true);
    const result =
      plan.kind === 'void'
        ? await call('tosla.void', { orderId, approvalToken })
        : await call('tosla.refund', { orderId, amountKurus: plan.amountKurus, approvalToken });
    setSending(false);
    if (result.ok) setCurrent(result.value);
    await load();
  };

  const checkAgain = async (operationId: string) => {
    setChecking(true);
    const result = await call('tosla.checkAgain', { operationId });
    setChecking(false);
    if (result.ok) setCurrent(result.value);
    await load();
  };

  const open = operations.find((operation) => operation.id === order?.openOperationId) ?? null;
  return { orderId, order, operations, following: current ?? open, sending, checking, run, checkAgain };
}
