import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OrderDetail } from '../../../src/renderer/src/screens/manager/orders/OrderDetail';
import { useAppStore } from '../../../src/renderer/src/state/appStore';
import { defaultSettings } from '../../../src/shared/settings';
import type { ToslaOperation, ToslaOrder } from '../../../src/shared/tosla/views';
import type { Output } from '../../../src/shared/contract';
import { fakePos, success } from '../fakePos';

const settled: ToslaOrder = {
  orderId: 'ORD-20250313-0001',
  transactionType: 1,
  requestStatus: 1,
  amountKurus: 10_000,
  refundedKurus: 0,
  refundableKurus: 10_000,
  installmentCount: 0,
  cardNo: '41595600****7732',
  createDate: '20250313101500',
  businessDate: '2025-03-13',
  canVoid: false,
  canRefund: true,
  suggestion: 'refund',
  blockedReason: null,
  openOperationId: null,
};

const operation = (patch: Partial<ToslaOperation>): ToslaOperation => ({
  id: 'op-1',
  environment: 'training',
  orderId: settled.orderId,
  kind: 'refund',
  amountKurus: 2_500,
  status: 'sending',
  approverId: 'm1',
  approverName: 'Mert Kaya',
  actorId: 'c1',
  reason: '',
  createdAt: '2025-03-14T08:00:00.000Z',
  updatedAt: '2025-03-14T08:00:00.000Z',
  responseCode: null,
  responseMessage: null,
  transactionId: null,
  resolvedBy: null,
  ...patch,
});

const approval: Output<'users.requestApproval'> = {
  token: 't'.repeat(32),
  action: 'tosla-refund',
  request: { action: 'tosla-refund', subject: { orderId: settled.orderId, amountKurus: 2_500 } },
  approverId: 'm1', approverName: 'Mert Kaya', expiresAt: '2030-01-01T00:00:00.000Z' };

beforeEach(() => {
  useAppStore.setState({ phase: 'ready', settings: defaultSettings() });
});
afterEach(cleanup);

describe('OrderDetail', () => {
  it('offers only a refund on a settled order, caps it at the remainder, and follows a lost answer until Tosla settles it', async () => {
    let order = settled;
    const { calls, emit } = fakePos({
      'tosla.lookup': () => success(order),
      'tosla.operations': () => success([]),
      'users.approvers': () => success([{ id: 'm1', displayName: 'Mert Kaya', role: 'manager', lockedUntil: null }]),
      'users.requestApproval': () => success(approval),
      'tosla.refund': () => success(operation({ status: 'unknown' })),
    });
    render(<OrderDetail orderId={settled.orderId} onClose={() => undefined} />);

    const action = await screen.findByTestId('order-action');
    expect(action.textContent).toContain('Yalnızca iade mümkün.');
    expect(action.textContent).toContain('13.03.2025');
    expect(within(action).queryByRole('button', { name: /iptal/iu })).toBeNull();

    const amount = within(action).getByLabelText('İade tutarı') as HTMLInputElement;
    expect(amount.value).toBe('100,00');
    fireEvent.change(amount, { target: { value: '100,01' } });
    expect(within(action).getByRole('button', { name: 'İade et' }).getAttribute('aria-disabled')).toBe('true');
    fireEvent.change(amount, { target: { value: '25' } });
    fireEvent.click(within(action).getByRole('button', { name: '₺25,00 iade et' }));

    fireEvent.click(await screen.findByRole('button', { name: 'Evet, yönetici onayına geç' }));
    const pin = await screen.findByLabelText('PIN');
    fireEvent.change(pin, { target: { value: '4827' } });
    fireEvent.submit(pin.closest('form') as HTMLFormElement);

    const state = await screen.findByTestId('operation-state');
    expect(state.textContent).toContain('Kontrol ediliyor');
    expect(calls.find((call) => call.name === 'users.requestApproval')?.arg).toMatchObject({
      request: { action: 'tosla-refund', subject: { orderId: settled.orderId, amountKurus: 2_500 } },
    });
    expect(calls.find((call) => call.name === 'tosla.refund')?.arg).toEqual({
      orderId: settled.orderId,
      amountKurus: 2_500,
      approvalToken: approval.token,
    });

    order = { ...settled, requestStatus: 3, refundedKurus: 2_500, refundableKurus: 7_500 };
    act(() => emit('tosla.operationChanged', operation({ status: 'succeeded', resolvedBy: 'inquiry' })));
    await waitFor(() => expect(screen.getByTestId('operation-state').textContent).toContain('Tamamlandı: ₺25,00 tutarında iade.'));
    await waitFor(() => expect(screen.getByTestId('order-remaining').textContent).toBe('₺75,00'));
    expect(screen.getByTestId('order-refunded').textContent).toBe('₺25,00');
  });

  it('says a same-day order can be voided in full, and why', async () => {
    fakePos({
      'tosla.lookup': () => success({ ...settled, canVoid: true, suggestion: 'void', businessDate: '2025-03-14' }),
      'tosla.operations': () => success([]),
    });
    render(<OrderDetail orderId={settled.orderId} onClose={() => undefined} />);
    const action = await screen.findByTestId('order-action');
    expect(action.textContent).toContain('İptal mümkün.');
    expect(action.textContent).toContain('kısmi iptal yoktur');
    expect(within(action).getByRole('button', { name: 'Siparişi iptal et (₺100,00)' })).toBeTruthy();
    expect(within(action).queryByLabelText('İade tutarı')).toBeNull();
  });
});
