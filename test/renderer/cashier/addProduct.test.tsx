import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Product, ProductInput } from '../../../src/shared/contract/catalog';
import type { Result } from '../../../src/shared/result';
import type { SaveProduct } from '../../../src/renderer/src/screens/cashier/dialogs/AddProductDialog';
import { AddProductDialog } from '../../../src/renderer/src/screens/cashier/dialogs/AddProductDialog';
import { offerAddProduct } from '../../../src/renderer/src/screens/cashier/state/catalogActions';
import { useCheckoutStore } from '../../../src/renderer/src/screens/cashier/state/checkoutStore';
import { useSaleStore } from '../../../src/renderer/src/screens/cashier/state/saleStore';

const BARCODE = '8690000000019';
const sale = () => useSaleStore.getState();
const unknownRow = { code: 'catalog.unknown', message: `Barcode ${BARCODE} is not in the catalog.`, messageTr: `${BARCODE} barkodu katalogda yok.` };

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
    fill('Simit', '12,5,0');
    expect(screen.getByTestId('add-product-dialog-confirm').hasAttribute('disabled')).toBe(true);
    await submit();
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

  it("shows main's own reason when the catalog refuses the product", async () => {
    const { save } = recordingSave(() => ({
      ok: false,
      error: { code: 'catalog.invalid-product', message: 'Barcode already used by Simit.', messageTr: 'Barkod Simit ürününde kullanılıyor.' },
    }));
    render(<AddProductDialog barcode={BARCODE} save={save} onSaved={() => undefined} onCancel={() => undefined} />);
    fill('Simit', '15');
    await submit();
    expect(screen.getByTestId('add-product-problem').textContent).toBe('Barkod Simit ürününde kullanılıyor.');
  });
});

describe('the offer on an unknown-barcode row', () => {
  it('opens the dialog for the last unknown barcode until the cashier moves on', () => {
    sale().notifyUnknown(unknownRow, BARCODE);
    const noticeId = sale().offeredNoticeId;
    expect(noticeId).toBe(sale().notices[0]?.id);
    expect(offerAddProduct()).toBe(true);
    expect(sale().dialog).toEqual({ kind: 'add-product', barcode: BARCODE, noticeId });
    sale().closeDialog();

    sale().addProduct({ id: 7, name: 'Ayran', unit: 'C62', priceKurus: 1_500, vatRate: 100, department: null, plu: null }, null);
    expect(sale().offeredNoticeId).toBeNull();
    expect(offerAddProduct()).toBe(false);
    expect(sale().dialog).toBeNull();
  });

  it('is withdrawn by a later error row or by dismissing the row', () => {
    sale().notifyUnknown(unknownRow, BARCODE);
    sale().notify({ code: 'catalog.invalid', message: 'Wrong check digit.', messageTr: 'Kontrol hanesi yanlış.' });
    expect(offerAddProduct()).toBe(false);
    sale().notifyUnknown(unknownRow, BARCODE);
    sale().dismissNotice(sale().offeredNoticeId!);
    expect(offerAddProduct()).toBe(false);
  });
});
