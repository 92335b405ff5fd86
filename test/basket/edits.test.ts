import { describe, expect, it } from 'vitest';
import { withCheckDigit } from '../../src/shared/barcode/gtin';
import { parseScaleLabel } from '../../src/shared/barcode/scaleLabel';
import type { SellableProduct } from '../../src/shared/basket/edits';
import {
  addLine,
  lineFromProduct,
  lineFromScaleLabel,
  overridePrice,
  setBasketDiscount,
  setLineDiscount,
  setQuantity,
  voidLine,
} from '../../src/shared/basket/edits';
import type { Basket, BasketLine } from '../../src/shared/basket/model';
import { MAX_LINES, emptyBasket } from '../../src/shared/basket/model';
import { basketTotals } from '../../src/shared/basket/totals';
import type { Result } from '../../src/shared/result';
import { BASKET_ID, basketWith, line } from './basketFixtures';

const unwrap = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

const bread: SellableProduct = { id: 1, name: 'Ekmek', unit: 'C62', priceKurus: 1500, vatRate: 100, department: null, plu: null };
const tomatoes: SellableProduct = { id: 2, name: 'Domates', unit: 'KGM', priceKurus: 3490, vatRate: 100, department: null, plu: 42 };

describe('basket edits', () => {
  it('adds lines from products without touching the original basket', () => {
    const start = emptyBasket(BASKET_ID);
    const next = unwrap(addLine(start, unwrap(lineFromProduct(bread, 'l1', 2000, '8690000000001'))));
    expect(start.lines).toHaveLength(0);
    expect(next.lines[0]).toMatchObject({ name: 'Ekmek', quantity: 2000, unitPrice: 1500, catalogPrice: 1500, barcode: '8690000000001' });
    expect(addLine(next, unwrap(lineFromProduct(bread, 'l1', 1000, null)))).toMatchObject({ ok: false, error: { code: 'basket.duplicate-line' } });
  });

  it('takes whole quantities for pieces and thousandths for kilograms', () => {
    expect(lineFromProduct(bread, 'x', 1500, null)).toMatchObject({ ok: false, error: { code: 'basket.quantity-whole', messageTr: expect.stringContaining('tam sayı') } });
    expect(lineFromProduct(tomatoes, 'x', 1234, null).ok).toBe(true);
    expect(lineFromProduct(tomatoes, 'x', 0, null)).toMatchObject({ ok: false, error: { code: 'basket.quantity-range' } });
    const basket = basketWith([line('a')]);
    expect(setQuantity(basket, 'a', 1001)).toMatchObject({ ok: false, error: { code: 'basket.quantity-whole' } });
    expect(unwrap(setQuantity(basket, 'a', 3000)).lines[0]?.quantity).toBe(3000);
  });

  it('turns a weight label into a weighed line', () => {
    const code = withCheckDigit('270004201250');
    const label = parseScaleLabel(code);
    if (label?.embedded !== 'weight') throw new Error('weight label not read');
    expect(unwrap(lineFromScaleLabel(tomatoes, 'w', label, code))).toMatchObject({ unit: 'KGM', quantity: 1250, unitPrice: 3490, barcode: code, plu: 42 });
    expect(lineFromScaleLabel(tomatoes, 'w', { ...label, weightGrams: 0 }, code)).toMatchObject({ ok: false, error: { code: 'basket.zero-weight' } });
  });

  it('turns a price label into a line that costs exactly the printed price', () => {
    for (const priceKurus of [1, 7, 4575, 3490, 99999]) {
      const built = unwrap(lineFromScaleLabel(tomatoes, 'p', { embedded: 'price', plu: 42, priceKurus, prefix: '29' }, 'code'));
      expect(basketTotals(basketWith([built])).total).toBe(priceKurus);
    }
    const exact = unwrap(lineFromScaleLabel(tomatoes, 'p', { embedded: 'price', plu: 42, priceKurus: 3490, prefix: '29' }, 'code'));
    expect(exact).toMatchObject({ unit: 'KGM', quantity: 1000, unitPrice: 3490 });
    const unreachable = unwrap(lineFromScaleLabel(tomatoes, 'p', { embedded: 'price', plu: 42, priceKurus: 1, prefix: '29' }, 'code'));
    expect(unreachable).toMatchObject({ unit: 'C62', quantity: 1000, unitPrice: 1 });
  });

  it('overrides a price and keeps the catalog price beside it', () => {
    const changed = unwrap(overridePrice(basketWith([line('a')]), 'a', 750));
    expect(changed.lines[0]).toMatchObject({ unitPrice: 750, catalogPrice: 1000 });
    expect(overridePrice(changed, 'a', 0)).toMatchObject({ ok: false, error: { code: 'basket.price-range' } });
  });

  it('refuses a line discount larger than the line, also after a price change', () => {
    const basket = basketWith([line('a', { unitPrice: 1000 })]);
    expect(setLineDiscount(basket, 'a', { kind: 'amount', kurus: 1001 })).toMatchObject({ ok: false, error: { code: 'basket.discount-too-large' } });
    const discounted = unwrap(setLineDiscount(basket, 'a', { kind: 'amount', kurus: 900 }));
    expect(overridePrice(discounted, 'a', 800)).toMatchObject({ ok: false, error: { code: 'basket.discount-too-large' } });
    expect(unwrap(setLineDiscount(discounted, 'a', null)).lines[0]?.discount).toBeNull();
  });

  it('voids a line, which then cannot be edited', () => {
    const voided = unwrap(voidLine(basketWith([line('a'), line('b')]), 'a'));
    expect(basketTotals(voided).total).toBe(1000);
    expect(setQuantity(voided, 'a', 2000)).toMatchObject({ ok: false, error: { code: 'basket.line-voided', messageTr: expect.stringContaining('iptal edildi') } });
    expect(voidLine(voided, 'zzz')).toMatchObject({ ok: false, error: { code: 'basket.no-such-line' } });
  });

  it('refuses a basket discount larger than the basket', () => {
    const basket = basketWith([line('a')]);
    expect(setBasketDiscount(basket, { kind: 'amount', kurus: 1001 })).toMatchObject({ ok: false, error: { code: 'basket.discount-too-large' } });
    expect(unwrap(setBasketDiscount(basket, { kind: 'percent', basisPoints: 1500 })).discount).toEqual({ kind: 'percent', basisPoints: 1500 });
  });

  it('caps the number of lines', () => {
    const full: Basket = basketWith(Array.from({ length: MAX_LINES }, (_, i): BasketLine => line(`l${i}`)));
    expect(addLine(full, line('one-more'))).toMatchObject({ ok: false, error: { code: 'basket.too-many-lines' } });
  });
});
