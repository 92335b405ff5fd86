import { describe, expect, it } from 'vitest';
import { basketTotals, discountAmount, lineGross, vatIncluded } from '../../src/shared/basket/totals';
import { basketWith, line } from './basketFixtures';

describe('basket totals', () => {
  it('prices weighed lines from thousandths, rounding half up', () => {
    expect(lineGross({ unitPrice: 6000, quantity: 1500 })).toBe(9000);
    expect(lineGross({ unitPrice: 1299, quantity: 333 })).toBe(433);
    expect(lineGross({ unitPrice: 1, quantity: 500 })).toBe(1);
  });

  it('splits VAT out of VAT-included amounts per rate', () => {
    const totals = basketTotals(
      basketWith([line('a', { unitPrice: 10000, vatRate: 2000 }), line('b', { unitPrice: 5050, vatRate: 100 }), line('c', { unitPrice: 2200, vatRate: 1000, quantity: 2000 })]),
    );
    expect(totals.total).toBe(19450);
    expect(totals.vat).toEqual([
      { vatRate: 100, gross: 5050, vat: 50, net: 5000 },
      { vatRate: 1000, gross: 4400, vat: 400, net: 4000 },
      { vatRate: 2000, gross: 10000, vat: 1667, net: 8333 },
    ]);
    expect(vatIncluded(0, 2000)).toBe(0);
    expect(vatIncluded(10000, 0)).toBe(0);
  });

  it('takes line discounts, then spreads the basket discount over the lines', () => {
    const totals = basketTotals(
      basketWith(
        [
          line('a', { unitPrice: 3333, discount: { kind: 'percent', basisPoints: 1000 } }),
          line('b', { unitPrice: 3333, vatRate: 100 }),
          line('c', { unitPrice: 3334, vatRate: 1000, discount: { kind: 'amount', kurus: 334 } }),
        ],
        { discount: { kind: 'amount', kurus: 100 } },
      ),
    );
    expect(totals.gross).toBe(10000);
    expect(totals.lineDiscounts).toBe(333 + 334);
    expect(totals.subtotal).toBe(9333);
    expect(totals.basketDiscount).toBe(100);
    expect(totals.total).toBe(9233);
    expect(totals.lines.map((l) => l.basketDiscountShare)).toEqual([32, 36, 32]);
    expect(totals.lines.reduce((sum, l) => sum + l.payable, 0)).toBe(9233);
    expect(totals.vat.reduce((sum, bucket) => sum + bucket.gross, 0)).toBe(9233);
  });

  it('leaves voided lines out of every figure', () => {
    const totals = basketTotals(basketWith([line('a'), line('b', { voided: true, unitPrice: 99999 })]));
    expect(totals.total).toBe(1000);
    expect(totals.lines.map((l) => l.lineId)).toEqual(['a']);
  });

  it('never discounts below zero', () => {
    expect(discountAmount({ kind: 'amount', kurus: 500 }, 300)).toBe(300);
    expect(discountAmount({ kind: 'percent', basisPoints: 10_000 }, 12345)).toBe(12345);
    expect(discountAmount({ kind: 'percent', basisPoints: 1 }, 4999)).toBe(0);
    expect(discountAmount({ kind: 'percent', basisPoints: 1 }, 5000)).toBe(1);
    expect(discountAmount(null, 5000)).toBe(0);
  });

  it('totals an empty basket as zero', () => {
    expect(basketTotals(basketWith([]))).toEqual({ gross: 0, lineDiscounts: 0, subtotal: 0, basketDiscount: 0, total: 0, lines: [], vat: [] });
  });
});
