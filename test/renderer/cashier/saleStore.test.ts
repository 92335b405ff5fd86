import { beforeEach, describe, expect, it } from 'vitest';
import type { SellableProduct } from '../../../src/shared/basket/edits';
import { basketTotals } from '../../../src/shared/basket/totals';
import { readPercent, readQuantity } from '../../../src/renderer/src/screens/cashier/state/numberEntry';
import { useSaleStore } from '../../../src/renderer/src/screens/cashier/state/saleStore';
import { useFailures } from '../../../src/renderer/src/state/failures';

const ayran: SellableProduct = { id: 1, name: 'Ayran 200 ml', unit: 'C62', priceKurus: 1250, vatRate: 1000, department: null, plu: null };
const domates: SellableProduct = { id: 2, name: 'Domates', unit: 'KGM', priceKurus: 3990, vatRate: 100, department: null, plu: 101 };

const sale = () => useSaleStore.getState();

beforeEach(() => {
  sale().newSale();
  useFailures.setState({ current: null, claims: {} });
});

describe('cashier number entry', () => {
  it('reads quantities exactly, whole units for countable goods and grams for measured ones', () => {
    expect(readQuantity('3', 'C62', 10_000_000)).toEqual({ ok: true, value: 3000 });
    expect(readQuantity('1,5', 'KGM', 10_000_000)).toEqual({ ok: true, value: 1500 });
    expect(readQuantity('0.125', 'KGM', 10_000_000)).toEqual({ ok: true, value: 125 });
    expect(readQuantity('1,5', 'C62', 10_000_000)).toEqual({ ok: false, problem: 'whole-only' });
    expect(readQuantity('1,2345', 'KGM', 10_000_000)).toEqual({ ok: false, problem: 'too-many-decimals' });
    expect(readQuantity('0', 'C62', 10_000_000)).toEqual({ ok: false, problem: 'zero' });
    expect(readQuantity('abc', 'C62', 10_000_000)).toEqual({ ok: false, problem: 'format' });
    expect(readQuantity('20000', 'C62', 10_000_000)).toEqual({ ok: false, problem: 'too-large' });
  });

  it('reads percents as basis points up to 100 %', () => {
    expect(readPercent('10')).toEqual({ ok: true, value: 1000 });
    expect(readPercent('12,5')).toEqual({ ok: true, value: 1250 });
    expect(readPercent('100')).toEqual({ ok: true, value: 10_000 });
    expect(readPercent('100,01')).toEqual({ ok: false, problem: 'too-large' });
  });
});

describe('cashier basket store', () => {
  it('raises the line of a repeated product wherever it is, and a pending 3* multiplies the next item', () => {
    sale().addProduct(ayran, '8690000000001', 1000, true);
    sale().addProduct(domates, null, 500, true);
    sale().addProduct(ayran, '8690000000001', 1000, true);
    expect(sale().basket.lines).toHaveLength(2);
    expect(sale().basket.lines[0]?.quantity).toBe(2000);
    expect(sale().selectedLineId).toBe(sale().basket.lines[0]?.id);
    sale().setPendingQuantity(3000);
    sale().addProduct(ayran, '8690000000001', 3000, true);
    expect(sale().basket.lines[0]?.quantity).toBe(5000);
    expect(sale().pendingQuantity).toBeNull();
  });

  it('adds a line per scan when the till is set not to merge repeats', () => {
    sale().addProduct(ayran, null, 1000, false);
    sale().addProduct(ayran, null, 1000, false);
    expect(sale().basket.lines.map((line) => line.quantity)).toEqual([1000, 1000]);
  });

  it('starts a new line when the earlier one was discounted, so a discount never spreads to more units', () => {
    sale().addProduct(ayran, null, 1000, true);
    const first = sale().basket.lines[0]!;
    expect(sale().changeLineDiscount(first.id, { kind: 'percent', basisPoints: 1000 })).toBe(true);
    sale().addProduct(ayran, null, 1000, true);
    expect(sale().basket.lines).toHaveLength(2);
    expect(sale().selectedLineId).toBe(sale().basket.lines[1]?.id);
  });

  it('turns a weight label into a weighed line in kg and reports a countable quantity that is not whole', () => {
    expect(sale().addScaleLabel(domates, { embedded: 'weight', plu: 101, weightGrams: 1234, prefix: '27' }, '2700101012348')).toBe(true);
    const line = sale().basket.lines[0]!;
    expect(line.unit).toBe('KGM');
    expect(line.quantity).toBe(1234);
    expect(basketTotals(sale().basket).total).toBe(4924);
    expect(sale().addProduct(ayran, null, 1500, true)).toBe(false);
    expect(useFailures.getState().current).toMatchObject({ source: 'till', error: { code: 'basket.quantity-whole' } });
  });

  it('keeps a voided line struck through, out of the totals, and moves the selection to a live line', () => {
    sale().addProduct(ayran, null, 1000, true);
    sale().addProduct(domates, null, 1000, true);
    const [first, second] = sale().basket.lines;
    expect(sale().voidLine(second!.id)).toBe(true);
    expect(sale().basket.lines).toHaveLength(2);
    expect(sale().basket.lines[1]?.voided).toBe(true);
    expect(sale().selectedLineId).toBe(first!.id);
    expect(basketTotals(sale().basket).total).toBe(1250);
    expect(sale().changeQuantity(second!.id, 2000)).toBe(false);
    expect(useFailures.getState().current?.error.code).toBe('basket.line-voided');
  });

  it('moves the selection with the arrows over live lines only', () => {
    sale().addProduct(ayran, null, 1000, true);
    sale().addProduct(domates, null, 1000, true);
    sale().moveSelection(-1);
    expect(sale().selectedLineId).toBe(sale().basket.lines[0]?.id);
    sale().moveSelection(-1);
    expect(sale().selectedLineId).toBe(sale().basket.lines[0]?.id);
  });

  it('starts every new sale empty, under a fresh basket id', () => {
    sale().addProduct(ayran, null, 1000, true);
    const before = sale().basket.id;
    sale().newSale();
    expect(sale().basket.lines).toEqual([]);
    expect(sale().basket.id).not.toBe(before);
  });
});
