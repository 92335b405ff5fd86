import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckoutEntry } from '../../../src/shared/checkout/checkoutState';
import { saleResultSchema } from '../../../src/shared/checkout/checkoutState';
import { AlertBanner } from '../../../src/renderer/src/screens/cashier/status/AlertBanner';
import { StatusPanel } from '../../../src/renderer/src/screens/cashier/status/StatusPanel';
import { useCheckoutStore } from '../../../src/renderer/src/screens/cashier/state/checkoutStore';
import type { CashierCommands } from '../../../src/renderer/src/screens/cashier/useCashierCommands';
import { useAppStore } from '../../../src/renderer/src/state/appStore';
import { fakePos, success } from '../fakePos';
import { checkoutEntry } from './entries';

const base = checkoutEntry();

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
    sendAsReceipt: vi.fn(run),
    forceOutcome: vi.fn(run),
    cancelOnDevice: vi.fn(run),
    checkAgain: vi.fn(run),
    openForceOutcome: vi.fn(),
    newSale: vi.fn(),
    unlockDeviceBasket: vi.fn(run),
    deleteDeviceBasket: vi.fn(run),
    decide: vi.fn(run),
    acknowledgeAlert: vi.fn(run),
    authorizeEdit: vi.fn(() => Promise.resolve(true)),
  };
}

/** A basket this till sent, in the given state. */
const show = (entry: Partial<CheckoutEntry>) => act(() => useCheckoutStore.setState({ current: { ...base, ...entry }, sentHere: base.basketId }));

beforeEach(() => {
  fakePos({});
  useCheckoutStore.setState({ current: null, sentHere: null, sending: false, working: false, openBaskets: null, unfinished: [], alerts: [] });
  useAppStore.setState({ settings: null });
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
      sale: saleResultSchema.parse({
        status: 0,
        message: 'OK',
        receiptNo: 42,
        zNo: 3,
        paymentItems: [
          { type: 1, amount: 2000, description: null, operatorId: null, status: 0 },
          { type: 3, amount: 3500, description: 'Garanti', operatorId: 62, status: 0 },
        ],
      }),
    });
    expect(screen.getByTestId('status-word').textContent).toBe('ÖDENDİ');
    expect(screen.getByTestId('receipt-no').textContent).toBe('42');
    expect(screen.getByTestId('z-no').textContent).toBe('3');
    const payments = (screen.getByTestId('payments').textContent ?? '').replace(/\s/gu, ' ');
    expect(payments).toContain('Nakit: ₺20,00');
    expect(payments).toContain('Kredi kartı (Garanti): ₺35,00');
    expect(screen.getByTestId('new-sale').textContent).toContain('F10');
    expect(screen.queryByTestId('resend-hint')).toBeNull();
  });

  it('explains a decline in Turkish with its code and next step; F10 sends the same lines again, a new sale is a lesser choice', () => {
    render(<StatusPanel commands={commands()} />);
    show({ state: 'declined', final: true, sale: saleResultSchema.parse({ status: -1, message: '5005: Online Decline', receiptNo: null, zNo: null, paymentItems: [] }) });
    const answer = screen.getByTestId('device-answer').textContent ?? '';
    expect(answer).toContain('Kod 5005');
    expect(answer).not.toContain('Online Decline');
    expect(screen.getByTestId('what-to-do').textContent).toMatch(/^Ne yapmalı: ./u);
    expect(screen.getByTestId('resend-hint').textContent).toContain('F10');
    expect(screen.getByTestId('new-sale').textContent).not.toContain('F10');
  });

  it('says plainly when a busy device shows no open basket any more', async () => {
    fakePos({ 'checkout.openBaskets': () => success([]) });
    render(<StatusPanel commands={commands()} />);
    show({ state: 'device-busy', final: true, rejection: { code: '1100', description: 'POS is Busy', httpStatus: 400 } });
    expect((await screen.findByTestId('device-busy')).textContent).toBe(
      'Cihaz meşgul olduğunu bildirdi, ancak şu an açık sepet göstermiyor. F10 ile sepeti yeniden gönderin.',
    );
    expect(screen.queryByText(/başka bir açık sepet var/u)).toBeNull();
  });

  it('lists the basket that keeps a busy device busy, with manager delete', async () => {
    const cmd = commands();
    fakePos({
      'checkout.openBaskets': () =>
        success([{ basketID: 'b2a1c3d4-0000-4000-8000-000000000001', total: 1250, isLocked: true, lockedBy: 'AV0000000001', branchId: 'br-1', ours: false }]),
    });
    render(<StatusPanel commands={cmd} />);
    show({ state: 'device-busy', final: true, rejection: { code: '1100', description: 'Terminalde açık sepet var', httpStatus: 400 } });
    expect(screen.getByTestId('device-answer').textContent).toContain('Kod 1100');
    const open = await screen.findByTestId('open-basket');
    expect(open.textContent).toContain('Cihaz kilitledi: AV0000000001');
    fireEvent.click(screen.getByTestId('delete-open-basket'));
    expect(cmd.deleteDeviceBasket).toHaveBeenCalledWith('b2a1c3d4-0000-4000-8000-000000000001');
  });

  it('asks the cashier about an old basket TokenX never saw, and says when TokenX could not settle one', () => {
    const cmd = commands();
    render(<StatusPanel commands={cmd} />);
    show({ state: 'awaiting-decision' });
    expect(screen.getByTestId('status-word').textContent).toBe('TokenX’e ulaşmamış eski sepet — yeniden gönderilsin mi?');
    expect(screen.queryByTestId('check-again')).toBeNull();
    fireEvent.click(screen.getByTestId('decide-resend'));
    fireEvent.click(screen.getByTestId('decide-drop'));
    expect(cmd.decide).toHaveBeenNthCalledWith(1, base.basketId, 'resend');
    expect(cmd.decide).toHaveBeenNthCalledWith(2, base.basketId, 'drop');
    show({ state: 'unknown', escalated: true });
    expect(screen.getByTestId('escalated').textContent).toMatch(/yönetici/iu);
    expect(screen.getByTestId('force-outcome')).toBeTruthy();
  });
});

describe('device truth alerts', () => {
  it('stay on the till loudly, whatever basket is on screen, until a manager acknowledges them', () => {
    const cmd = commands();
    render(<AlertBanner commands={cmd} />);
    expect(screen.queryByTestId('device-alerts')).toBeNull();
    const alerted = { ...base, state: 'paid' as const, final: true, alert: { kind: 'paid-after-final' as const, previous: 'declined' as const, at: '2026-11-23T09:05:00.000Z', acknowledgedBy: null } };
    act(() => useCheckoutStore.setState({ alerts: [alerted] }));
    const alert = screen.getByTestId('device-alert');
    expect(alert.textContent).toContain('“Ödeme reddedildi” olarak kaydedilen sepet için cihaz ÖDEME bildirdi (şimdi: ÖDENDİ)');
    expect(alert.textContent).toContain('23.11.2026 12:05:00');
    fireEvent.click(screen.getByTestId('acknowledge-alert'));
    expect(cmd.acknowledgeAlert).toHaveBeenCalledWith(base.basketId);
  });
});
