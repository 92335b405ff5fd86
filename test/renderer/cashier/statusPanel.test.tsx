import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PosApi } from '../../../src/shared/contract';
import type { CheckoutEntry } from '../../../src/shared/checkout/checkoutState';
import { StatusPanel } from '../../../src/renderer/src/screens/cashier/status/StatusPanel';
import { useCheckoutStore } from '../../../src/renderer/src/screens/cashier/state/checkoutStore';
import type { CashierCommands } from '../../../src/renderer/src/screens/cashier/useCashierCommands';
import { useAppStore } from '../../../src/renderer/src/state/appStore';

const base: CheckoutEntry = {
  basketId: '6f1c2a34-9d7e-4b8a-a1f0-2c3d4e5f6a7b',
  environment: 'training',
  target: { kind: 'terminal', terminalId: 'AV0000000001' },
  checkNumber: 7,
  totalKurus: 5500,
  state: 'on-device',
  final: false,
  lockedBy: null,
  sale: null,
  rejection: null,
  cancelRequested: false,
  communicationError: null,
  forced: false,
  escalated: false,
  alert: null,
  cashierId: null,
  createdAt: '2026-11-23T09:00:00.000Z',
  updatedAt: '2026-11-23T09:00:01.000Z',
};

function commands(): CashierCommands {
  const run = () => Promise.resolve();
  return {
    quantity: vi.fn(),
    discount: vi.fn(),
    payment: vi.fn(),
    customer: vi.fn(),
    parked: vi.fn(),
    price: vi.fn(run),
    voidOrCancel: vi.fn(run),
    primary: vi.fn(run),
    send: vi.fn(run),
    cancelOnDevice: vi.fn(run),
    checkAgain: vi.fn(run),
    openForceOutcome: vi.fn(),
    backToBasket: vi.fn(),
    newSale: vi.fn(),
    unlockDeviceBasket: vi.fn(run),
    deleteDeviceBasket: vi.fn(run),
    authorizeEdit: vi.fn(() => Promise.resolve(true)),
  };
}

const show = (entry: Partial<CheckoutEntry>) => act(() => useCheckoutStore.setState({ current: { ...base, ...entry } }));

beforeEach(() => {
  useCheckoutStore.setState({ current: null, sending: false, working: false, openBaskets: null, unfinished: [] });
  useAppStore.setState({ settings: null, api: null });
});
afterEach(cleanup);

describe('cashier status panel', () => {
  it('says in words where the basket is: sending, on the device, locked by which terminal', () => {
    render(<StatusPanel commands={commands()} />);
    act(() => useCheckoutStore.setState({ sending: true }));
    expect(screen.getByTestId('status-panel').dataset.state).toBe('sending');
    expect(screen.getByText('Gönderiliyor…')).toBeTruthy();
    show({});
    expect(screen.getByTestId('status-word').textContent).toBe('Cihazda — ödeme bekleniyor');
    expect(screen.getByTestId('locked-by').textContent).toBe('Henüz hiçbir cihaz açmadı');
    show({ lockedBy: 'AV0000000001' });
    expect(screen.getByTestId('locked-by').textContent).toBe('Cihaz kilitledi: AV0000000001');
    expect(screen.getByTestId('cancel-on-device')).toBeTruthy();
  });

  it('offers only "check again" and the manager outcome for an unknown basket, never a send', () => {
    const cmd = commands();
    render(<StatusPanel commands={cmd} />);
    show({ state: 'unknown', communicationError: 'connect ETIMEDOUT' });
    expect(screen.getByTestId('status-panel').className).toContain('tone-warn');
    expect(screen.getByText(/YENİDEN GÖNDERMEYİN/u)).toBeTruthy();
    const buttons = screen.getAllByRole('button').map((button) => button.textContent ?? '');
    expect(buttons.some((text) => /gönder/iu.test(text))).toBe(false);
    expect(screen.queryByTestId('new-sale')).toBeNull();
    expect(screen.queryByTestId('back-to-basket')).toBeNull();
    fireEvent.click(screen.getByTestId('check-again'));
    expect(cmd.checkAgain).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByTestId('force-outcome'));
    expect(cmd.openForceOutcome).toHaveBeenCalledOnce();
  });

  it('shows a paid basket with receipt no, Z no and each payment', () => {
    render(<StatusPanel commands={commands()} />);
    show({
      state: 'paid',
      final: true,
      sale: {
        status: 0,
        message: 'OK',
        receiptNo: 42,
        zNo: 3,
        paymentItems: [
          { type: 1, amount: 2000, description: null, operatorId: null, status: 0 },
          { type: 3, amount: 3500, description: 'Garanti', operatorId: 62, status: 0 },
        ],
      },
    });
    expect(screen.getByTestId('status-word').textContent).toBe('ÖDENDİ');
    expect(screen.getByTestId('receipt-no').textContent).toBe('42');
    expect(screen.getByTestId('z-no').textContent).toBe('3');
    const payments = (screen.getByTestId('payments').textContent ?? '').replace(/\s/gu, ' ');
    expect(payments).toContain('Nakit: ₺20,00');
    expect(payments).toContain('Kredi kartı (Garanti): ₺35,00');
    expect(screen.getByTestId('new-sale')).toBeTruthy();
    expect(screen.queryByTestId('back-to-basket')).toBeNull();
  });

  it('explains a decline with its code, meaning and next step from the status catalog', () => {
    render(<StatusPanel commands={commands()} />);
    show({ state: 'declined', final: true, sale: { status: -1, message: '5005: Online Decline', receiptNo: null, zNo: null, paymentItems: [] } });
    const answer = screen.getByTestId('device-answer').textContent ?? '';
    expect(answer).toContain('Kod 5005');
    expect(screen.getByTestId('what-to-do').textContent).toMatch(/^Ne yapmalı: ./u);
    expect(screen.getByTestId('back-to-basket')).toBeTruthy();
  });

  it('lists the basket that keeps a busy device busy, with manager delete', async () => {
    const cmd = commands();
    const api = {
      call: vi.fn(async () => ({
        ok: true,
        value: [{ basketID: 'b2a1c3d4-0000-4000-8000-000000000001', total: 1250, isLocked: true, lockedBy: 'AV0000000001', branchId: 'br-1', ours: false }],
      })),
      on: () => () => undefined,
    } as unknown as PosApi;
    useAppStore.setState({ api });
    render(<StatusPanel commands={cmd} />);
    show({ state: 'device-busy', final: true, rejection: { code: '1100', description: 'Terminalde açık sepet var', httpStatus: 400 } });
    expect(screen.getByTestId('device-answer').textContent).toContain('Kod 1100');
    const open = await screen.findByTestId('open-basket');
    expect(open.textContent).toContain('Cihaz kilitledi: AV0000000001');
    fireEvent.click(screen.getByTestId('delete-open-basket'));
    expect(cmd.deleteDeviceBasket).toHaveBeenCalledWith('b2a1c3d4-0000-4000-8000-000000000001');
  });
});
