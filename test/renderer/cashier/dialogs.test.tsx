import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SellableProduct } from '../../../src/shared/basket/edits';
import { basketTotals } from '../../../src/shared/basket/totals';
import { TotalsPanel } from '../../../src/renderer/src/screens/cashier/basket/TotalsPanel';
import { CustomerDialog } from '../../../src/renderer/src/screens/cashier/dialogs/CustomerDialog';
import { DiscountDialog } from '../../../src/renderer/src/screens/cashier/dialogs/DiscountDialog';
import { PaymentDialog } from '../../../src/renderer/src/screens/cashier/dialogs/PaymentDialog';
import { QuantityDialog } from '../../../src/renderer/src/screens/cashier/dialogs/QuantityDialog';
import { useSaleStore } from '../../../src/renderer/src/screens/cashier/state/saleStore';

const peynir: SellableProduct = { id: 7, name: 'Beyaz peynir', unit: 'C62', priceKurus: 12_345, vatRate: 1000, department: null, plu: null };
const sabun: SellableProduct = { id: 8, name: 'Sabun', unit: 'C62', priceKurus: 5_000, vatRate: 2000, department: null, plu: null };
const sale = () => useSaleStore.getState();
/** Text with the narrow no-break spaces of tr-TR currency made plain, so expectations read naturally. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/\s/gu, ' ');

beforeEach(() => {
  sale().newSale();
  sale().addProduct(peynir, null);
  sale().addProduct(sabun, null);
});
afterEach(cleanup);

describe('cashier totals and dialogs', () => {
  it('shows the total in tr-TR format with one VAT row per rate', () => {
    render(<TotalsPanel totals={basketTotals(sale().basket)} />);
    expect(plain(screen.getByTestId('grand-total').textContent)).toBe('₺173,45');
    const rows = screen.getAllByTestId('vat-row').map((row) => plain(row.textContent));
    expect(rows).toEqual(['%10112,2311,22123,45', '%2041,678,3350,00']);
  });

  it('accepts a split payment only when the parts add up to the total', () => {
    const total = basketTotals(sale().basket).total;
    render(<PaymentDialog total={total} />);
    sale().openDialog({ kind: 'payment' });
    fireEvent.click(screen.getByTestId('payment-split'));
    const amounts = screen.getAllByLabelText('Tutar');
    fireEvent.change(amounts[0]!, { target: { value: '100' } });
    fireEvent.change(amounts[1]!, { target: { value: '50' } });
    expect(plain(screen.getByTestId('split-remaining').textContent)).toBe('Kalan: ₺23,45');
    expect(screen.getByTestId('payment-dialog-confirm').hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getAllByText('Kalanı buna yaz')[1]!);
    expect(screen.getByTestId('split-remaining').textContent).toBe('Tutarlar toplamı karşılıyor.');
    fireEvent.click(screen.getByTestId('payment-dialog-confirm'));
    expect(sale().basket.payment).toEqual({
      kind: 'split',
      parts: [
        { method: 'cash', amount: 10_000, operatorId: null },
        { method: 'card', amount: 7_345, operatorId: null },
      ],
    });
    expect(sale().dialog).toBeNull();
  });

  it('asks for the meal-card company before a meal-card plan can be confirmed', () => {
    render(<PaymentDialog total={basketTotals(sale().basket).total} />);
    fireEvent.click(screen.getByTestId('payment-meal-card'));
    expect(screen.getByTestId('payment-dialog-confirm').hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByLabelText('Yemek kartı firması'), { target: { value: '1002' } });
    fireEvent.click(screen.getByTestId('payment-dialog-confirm'));
    expect(sale().basket.payment).toEqual({ kind: 'meal-card', operatorId: 1002 });
  });

  it('refuses a VKN with a wrong checksum, naming it, and takes a valid one', () => {
    render(<CustomerDialog />);
    fireEvent.change(screen.getByTestId('customer-taxId'), { target: { value: '1234567891' } });
    fireEvent.change(screen.getByTestId('customer-name'), { target: { value: 'Örnek Gıda A.Ş.' } });
    fireEvent.change(screen.getByTestId('customer-taxOffice'), { target: { value: 'Kadıköy' } });
    fireEvent.click(screen.getByTestId('customer-dialog-confirm'));
    expect(screen.getByText(/1234567891 VKN'si doğrulanamadı/u)).toBeTruthy();
    expect(sale().basket.customer).toBeNull();
    fireEvent.change(screen.getByTestId('customer-taxId'), { target: { value: '1234567890' } });
    fireEvent.click(screen.getByTestId('customer-dialog-confirm'));
    expect(sale().basket.customer?.taxId).toBe('1234567890');
  });

  it('puts a percent discount on the whole basket once main has authorised that amount', async () => {
    const authorize = vi.fn(() => Promise.resolve(true));
    render(<DiscountDialog lineId={sale().basket.lines[0]!.id} authorize={authorize} />);
    fireEvent.click(screen.getByTestId('discount-basket'));
    fireEvent.change(screen.getByTestId('discount-value'), { target: { value: '10' } });
    fireEvent.click(screen.getByTestId('discount-dialog-confirm'));
    await waitFor(() => expect(sale().basket.discount).toEqual({ kind: 'percent', basisPoints: 1000 }));
    expect(authorize).toHaveBeenCalledWith(
      { kind: 'discount', lineId: null, name: '', baseKurus: 17_345, discountKurus: 1735 },
      'Tüm sepete',
    );
    expect(sale().basket.lines.every((line) => line.discount === null)).toBe(true);
    expect(basketTotals(sale().basket).total).toBe(15_610);
  });

  it('changes a quantity with Enter and backs out with Esc leaving it as it was', () => {
    const line = sale().basket.lines[1]!;
    const { unmount } = render(<QuantityDialog line={line} />);
    const input = screen.getByRole('textbox');
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: '4' } });
    act(() => {
      fireEvent.submit(input.closest('form')!);
    });
    expect(sale().basket.lines[1]?.quantity).toBe(4000);
    unmount();
    sale().openDialog({ kind: 'quantity', lineId: line.id });
    render(<QuantityDialog line={sale().basket.lines[1]!} />);
    fireEvent.change(screen.getByRole('textbox'), { target: { value: '9' } });
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(sale().dialog).toBeNull();
    expect(sale().basket.lines[1]?.quantity).toBe(4000);
  });
});
