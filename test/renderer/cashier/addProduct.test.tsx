import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Product, ProductInput } from '../../../src/shared/contract/catalog';
import type { Result } from '../../../src/shared/result';
import type { SaveProduct } from '../../../src/renderer/src/screens/cashier/dialogs/AddProductDialog';
import { AddProductDialog } from '../../../src/renderer/src/screens/cashier/dialogs/AddProductDialog';
import { call } from '../../../src/renderer/src/state/call';
import { useCheckoutStore } from '../../../src/renderer/src/screens/cashier/state/checkoutStore';
import { useSaleStore } from '../../../src/renderer/src/screens/cashier/state/saleStore';
import { failure, fakePos } from '../fakePos';

const BARCODE = '8690000000019';
const sale = () => useSaleStore.getState();

/** A save that answers as main would and remembers what it was asked. */
function recordingSave(answer: (input: ProductInput) => Result<Product> | null) {
  const calls: { input: ProductInput; summary: string }[] = [];
  const save: SaveProduct = (input, summary) => {
    calls.push({ input, summary });
    return Promise.resolve(answer(input));
  };
  return { calls, save };
}

const saved = (input: ProductInput): Result<Product> => ({ ok: true, value: { ...input, id: 41 } });

function fill(name: string, price: string) {
  fireEvent.change(screen.getByTestId('add-product-name'), { target: { value: name } });
  fireEvent.change(screen.getByLabelText('Satış fiyatı (KDV dahil, birim başına)'), { target: { value: price } });
}

async function submit() {
  await act(async () => {
    fireEvent.submit(screen.getByTestId('add-product-name').closest('form')!);
    await Promise.resolve();
  });
}

beforeEach(() => {
  fakePos({});
  sale().newSale();
  useCheckoutStore.setState({ sections: null });
});
afterEach(cleanup);

describe('add product for an unknown barcode', () => {
  it('saves the barcode with the typed name, tr-TR price, VAT rate and unit, then hands the product back', async () => {
    const { calls, save } = recordingSave(saved);
    const added: Product[] = [];
    render(<AddProductDialog barcode={BARCODE} save={save} onSaved={(product) => added.push(product)} onCancel={() => undefined} />);
    expect(screen.getByTestId('add-product-barcode').textContent).toBe(BARCODE);
    expect(document.activeElement).toBe(screen.getByTestId('add-product-name'));
    fill('  Zeytinyağı 1 L ', '1.234,5');
    fireEvent.change(screen.getByTestId('add-product-vat'), { target: { value: '1000' } });
    fireEvent.change(screen.getByTestId('add-product-unit'), { target: { value: 'LTR' } });
    await submit();
    expect(calls.map((call) => call.input)).toEqual([
      { id: null, name: 'Zeytinyağı 1 L', barcodes: [BARCODE], unit: 'LTR', priceKurus: 123_450, vatRate: 1000, department: null, plu: null, quickKey: null },
    ]);
    expect(calls[0]?.summary.replace(/\s/gu, ' ')).toBe(`Kataloğa yeni ürün: Zeytinyağı 1 L (${BARCODE}), ₺1.234,50`);
    expect(added.map((product) => product.id)).toEqual([41]);
  });

  it('offers only the VAT rates the device has a department for, 20 % first choice', () => {
    useCheckoutStore.setState({
      sections: [
        { sectionNo: 1, name: 'Gıda', taxPercent: 100 },
        { sectionNo: 2, name: 'Genel', taxPercent: 2000 },
      ],
    });
    render(<AddProductDialog barcode={BARCODE} save={recordingSave(saved).save} onSaved={() => undefined} onCancel={() => undefined} />);
    const vat = screen.getByTestId('add-product-vat');
    expect([...vat.querySelectorAll('option')].map((option) => option.textContent)).toEqual(['%1', '%20']);
    expect((vat as HTMLSelectElement).value).toBe('2000');
  });

  it('does not save without a name or with a price that is not an amount, and says why', async () => {
    const { calls, save } = recordingSave(saved);
    render(<AddProductDialog barcode={BARCODE} save={save} onSaved={() => undefined} onCancel={() => undefined} />);
    fill('', '12,50');
    await submit();
    expect(screen.getByText('Ürün adını yazın.')).toBeTruthy();
    expect(screen.getByTestId('add-product-dialog-blocked').textContent).toBe('Ürün adını yazın.');
    fill('Simit', '12,5,0');
    expect(screen.getByTestId('add-product-dialog-confirm').getAttribute('aria-disabled')).toBe('true');
    await submit();
    expect(screen.getByTestId('add-product-dialog-blocked').textContent).toBe('Tutar 1.234,56 biçiminde olmalı.');
    expect(calls).toHaveLength(0);
  });

  it('tells the cashier the product was not saved when no manager approved, and Esc backs out', async () => {
    const { calls, save } = recordingSave(() => null);
    let cancelled = 0;
    const added: Product[] = [];
    render(<AddProductDialog barcode={BARCODE} save={save} onSaved={(product) => added.push(product)} onCancel={() => (cancelled += 1)} />);
    fill('Simit', '15');
    await submit();
    expect(calls).toHaveLength(1);
    expect(screen.getByTestId('add-product-problem').textContent).toBe('Ürün kaydedilmedi: kataloğa ürün eklemek için yönetici onayı gerekiyor.');
    expect(added).toHaveLength(0);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(cancelled).toBe(1);
  });

  it("shows main's own reason inside the dialog when the catalog refuses the product", async () => {
    fakePos({ 'catalog.upsert': () => failure('catalog.invalid-product', 'Barcode already used by Simit.', 'Barkod Simit ürününde kullanılıyor.') });
    const save: SaveProduct = (product) => call('catalog.upsert', { product });
    render(<AddProductDialog barcode={BARCODE} save={save} onSaved={() => undefined} onCancel={() => undefined} />);
    fill('Simit', '15');
    await submit();
    expect(screen.getByTestId('dialog-failure').textContent).toBe('Barkod Simit ürününde kullanılıyor.');
  });
});

