import { beforeEach, describe, expect, it } from 'vitest';
import type { Product } from '../../../src/shared/contract/catalog';
import { useCheckoutStore } from '../../../src/renderer/src/screens/cashier/state/checkoutStore';
import { useSaleStore } from '../../../src/renderer/src/screens/cashier/state/saleStore';
import { addProduct, enterBarcode, enterPlu, scansSettled, startNewSale } from '../../../src/renderer/src/screens/cashier/state/tillActions';
import { useAppStore } from '../../../src/renderer/src/state/appStore';
import { useFailures } from '../../../src/renderer/src/state/failures';
import { defaultSettings } from '../../../src/shared/settings';
import type { Answers } from '../fakePos';
import { fakePos, success } from '../fakePos';
import { checkoutEntry } from './entries';

const ekmek: Product = { id: 1, name: 'Ekmek 250 g', barcodes: ['2000000000015'], unit: 'C62', priceKurus: 1000, vatRate: 100, department: null, plu: null, quickKey: null };
const domates: Product = { id: 2, name: 'Domates', barcodes: [], unit: 'KGM', priceKurus: 3490, vatRate: 100, department: null, plu: 1, quickKey: null };

const paid = checkoutEntry({ totalKurus: 1000, state: 'paid', final: true });

const sale = () => useSaleStore.getState();
const lookupAnswers: Answers = {
  'catalog.lookup': (arg: unknown) => {
    const { code } = arg as { code: string };
    if (code === ekmek.barcodes[0]) return success({ kind: 'product', code, product: ekmek });
    if (code === '8690000000019') return success({ kind: 'unknown', code, message: 'Not in the catalog.', messageTr: 'Katalogda yok.' });
    return success({ kind: 'invalid', code, message: `${code}: not a barcode.`, messageTr: `${code}: barkod değil.` });
  },
  'catalog.search': () => success([domates]),
};

beforeEach(() => {
  fakePos(lookupAnswers);
  useAppStore.setState({ settings: defaultSettings() });
  useCheckoutStore.setState({ current: null, sentHere: null, sending: false, unfinished: [], recovery: null });
  sale().newSale();
});

describe('what the till does with a scan', () => {
  it('adds the product, and a repeat raises its line', async () => {
    await enterBarcode(ekmek.barcodes[0]!);
    await enterBarcode(ekmek.barcodes[0]!);
    expect(sale().basket.lines.map((line) => [line.name, line.quantity])).toEqual([['Ekmek 250 g', 2000]]);
  });

  it('lets a send wait for the scans made just before it', async () => {
    void enterBarcode(ekmek.barcodes[0]!);
    void enterPlu('1');
    expect(sale().basket.lines).toHaveLength(0);
    await scansSettled();
    expect(sale().basket.lines.map((line) => line.name)).toEqual(['Ekmek 250 g']);
    expect(sale().dialog).toMatchObject({ kind: 'weight' });
  });

  it('starts the next sale by itself when the last one is paid', async () => {
    await enterBarcode(ekmek.barcodes[0]!);
    useCheckoutStore.setState({ current: paid, sentHere: paid.basketId });
    await enterBarcode(ekmek.barcodes[0]!);
    expect(useCheckoutStore.getState().current).toBeNull();
    expect(sale().basket.lines.map((line) => line.quantity)).toEqual([1000]);
    expect(useFailures.getState().current).toBeNull();
  });

  it('refuses while the basket is on the device, saying what was not added', async () => {
    useCheckoutStore.setState({ current: { ...paid, state: 'on-device', final: false }, sentHere: paid.basketId });
    await enterBarcode(ekmek.barcodes[0]!);
    expect(sale().basket.lines).toHaveLength(0);
    expect(useFailures.getState().current?.error.messageTr).toBe(`Sepet cihazda; ${ekmek.barcodes[0]} eklenmedi. Önce sonucu bekleyin veya satışı iptal edin.`);
  });

  it('does not add scans made while a warning is on screen; it lists them on the warning', async () => {
    await enterBarcode('123');
    expect(useFailures.getState().current?.error.code).toBe('catalog.invalid');
    await enterBarcode(ekmek.barcodes[0]!);
    expect(sale().basket.lines).toHaveLength(0);
    expect(useFailures.getState().current?.refused).toEqual([ekmek.barcodes[0]]);
  });

  it('offers to add an unknown barcode as a product from the warning', async () => {
    await enterBarcode('8690000000019');
    const failure = useFailures.getState().current;
    expect(failure?.offer?.label).toEqual({ tr: 'Ürün olarak ekle', en: 'Add as a product' });
    failure?.offer?.run();
    expect(sale().dialog).toEqual({ kind: 'add-product', barcode: '8690000000019' });
  });

  it('asks for the weight of a weighed product picked by PLU or search, unless a quantity was typed first', async () => {
    await enterPlu('1');
    expect(sale().dialog).toEqual({ kind: 'weight', product: domates, barcode: null });
    sale().closeDialog();
    sale().setPendingQuantity(750);
    addProduct(domates);
    expect(sale().dialog).toBeNull();
    expect(sale().basket.lines.map((line) => [line.name, line.quantity])).toEqual([['Domates', 750]]);
  });

  it('leaves nothing of the last sale on screen when a new one starts', async () => {
    await enterBarcode('123');
    startNewSale();
    expect(useFailures.getState().current).toBeNull();
    expect(sale().basket.lines).toEqual([]);
  });
});
