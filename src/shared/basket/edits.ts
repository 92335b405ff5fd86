import type { ScaleLabel } from '../barcode/scaleLabel';
import type { Result } from '../result';
import { fail, ok } from '../result';
import { mulDivRoundHalfUp } from './arithmetic';
import type { Basket, BasketLine, Discount } from './model';
import { MAX_LINES, MAX_QUANTITY, MAX_UNIT_PRICE_KURUS } from './model';
import type { PaymentPlan } from './payment';
import type { Customer } from '../customer/customer';
import { basketTotals, lineGross } from './totals';
import type { UnitCode } from './units';
import { UNITS, isMeasuredUnit } from './units';

/**
 * Every change the cashier makes to a basket, as pure functions returning a new
 * basket or a bilingual reason. Permissions (price override, void) are checked by the
 * caller; these only keep the basket consistent.
 */

/** What a line needs from a catalog product. */
export interface SellableProduct {
  id: number;
  name: string;
  unit: UnitCode;
  priceKurus: number;
  vatRate: number;
  department: number | null;
  plu: number | null;
}

type Edit = Result<Basket>;

const problem = (code: string, message: string, messageTr: string): Edit => fail({ code, message, messageTr });

function checkQuantity(unit: UnitCode, quantity: number): Result<number> {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
    return fail({
      code: 'basket.quantity-range',
      message: `The quantity must be more than 0 and at most ${MAX_QUANTITY / 1000} ${UNITS[unit].en}.`,
      messageTr: `Miktar 0'dan büyük ve en çok ${MAX_QUANTITY / 1000} ${UNITS[unit].tr} olmalı.`,
    });
  }
  if (!isMeasuredUnit(unit) && quantity % 1000 !== 0) {
    return fail({
      code: 'basket.quantity-whole',
      message: `This product is sold by the ${UNITS[unit].en}; the quantity must be a whole number.`,
      messageTr: `Bu ürün ${UNITS[unit].tr} ile satılıyor; miktar tam sayı olmalı.`,
    });
  }
  return ok(quantity);
}

export function lineFromProduct(product: SellableProduct, id: string, quantity: number, barcode: string | null): Result<BasketLine> {
  const checked = checkQuantity(product.unit, quantity);
  if (!checked.ok) return checked;
  return ok({
    id,
    productId: product.id,
    name: product.name,
    barcode,
    plu: product.plu,
    unit: product.unit,
    quantity,
    unitPrice: product.priceKurus,
    catalogPrice: product.priceKurus,
    vatRate: product.vatRate,
    department: product.department,
    discount: null,
    voided: false,
  });
}

/**
 * A weighed line from a scale label. A weight label gives the quantity directly. A
 * price label gives the line total: the weight is derived from the unit price when
 * some whole number of grams reproduces that total exactly; otherwise the label is
 * sold as one piece at its printed price, so the receipt never differs from the label.
 */
export function lineFromScaleLabel(product: SellableProduct, id: string, label: ScaleLabel, barcode: string): Result<BasketLine> {
  if (label.embedded === 'weight') {
    if (label.weightGrams === 0) {
      return fail({
        code: 'basket.zero-weight',
        message: `The scale label ${barcode} shows no weight; weigh the item again.`,
        messageTr: `${barcode} terazi etiketinde ağırlık yok; ürünü yeniden tartın.`,
      });
    }
    return lineFromProduct({ ...product, unit: 'KGM' }, id, label.weightGrams, barcode);
  }
  if (label.priceKurus === 0) {
    return fail({
      code: 'basket.zero-label-price',
      message: `The scale label ${barcode} shows no price; print the label again.`,
      messageTr: `${barcode} terazi etiketinde fiyat yok; etiketi yeniden basın.`,
    });
  }
  const grams = product.priceKurus > 0 ? mulDivRoundHalfUp(label.priceKurus, 1000, product.priceKurus) : 0;
  if (grams >= 1 && grams <= MAX_QUANTITY && lineGross({ unitPrice: product.priceKurus, quantity: grams }) === label.priceKurus) {
    return lineFromProduct({ ...product, unit: 'KGM' }, id, grams, barcode);
  }
  return lineFromProduct({ ...product, unit: 'C62', priceKurus: label.priceKurus }, id, 1000, barcode);
}

export function addLine(basket: Basket, line: BasketLine): Edit {
  if (basket.lines.length >= MAX_LINES) {
    return problem(
      'basket.too-many-lines',
      `A basket holds at most ${MAX_LINES} lines; finish this sale and start another.`,
      `Bir sepette en çok ${MAX_LINES} satır olabilir; bu satışı bitirip yenisine başlayın.`,
    );
  }
  if (basket.lines.some((existing) => existing.id === line.id)) {
    return problem('basket.duplicate-line', `Line ${line.id} is already in the basket.`, `${line.id} satırı zaten sepette.`);
  }
  return ok({ ...basket, lines: [...basket.lines, line] });
}

function editLine(basket: Basket, lineId: string, change: (line: BasketLine) => Result<BasketLine>): Edit {
  const index = basket.lines.findIndex((line) => line.id === lineId);
  const line = basket.lines[index];
  if (line === undefined) {
    return problem('basket.no-such-line', 'That line is no longer in the basket.', 'Bu satır artık sepette değil.');
  }
  if (line.voided) {
    return problem('basket.line-voided', `"${line.name}" was voided and cannot be changed.`, `"${line.name}" iptal edildi, değiştirilemez.`);
  }
  const changed = change(line);
  if (!changed.ok) return changed;
  const lines = basket.lines.slice();
  lines[index] = changed.value;
  return ok({ ...basket, lines });
}

function checkLineDiscount(line: BasketLine, discount: Discount | null): Result<BasketLine> {
  if (discount?.kind === 'amount' && discount.kurus > lineGross(line)) {
    return fail({
      code: 'basket.discount-too-large',
      message: `The discount on "${line.name}" is larger than the line itself.`,
      messageTr: `"${line.name}" için indirim satır tutarından büyük.`,
    });
  }
  return ok({ ...line, discount });
}

export const setQuantity = (basket: Basket, lineId: string, quantity: number): Edit =>
  editLine(basket, lineId, (line) => {
    const checked = checkQuantity(line.unit, quantity);
    return checked.ok ? checkLineDiscount({ ...line, quantity }, line.discount) : checked;
  });

/** A new unit price; the caller has checked the price-override permission. */
export const overridePrice = (basket: Basket, lineId: string, unitPrice: number): Edit =>
  editLine(basket, lineId, (line) => {
    if (!Number.isInteger(unitPrice) || unitPrice < 1 || unitPrice > MAX_UNIT_PRICE_KURUS) {
      return fail({
        code: 'basket.price-range',
        message: `The price of "${line.name}" must be more than 0 and at most ${MAX_UNIT_PRICE_KURUS / 100} TL.`,
        messageTr: `"${line.name}" fiyatı 0'dan büyük ve en çok ${MAX_UNIT_PRICE_KURUS / 100} TL olmalı.`,
      });
    }
    return checkLineDiscount({ ...line, unitPrice }, line.discount);
  });

export const setLineDiscount = (basket: Basket, lineId: string, discount: Discount | null): Edit =>
  editLine(basket, lineId, (line) => checkLineDiscount(line, discount));

/** Voided lines stay in the basket, struck through and out of every total; the caller checks the permission. */
export const voidLine = (basket: Basket, lineId: string): Edit => editLine(basket, lineId, (line) => ok({ ...line, voided: true }));

export function setBasketDiscount(basket: Basket, discount: Discount | null): Edit {
  if (discount?.kind === 'amount' && discount.kurus > basketTotals(basket).subtotal) {
    return problem(
      'basket.discount-too-large',
      'The basket discount is larger than the basket total.',
      'Sepet indirimi sepet toplamından büyük.',
    );
  }
  return ok({ ...basket, discount });
}

export const setPaymentPlan = (basket: Basket, payment: PaymentPlan): Basket => ({ ...basket, payment });

export const setCustomer = (basket: Basket, customer: Customer | null): Basket => ({ ...basket, customer });
