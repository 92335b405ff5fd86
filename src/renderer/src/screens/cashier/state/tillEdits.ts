import type { Basket, BasketLine, Discount } from '../../../../../shared/basket/model';
import { basketTotals, discountAmount, lineGross } from '../../../../../shared/basket/totals';
import type { TillEdit } from '../../../../../shared/contract/till';

/** What voiding a line takes off the sale: its total after its own discount. */
export function voidEdit(line: BasketLine): TillEdit {
  const gross = lineGross(line);
  return { kind: 'line-void', lineId: line.id, name: line.name, amountKurus: gross - discountAmount(line.discount, gross) };
}

export const priceEdit = (line: BasketLine, toKurus: number): TillEdit => ({
  kind: 'price',
  lineId: line.id,
  name: line.name,
  fromKurus: line.unitPrice,
  toKurus,
});

/** A discount on one line (its gross) or the whole basket (after line discounts); null when it gives nothing away. */
export function discountEdit(basket: Basket, line: BasketLine | null, discount: Discount | null): TillEdit | null {
  const baseKurus = line === null ? basketTotals(basket).subtotal : lineGross(line);
  const discountKurus = discountAmount(discount, baseKurus);
  if (discountKurus === 0) return null;
  return { kind: 'discount', lineId: line?.id ?? null, name: line?.name ?? '', baseKurus, discountKurus };
}
